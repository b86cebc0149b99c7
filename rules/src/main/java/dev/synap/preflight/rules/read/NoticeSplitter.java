package dev.synap.preflight.rules.read;

import java.io.IOException;
import java.io.InputStream;

/** A file that is not read: one structure problem saying why (e.g. a zip archive). */
final class NoticeSplitter implements RecordSplitter {
  private final InputStream in;
  private final int fileIndex;
  private final String detail;
  private boolean done;

  NoticeSplitter(InputStream in, int fileIndex, String detail) {
    this.in = in;
    this.fileIndex = fileIndex;
    this.detail = detail;
  }

  @Override
  public RawRecord next() {
    if (done) {
      return null;
    }
    done = true;
    return RawRecord.problem(fileIndex, 1, 0, RawRecord.Flaw.STRUCTURE, detail);
  }

  @Override
  public RecordDecoder decoder() {
    return (bytes, length) -> {
      throw new RecordSyntaxException("not read", 0, 0);
    };
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
