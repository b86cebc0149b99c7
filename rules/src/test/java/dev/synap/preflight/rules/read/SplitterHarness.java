package dev.synap.preflight.rules.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a splitter over the same bytes with several read sizes and compares what comes out. */
final class SplitterHarness {
  /** Read sizes every splitter test uses; 0 means unthrottled. */
  static final int[] THROTTLES = {1, 2, 3, 7, 64, 0};

  /** A small read limit so oversized records are cheap to make. */
  static final Limits SMALL = Limits.DEFAULTS.withRecordReadBytes(1024);

  private SplitterHarness() {}

  /** Makes a splitter over a stream. */
  interface Factory {
    RecordSplitter open(InputStream in);
  }

  /**
   * A record as a comparable value: the bytes as ISO-8859-1 text (one char a byte).
   *
   * @param bytes the record's bytes, one char per byte
   */
  record Rec(
      long line, long offset, long length, String bytes, RawRecord.Flaw flaw, String detail) {
    static Rec of(RawRecord r) {
      return new Rec(
          r.line(),
          r.byteOffset(),
          r.length(),
          new String(r.bytes(), StandardCharsets.ISO_8859_1),
          r.flaw(),
          r.detail());
    }

    /** The bytes as UTF-8 text. */
    String text() {
      return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
  }

  static final Factory JSONL = in -> new JsonLinesSplitter(in, 0, SMALL);
  static final Factory JSON = in -> new JsonDocumentSplitter(in, 0, SMALL);
  static final Factory CSV = in -> new CsvSplitter(in, 0, SMALL);

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** All records of {@code input} read {@code throttle} bytes at a time (0: unthrottled). */
  static List<Rec> read(Factory factory, byte[] input, int throttle) throws IOException {
    InputStream in = new ByteArrayInputStream(input);
    if (throttle > 0) {
      in = new ThrottledInputStream(in, throttle);
    }
    List<Rec> out = new ArrayList<>();
    try (RecordSplitter s = factory.open(in)) {
      RawRecord r;
      while ((r = s.next()) != null) {
        assertThat(r.fileIndex()).isZero();
        assertThat(r.length()).isGreaterThanOrEqualTo(r.bytes().length);
        out.add(Rec.of(r));
      }
      assertThat(s.next()).as("next() after the end").isNull();
    }
    return out;
  }

  /**
   * The records of {@code input}, after checking that every read size gives exactly the same
   * records.
   */
  static List<Rec> readAll(Factory factory, byte[] input) throws IOException {
    List<Rec> expected = read(factory, input, 0);
    for (int throttle : THROTTLES) {
      assertThat(read(factory, input, throttle))
          .as("read %d bytes at a time", throttle)
          .isEqualTo(expected);
    }
    return expected;
  }

  static List<Rec> readAll(Factory factory, String input) throws IOException {
    return readAll(factory, utf8(input));
  }

  static Rec ok(long line, long offset, String text) {
    byte[] b = utf8(text);
    return new Rec(
        line,
        offset,
        b.length,
        new String(b, StandardCharsets.ISO_8859_1),
        RawRecord.Flaw.NONE,
        null);
  }

  static Rec problem(long line, long offset, RawRecord.Flaw flaw, String detail) {
    return new Rec(line, offset, 0, "", flaw, detail);
  }
}
