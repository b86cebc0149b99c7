package dev.synap.preflight.rules.source;

import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.model.MappedDocument;
import dev.synap.preflight.rules.profile.Mapping;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.read.CorruptInputException;
import dev.synap.preflight.rules.read.DecodedRecord;
import dev.synap.preflight.rules.read.JsonRecordDecoder;
import dev.synap.preflight.rules.read.RawRecord;
import dev.synap.preflight.rules.read.RecordSyntaxException;
import dev.synap.preflight.rules.read.Utf8Scanner;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Streams one export file through a profile, on the caller's thread: every document with the source
 * position of its record or nested item, every item skipped on purpose, and every record that could
 * not be read or mapped. Memory is bounded by one record (one document for profiles that read whole
 * documents). Invalid UTF-8 is read as '?' (the validator reports it).
 *
 * <pre>{@code
 * try (SourceReader r = SourceReader.open(path, 0, path.toString(), profileOrNullForAuto, limits)) {
 *   for (SourceEvent e = r.next(); e != null; e = r.next()) { ... }
 * }
 * }</pre>
 */
public final class SourceReader implements Closeable {
  private final OpenedSource source;
  private final String file;
  private final JsonRecordDecoder json;
  private final Iterator<RawRecord> pending;
  private final Deque<SourceEvent> queue = new ArrayDeque<>();
  private long records;
  private boolean ended;
  private boolean cutEnded;

  private SourceReader(OpenedSource source, String file, Limits limits) {
    this.source = source;
    this.file = file;
    this.json = new JsonRecordDecoder(limits);
    this.pending = source.pending().iterator();
  }

  /**
   * Opens {@code path} with {@code profile}, or with the profile {@code auto} chooses when null.
   *
   * @param file the name events carry (as the user gave it)
   * @throws IOException when the file cannot be opened
   */
  public static SourceReader open(
      Path path, int fileIndex, String file, Profile profile, Limits limits) throws IOException {
    return new SourceReader(OpenedSource.open(path, fileIndex, limits, profile), file, limits);
  }

  /**
   * Like {@link #open} for a reader that does not need the file's SHA-256: its bytes are not
   * digested (a load reading the export its gate already fingerprinted).
   */
  public static SourceReader openUndigested(
      Path path, int fileIndex, String file, Profile profile, Limits limits) throws IOException {
    return new SourceReader(
        OpenedSource.openUndigested(path, fileIndex, limits, profile), file, limits);
  }

  public Profile profile() {
    return source.profile();
  }

  /** Source records read so far (lines, elements, rows, or the whole document). */
  public long records() {
    return records;
  }

  /** The next event, or null at the end of the file. */
  public SourceEvent next() throws IOException {
    while (queue.isEmpty() && !ended) {
      Cut c = nextCut();
      if (c == null) {
        ended = true;
        break;
      }
      queue.addAll(events(c));
    }
    return queue.poll();
  }

  /**
   * One record cut from the file, in file order, ready for {@link #events}: a raw record with its
   * JSON pointer, or an event already known (the stream is damaged and reading stops there).
   */
  public record Cut(RawRecord raw, String pointer, SourceEvent known) {}

  /**
   * The next record, or null at the end of the file: the sequential half of {@link #next}, for a
   * caller that maps records on other threads ({@link #events}). Not thread-safe.
   */
  public Cut nextCut() throws IOException {
    if (cutEnded) {
      return null;
    }
    if (pending.hasNext()) {
      return cut(pending.next());
    }
    cutEnded = true;
    if (source.damage() != null) {
      CorruptInputException d = source.damage();
      return new Cut(
          null, "", new SourceEvent.Problem(file, 1, d.decompressedOffset(), d.getMessage()));
    }
    RawRecord r;
    try {
      r = source.input().splitter().next();
    } catch (CorruptInputException e) {
      return new Cut(
          null,
          "",
          new SourceEvent.Problem(
              file, 0, e.decompressedOffset(), "reading stopped: " + e.getMessage()));
    }
    if (r == null) {
      return null;
    }
    cutEnded = false;
    return cut(r);
  }

  private Cut cut(RawRecord r) {
    if (r.flaw() != RawRecord.Flaw.STRUCTURE && r.flaw() != RawRecord.Flaw.ENCODING) {
      records++;
    }
    return new Cut(r, source.pointerOf(r), null);
  }

  /**
   * What {@code c} reads as, in order: documents, skipped items, or a problem. Thread-safe: records
   * of one file may be mapped on several threads at once (after {@link #close} too).
   */
  public List<SourceEvent> events(Cut c) {
    if (c.known() != null) {
      return List.of(c.known());
    }
    RawRecord r = c.raw();
    if (r.flaw() != RawRecord.Flaw.NONE) {
      return List.of(problem(r, r.detail()));
    }
    byte[] bytes = r.bytes();
    Utf8Scanner.scanAndRepair(bytes, bytes.length);
    DecodedRecord decoded;
    try {
      decoded =
          source.wholeDocument()
              ? json.decodeLocated(bytes, bytes.length)
              : source.input().splitter().decoder().decode(bytes, bytes.length);
    } catch (RecordSyntaxException e) {
      return List.of(problem(r, "not valid JSON: " + e.getMessage()));
    }
    RecordMapper.Result result =
        RecordMapper.map(source.profile(), decoded, c.pointer(), source.wholeDocument(), json);
    if (!result.mapped()) {
      return List.of(problem(r, result.problem()));
    }
    Mapping m = result.mapping();
    List<SourceEvent> out = new ArrayList<>(m.documents().size() + m.skipped().size());
    boolean first = true;
    for (MappedDocument d : m.documents()) {
      out.add(
          new SourceEvent.Document(
              file,
              r.line() + d.lineDelta(),
              r.byteOffset() + d.offsetDelta(),
              d,
              first ? m.notes() : List.of()));
      first = false;
    }
    for (Mapping.Skip s : m.skipped()) {
      out.add(
          new SourceEvent.Skipped(
              file,
              r.line() + s.lineDelta(),
              r.byteOffset() + s.offsetDelta(),
              s.sourceType(),
              s.reason()));
    }
    return out;
  }

  private SourceEvent problem(RawRecord r, String message) {
    return new SourceEvent.Problem(file, r.line(), r.byteOffset(), message);
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
