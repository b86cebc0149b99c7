package dev.synap.preflight.rules.read;

import java.io.Closeable;
import java.io.IOException;

/**
 * Cuts an export's byte stream into records, keeping physical line numbers and byte offsets. It
 * looks only at structure (newlines, quotes, brackets), so it is fast and runs on one thread while
 * the records are decoded and checked in parallel. Bad content never makes it throw; an I/O failure
 * of the underlying stream does.
 */
public interface RecordSplitter extends Closeable {
  /** The next record, or null at the end of the input. */
  RawRecord next() throws IOException;

  /** The decoder that turns this splitter's records into JSON values (CSV needs the header). */
  RecordDecoder decoder();
}
