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
import java.util.Locale;

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

  /**
   * CSV the obvious (quadratic) way, with the splitter's resync rules: the whole input in memory; a
   * record the input ends in inside a quote, or that reaches byte {@code limit} inside a quote that
   * crossed a line break, is cut to its first line and the input scanned again from the next line;
   * in that re-read part, a row still inside a quote at its first line break is cut there. The
   * splitter must give exactly these records.
   */
  static List<Rec> obviousCsv(byte[] in, int limit) {
    int n = in.length;
    String foreign = Encodings.foreignEncoding(in, 0, Math.min(4, n));
    if (foreign != null) {
      return List.of(problem(1, 0, RawRecord.Flaw.ENCODING, foreign));
    }
    long[] lines = new long[n + 1];
    long l = 1;
    for (int i = 0; i < n; i++) {
      lines[i] = l;
      if (in[i] == '\r' || (in[i] == '\n' && (i == 0 || in[i - 1] != '\r'))) {
        l++;
      }
    }
    lines[n] = l;
    List<Rec> out = new ArrayList<>();
    boolean header = false;
    long resyncEnd = 0;
    boolean cutEarly = false;
    int cutQuote = -1;
    int i = Encodings.hasUtf8Bom(in, 0, n) ? 3 : 0;
    while (i < n) {
      int start = i;
      int state = 0; // 0 field start, 1 unquoted, 2 quoted, 3 quote in quoted
      int quote = -1;
      int end = -1;
      Rec cut = null;
      for (; i < n; i++) {
        byte c = in[i];
        if (state == 2) {
          if (i - start == limit && lines[i] > lines[start]) {
            int eol = start;
            while (in[eol] != '\n' && in[eol] != '\r') {
              eol++;
            }
            cut =
                new Rec(
                    lines[start],
                    start,
                    eol - start,
                    new String(in, start, eol - start, StandardCharsets.ISO_8859_1),
                    RawRecord.Flaw.TRUNCATED,
                    runsPast(lines[quote], limit));
            resyncEnd = i;
            cutEarly = true;
            cutQuote = quote;
            i = eol + (in[eol] == '\r' && eol + 1 < n && in[eol + 1] == '\n' ? 2 : 1);
            break;
          }
          if (i < resyncEnd && (c == '\n' || c == '\r')) {
            long quoteLine = cutQuote > i ? lines[cutQuote] : lines[quote];
            cut =
                new Rec(
                    lines[start],
                    start,
                    i - start,
                    new String(in, start, i - start, StandardCharsets.ISO_8859_1),
                    RawRecord.Flaw.TRUNCATED,
                    cutEarly
                        ? runsPast(quoteLine, limit)
                        : "unterminated quoted field starting at line " + quoteLine);
            i += c == '\r' && i + 1 < n && in[i + 1] == '\n' ? 2 : 1;
            break;
          }
          state = c == '"' ? 3 : 2;
          continue;
        }
        if (state == 3 && c == '"') {
          state = 2;
          continue;
        }
        if (c == '\n' || c == '\r') {
          end = i;
          i += c == '\r' && i + 1 < n && in[i + 1] == '\n' ? 2 : 1;
          break;
        }
        if (c == '"' && state == 0) {
          quote = i;
        }
        state = c == ',' ? 0 : c == '"' && state == 0 ? 2 : 1;
      }
      Rec rec;
      int len = (end < 0 ? n : end) - start;
      String text =
          new String(
              in,
              start,
              Math.min(len, Math.min(limit, RecordBuffer.PREFIX_BYTES)),
              StandardCharsets.ISO_8859_1);
      if (cut != null) {
        rec = cut;
      } else if (end < 0 && state == 2) {
        String why = "unterminated quoted field starting at line " + lines[quote];
        cutQuote = quote;
        cutEarly = false;
        resyncEnd = Long.MAX_VALUE;
        int eol = start;
        while (eol < n && in[eol] != '\n' && in[eol] != '\r') {
          eol++;
        }
        if (len > limit) {
          rec =
              new Rec(
                  lines[start],
                  start,
                  len,
                  text,
                  RawRecord.Flaw.OVERSIZED,
                  String.format(
                      Locale.ROOT,
                      "record is %,d bytes, over the read limit of %,d; not parsed; %s;"
                          + " the %,d bytes from line %d to the end of the file could not be"
                          + " checked",
                      len,
                      limit,
                      why,
                      len,
                      lines[start]));
        } else {
          rec =
              new Rec(
                  lines[start],
                  start,
                  eol - start,
                  new String(in, start, eol - start, StandardCharsets.ISO_8859_1),
                  RawRecord.Flaw.TRUNCATED,
                  why);
          if (eol < n) {
            i = eol + (in[eol] == '\r' && eol + 1 < n && in[eol + 1] == '\n' ? 2 : 1);
          }
        }
      } else if (len <= limit && text.chars().allMatch(c -> c == ' ' || c == '\t')) {
        continue;
      } else if (len > limit) {
        rec =
            new Rec(
                lines[start],
                start,
                len,
                text,
                RawRecord.Flaw.OVERSIZED,
                String.format(
                    Locale.ROOT,
                    "record is %,d bytes, over the read limit of %,d; not parsed",
                    len,
                    limit));
      } else {
        rec = new Rec(lines[start], start, len, text, RawRecord.Flaw.NONE, null);
      }
      if (!header) {
        header = true;
        if (rec.flaw() != RawRecord.Flaw.NONE) {
          return List.of(
              problem(
                  rec.line(),
                  rec.offset(),
                  RawRecord.Flaw.STRUCTURE,
                  "the header row is unusable: " + rec.detail()));
        }
        continue;
      }
      out.add(rec);
    }
    return header ? out : List.of(problem(1, 0, RawRecord.Flaw.STRUCTURE, "the file is empty"));
  }

  static String runsPast(long quoteLine, int limit) {
    return String.format(
        Locale.ROOT,
        "quoted field starting at line %d runs past the read limit of %,d bytes;"
            + " treated as an unterminated quote",
        quoteLine,
        limit);
  }
}
