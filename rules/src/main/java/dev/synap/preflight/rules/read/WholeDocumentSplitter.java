package dev.synap.preflight.rules.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Delivers a whole JSON document as one record, for profiles that map a document as a whole
 * (Letta's .af, a Zep thread with its envelope). A document over {@code maxBytes} is one {@link
 * RawRecord.Flaw#OVERSIZED} record (its first 4 KiB kept); an empty input is a structure problem.
 */
public final class WholeDocumentSplitter implements RecordSplitter {
  private static final int PREFIX = 4096;

  private final InputStream in;
  private final int fileIndex;
  private final long maxBytes;
  private final RecordDecoder decoder;
  private boolean done;

  public WholeDocumentSplitter(
      InputStream in, int fileIndex, long maxBytes, RecordDecoder decoder) {
    this.in = in;
    this.fileIndex = fileIndex;
    this.maxBytes = maxBytes;
    this.decoder = decoder;
  }

  @Override
  public RawRecord next() throws IOException {
    if (done) {
      return null;
    }
    done = true;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) >= 0) {
      long keep = Math.max(0, Math.min(n, maxBytes + 1 - total));
      if (keep > 0) {
        out.write(buf, 0, (int) keep);
      }
      total += n;
    }
    byte[] bytes = out.toByteArray();
    String foreign = Encodings.foreignEncoding(bytes, 0, bytes.length);
    if (foreign != null) {
      return RawRecord.problem(fileIndex, 1, 0, RawRecord.Flaw.ENCODING, foreign);
    }
    int start = Encodings.hasUtf8Bom(bytes, 0, bytes.length) ? 3 : 0;
    if (total > maxBytes) {
      byte[] prefix =
          java.util.Arrays.copyOfRange(bytes, start, Math.min(bytes.length, start + PREFIX));
      return new RawRecord(
          fileIndex,
          1,
          start,
          total - start,
          prefix,
          RawRecord.Flaw.OVERSIZED,
          String.format(
              Locale.ROOT,
              "the document is %,d bytes, over the %,d bytes a profile that reads whole documents"
                  + " may read (8 × limits.record-read-bytes); not parsed",
              total,
              maxBytes));
    }
    if (bytes.length - start == 0 || isBlank(bytes, start)) {
      return RawRecord.problem(fileIndex, 1, 0, RawRecord.Flaw.STRUCTURE, "the file is empty");
    }
    return RawRecord.of(
        fileIndex, 1, start, java.util.Arrays.copyOfRange(bytes, start, bytes.length));
  }

  private static boolean isBlank(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] != ' ' && b[i] != '\n' && b[i] != '\r' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  @Override
  public RecordDecoder decoder() {
    return decoder;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
