package dev.synap.preflight.rules.export;

import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.source.Identities;
import dev.synap.preflight.rules.source.SourceEvent;
import dev.synap.preflight.rules.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An export (one or more files) read through a profile, with the identity map and default
 * user/customer applied exactly as {@code validate} and {@code map} apply them. Every {@link #open}
 * yields the same documents in the same order. Items the profile skips and records that cannot be
 * read are not documents; a {@link Listener} hears about them.
 *
 * <pre>{@code
 * ExportReader export = new ExportReader(files, profileOrNullForAuto, limits, identities);
 * String sha = export.fingerprint().combined();
 * try (ExportReader.Cursor c = export.open()) {
 *   while (c.hasNext()) { ExportDocument d = c.next(); ... }
 * }
 * }</pre>
 */
public final class ExportReader {
  private final List<Path> files;
  private final Profile profile;
  private final Limits limits;
  private final Identities identities;
  private ExportFingerprint fingerprint;

  /**
   * @param files the export files, in order
   * @param profile the profile, or null to choose one per file as {@code auto} does
   * @param limits read limits (record size, nesting, decompression ratio)
   * @param identities identity map and defaults ({@link Identities#NONE} for none)
   */
  public ExportReader(List<Path> files, Profile profile, Limits limits, Identities identities) {
    this.files = List.copyOf(files);
    this.profile = profile;
    this.limits = limits;
    this.identities = identities;
  }

  /** The files, in order. */
  public List<Path> files() {
    return files;
  }

  /** The export's fingerprint: computed on the first call (one read of every file), then kept. */
  public synchronized ExportFingerprint fingerprint() throws IOException {
    if (fingerprint == null) {
      fingerprint = ExportFingerprint.of(files);
    }
    return fingerprint;
  }

  /** Hears what is read but is not a document. */
  public interface Listener {
    /** An item the profile skips on purpose, or a record that could not be read or mapped. */
    void notDocument(SourceEvent event);
  }

  /** A pass over the documents; reading errors surface as {@link UncheckedIOException}. */
  public interface Cursor extends Iterator<ExportDocument>, AutoCloseable {
    @Override
    void close() throws IOException;
  }

  /** Starts reading from the first document. */
  public Cursor open() {
    return open(e -> {});
  }

  /** Starts reading from the first document; {@code listener} hears everything else. */
  public Cursor open(Listener listener) {
    return new FileCursor(listener);
  }

  /** A document's mapped fields with the identity map and defaults applied. Thread-safe. */
  public MappedRecord mapped(SourceEvent.Document d) {
    return identities.apply(d.document().mapped());
  }

  /**
   * Starts a pass split in two, for mapping on several threads: {@link RecordPass#next} cuts the
   * export's records in order on one thread, and {@link Piece#events} maps each of them on any
   * thread. Concatenated in order, the pieces' events are exactly what {@link #open} yields, and
   * its listener hears.
   */
  public RecordPass openRecords() {
    return new RecordPass();
  }

  /** One record of the export, cut but not mapped yet. */
  public static final class Piece {
    private final SourceReader reader;
    private final SourceReader.Cut cut;

    private Piece(SourceReader reader, SourceReader.Cut cut) {
      this.reader = reader;
      this.cut = cut;
    }

    /** What the record reads as, in order (documents before identities: {@link #mapped}). */
    public List<SourceEvent> events() {
      return reader.events(cut);
    }
  }

  /** The sequential half of a split pass ({@link #openRecords}). Not thread-safe. */
  public final class RecordPass implements AutoCloseable {
    private int fileIndex = -1;
    private SourceReader reader;

    private RecordPass() {}

    /** The export's next record, in order; null at the end. */
    public Piece next() throws IOException {
      while (true) {
        if (reader == null) {
          if (++fileIndex >= files.size()) {
            return null;
          }
          Path f = files.get(fileIndex);
          reader = SourceReader.openUndigested(f, fileIndex, f.toString(), profile, limits);
        }
        SourceReader.Cut c = reader.nextCut();
        if (c != null) {
          return new Piece(reader, c);
        }
        reader.close();
        reader = null;
      }
    }

    @Override
    public void close() throws IOException {
      if (reader != null) {
        reader.close();
        reader = null;
      }
    }
  }

  private final class FileCursor implements Cursor {
    private final Listener listener;
    private int fileIndex = -1;
    private SourceReader reader;
    private ExportDocument next;
    private long seq;

    FileCursor(Listener listener) {
      this.listener = listener;
    }

    @Override
    public boolean hasNext() {
      try {
        while (next == null) {
          if (reader == null) {
            if (++fileIndex >= files.size()) {
              return false;
            }
            Path f = files.get(fileIndex);
            reader = SourceReader.openUndigested(f, fileIndex, f.toString(), profile, limits);
          }
          SourceEvent e = reader.next();
          if (e == null) {
            reader.close();
            reader = null;
          } else if (e instanceof SourceEvent.Document d) {
            next =
                new ExportDocument(
                    seq++,
                    d.file(),
                    d.line(),
                    d.byteOffset(),
                    d.document().sourceType(),
                    mapped(d));
          } else {
            listener.notDocument(e);
          }
        }
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public ExportDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ExportDocument out = next;
      next = null;
      return out;
    }

    @Override
    public void close() throws IOException {
      if (reader != null) {
        reader.close();
        reader = null;
      }
    }
  }
}
