package dev.synap.preflight.loader.plan;

import java.io.IOException;
import java.util.Iterator;

/**
 * The export, read through a profile, as a stream of documents. Every {@link #open} must yield the
 * same documents in the same order (the journal's SHA-256 check guarantees the files are the same).
 */
@FunctionalInterface
public interface DocumentSource {

  /** Starts reading from the first document. */
  Cursor open() throws IOException;

  /** A pass over the export; reading errors surface as {@link java.io.UncheckedIOException}. */
  interface Cursor extends Iterator<SourceDocument>, AutoCloseable {
    @Override
    void close() throws IOException;
  }

  /** A source over documents already in memory (tests, small exports). */
  static DocumentSource of(Iterable<SourceDocument> docs) {
    return () -> {
      Iterator<SourceDocument> it = docs.iterator();
      return new Cursor() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public SourceDocument next() {
          return it.next();
        }

        @Override
        public void close() {}
      };
    };
  }
}
