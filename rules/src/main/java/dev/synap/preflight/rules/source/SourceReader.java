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
      RawRecord r = nextRaw();
      if (r == null) {
        ended = true;
        break;
      }
      process(r);
    }
    return queue.poll();
  }

  private RawRecord nextRaw() throws IOException {
    if (pending.hasNext()) {
      return pending.next();
    }
    if (source.damage() != null) {
      CorruptInputException d = source.damage();
      queue.add(new SourceEvent.Problem(file, 1, d.decompressedOffset(), d.getMessage()));
      return null;
    }
    try {
      return source.input().splitter().next();
    } catch (CorruptInputException e) {
      queue.add(
          new SourceEvent.Problem(
              file, 0, e.decompressedOffset(), "reading stopped: " + e.getMessage()));
      return null;
    }
  }

  private void process(RawRecord r) {
    String pointer = source.pointerOf(r);
    if (r.flaw() == RawRecord.Flaw.STRUCTURE || r.flaw() == RawRecord.Flaw.ENCODING) {
      problem(r, r.detail());
      return;
    }
    records++;
    if (r.flaw() != RawRecord.Flaw.NONE) {
      problem(r, r.detail());
      return;
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
      problem(r, "not valid JSON: " + e.getMessage());
      return;
    }
    RecordMapper.Result result =
        RecordMapper.map(source.profile(), decoded, pointer, source.wholeDocument(), json);
    if (!result.mapped()) {
      problem(r, result.problem());
      return;
    }
    Mapping m = result.mapping();
    boolean first = true;
    for (MappedDocument d : m.documents()) {
      queue.add(
          new SourceEvent.Document(
              file,
              r.line() + d.lineDelta(),
              r.byteOffset() + d.offsetDelta(),
              d,
              first ? m.notes() : List.of()));
      first = false;
    }
    for (Mapping.Skip s : m.skipped()) {
      queue.add(
          new SourceEvent.Skipped(
              file,
              r.line() + s.lineDelta(),
              r.byteOffset() + s.offsetDelta(),
              s.sourceType(),
              s.reason()));
    }
  }

  private void problem(RawRecord r, String message) {
    queue.add(new SourceEvent.Problem(file, r.line(), r.byteOffset(), message));
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
