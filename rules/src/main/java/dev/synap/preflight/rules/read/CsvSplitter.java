package dev.synap.preflight.rules.read;

import dev.synap.preflight.rules.config.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cuts RFC 4180 CSV into records. The first non-blank record is the header (names trimmed); it is
 * not returned, but {@link #decoder()} uses it. A field that starts with a quote may hold commas,
 * doubled quotes and line breaks, so a record can span lines; its line is where it starts.
 * Terminators are {@code \n}, {@code \r\n} and a lone {@code \r}. Blank lines are skipped. A record
 * over the read limit is {@link RawRecord.Flaw#OVERSIZED}.
 *
 * <p><b>A quote that never closes.</b> When the input ends inside a quoted field, the record that
 * holds it is {@link RawRecord.Flaw#TRUNCATED} ("unterminated quoted field starting at line N",
 * where N is the line of the quote still open at the end), with its line and offset, but its bytes
 * and length are those of its <em>first physical line</em> only; splitting then resumes at the
 * start of the next physical line, and the bytes the open quote had swallowed are read again (they
 * are still in the record's buffer), so every later row is checked with its exact line and offset,
 * as if it had been read normally. In the re-read part, a row that is still inside a quoted field
 * at its first line break is itself cut there as TRUNCATED and splitting resumes on the next line:
 * the first pass proved that such a quote also runs to the end of the input (from that line break
 * on, both passes are in the same state), so the input is re-read at most once and the splitter
 * stays linear. Each TRUNCATED record is thus exactly what reading from its start would report, cut
 * to its first line.
 *
 * <p><b>A quote still open at the read limit.</b> The same happens without waiting for the end of
 * the input when a record reaches the read limit (its byte number {@code recordReadBytes}, counted
 * from 0, is read while a quoted field is open) and has crossed a line break: it is cut to its
 * first line as TRUNCATED ("quoted field starting at line N runs past the read limit of L bytes;
 * treated as an unterminated quote", N the line of the quote open there), the rest of its (exactly
 * {@code recordReadBytes}) bytes is read again and then the rest of the input. In that re-read
 * part, a row still inside a quoted field at its first line break is cut there the same way (the
 * first pass was inside a quote from there to the limit), with the same kind of detail. A row that
 * starts in the re-read part and reaches the limit again can only have its first line break after
 * the part, so the parts read again never overlap and the splitter stays linear. A quoted field
 * that is still open at the limit on the record's first line (no line break to cut at) is not
 * recovered: the record is OVERSIZED, and when the input ends inside its quote its detail says how
 * many bytes could not be checked. A header row cut either way still ends the file (nothing can be
 * checked without the header).
 */
public final class CsvSplitter extends AbstractSplitter {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final JsonRecordDecoder json;
  private final RecordDecoder decoder;
  private volatile CsvRecordDecoder headerDecoder;
  private long line = 1;
  private boolean skipLf;
  private boolean sawContent;

  /**
   * The offset where the bytes being read again end: the input before it is a re-read of a record
   * that was cut inside a quote (at the end of the input, or when it grew past the read limit).
   */
  private long resyncEnd;

  /** Whether that record was cut at the read limit rather than at the end of the input. */
  private boolean cutEarly;

  /**
   * The offset and line of the last quote opened in that record (the one still open where it was
   * cut).
   */
  private long cutQuoteOffset;

  private long cutQuoteLine;

  /**
   * @param in the decompressed export; closed by {@link #close()}
   * @param fileIndex the input's index in the run, copied into every record
   */
  public CsvSplitter(InputStream in, int fileIndex, Limits limits) {
    super(in, fileIndex, limits);
    this.json = new JsonRecordDecoder(limits);
    this.decoder = this::decodeRow;
  }

  /** The header's column names, or null before the first {@link #next()} found it. */
  public List<String> header() {
    CsvRecordDecoder d = headerDecoder;
    return d == null ? null : d.header();
  }

  /** Decodes rows against the header; usable once the first {@link #next()} has returned. */
  @Override
  public RecordDecoder decoder() {
    return decoder;
  }

  private DecodedRecord decodeRow(byte[] bytes, int length) throws RecordSyntaxException {
    CsvRecordDecoder d = headerDecoder;
    if (d == null) {
      throw new RecordSyntaxException("the CSV header row has not been read", 0, 0);
    }
    return d.decode(bytes, length);
  }

  @Override
  RawRecord advance() throws IOException {
    while (true) {
      RawRecord r = nextRow();
      if (r == null) {
        if (sawContent) {
          return null;
        }
        finish();
        return structure(1, 0, EMPTY_FILE);
      }
      sawContent = true;
      if (headerDecoder != null) {
        return r;
      }
      if (r.flaw() != RawRecord.Flaw.NONE) {
        finish();
        return structure(r.line(), r.byteOffset(), "the header row is unusable: " + r.detail());
      }
      List<String> names = new ArrayList<>();
      for (String name : CsvRecordDecoder.split(r.bytes(), r.bytes().length)) {
        names.add(name == null ? "" : name.strip());
      }
      headerDecoder = new CsvRecordDecoder(names, json);
    }
  }

  /** The next non-blank row, header included; null at the end. */
  private RawRecord nextRow() throws IOException {
    ByteInput in = this.in;
    while (true) {
      if (in.pos == in.limit && !in.refill()) {
        return null;
      }
      if (skipLf) {
        skipLf = false;
        if (in.buf[in.pos] == '\n') {
          in.pos++;
          continue;
        }
      }
      long startLine = line;
      long startOffset = in.offset();
      long quoteLine = 0;
      long quoteOffset = 0;
      boolean afterCr = false;
      int state = FIELD_START;
      long earlyAt = startOffset + limits.recordReadBytes();
      in.startCapture();
      RecordBuffer r = null;
      scan:
      while (true) {
        byte[] b = in.buf;
        int lim = in.limit;
        int p = in.pos;
        long resyncLeft = resyncEnd - in.base;
        int resyncStop = resyncLeft <= 0 ? 0 : (int) Math.min(lim, resyncLeft);
        long earlyLeft = earlyAt - in.base;
        int earlyStop = earlyLeft >= 0 && earlyLeft < lim ? (int) earlyLeft : -1;
        while (p < lim) {
          byte c = b[p];
          if (state == QUOTED) {
            if (p == earlyStop && line > startLine) {
              // the record reaches the read limit inside a quote that crossed a line break
              in.pos = p;
              return cutAtTheLimit(
                  startLine, startOffset, in.endCapture(p), quoteLine, quoteOffset);
            }
            if (c == '"') {
              state = QUOTE_IN_QUOTED;
            } else if (p < resyncStop && (c == '\n' || c == '\r')) {
              // in the re-read part, a quote open at the row's first line break runs to the end
              // of the input (see the class comment): cut the row at this line break
              long breakOffset = in.base + p;
              r = in.endCapture(p);
              in.pos = p + 1;
              line = startLine + 1;
              skipLf = c == '\r';
              return truncated(
                  startLine,
                  startOffset,
                  r,
                  cutReason(cutQuoteOffset > breakOffset ? cutQuoteLine : quoteLine));
            } else if (c == '\n') {
              if (!afterCr) {
                line++;
              }
            } else if (c == '\r') {
              line++;
            }
            afterCr = c == '\r';
            p++;
            continue;
          }
          if (state == QUOTE_IN_QUOTED) {
            if (c == '"') {
              state = QUOTED;
              p++;
              continue;
            }
            state = UNQUOTED;
          }
          if (c == '\n' || c == '\r') {
            r = in.endCapture(p);
            in.pos = p + 1;
            line++;
            skipLf = c == '\r';
            break scan;
          }
          if (c == ',') {
            state = FIELD_START;
          } else if (c == '"' && state == FIELD_START) {
            state = QUOTED;
            quoteLine = line;
            quoteOffset = in.base + p;
            afterCr = false;
          } else {
            state = UNQUOTED;
          }
          p++;
        }
        in.pos = lim;
        if (!in.refill()) {
          r = in.endCapture(in.limit);
          if (state == QUOTED) {
            return cutAtTheEnd(startLine, startOffset, r, quoteLine, quoteOffset);
          }
          break;
        }
      }
      if (!r.isBlank()) {
        return record(startLine, startOffset, r);
      }
    }
  }

  /**
   * The record the input ended in, inside a quoted field: its first line, with the rest of it
   * queued to be read again (or, over the read limit or without a line break, the whole record).
   */
  private RawRecord cutAtTheEnd(
      long startLine, long startOffset, RecordBuffer r, long quoteLine, long quoteOffset) {
    String why = unterminated(quoteLine);
    if (r.oversized()) {
      return truncated(
          startLine, startOffset, r, why + "; " + uncheckedToTheEnd(r.total(), startLine));
    }
    byte[] all = r.toBytes();
    int eol = 0;
    while (eol < all.length && all[eol] != '\n' && all[eol] != '\r') {
      eol++;
    }
    if (eol == all.length || startOffset + eol < resyncEnd) {
      // one line (nothing to re-read); or, defensively, the line is already being re-read
      return truncated(startLine, startOffset, r, why);
    }
    return resync(startLine, startOffset, all, eol, quoteLine, quoteOffset, false, why);
  }

  /**
   * The record that reached the read limit inside a quote that crossed a line break ({@code r}
   * holds exactly the read limit): its first line, with the rest of its bytes queued to be read
   * again before the rest of the input.
   */
  private RawRecord cutAtTheLimit(
      long startLine, long startOffset, RecordBuffer r, long quoteLine, long quoteOffset) {
    byte[] all = r.toBytes();
    int eol = 0;
    while (all[eol] != '\n' && all[eol] != '\r') {
      eol++;
    }
    return resync(
        startLine, startOffset, all, eol, quoteLine, quoteOffset, true, runsPast(quoteLine));
  }

  private RawRecord resync(
      long startLine,
      long startOffset,
      byte[] all,
      int eol,
      long quoteLine,
      long quoteOffset,
      boolean early,
      String why) {
    resyncEnd = early ? startOffset + all.length : Long.MAX_VALUE;
    cutEarly = early;
    cutQuoteOffset = quoteOffset;
    cutQuoteLine = quoteLine;
    line = startLine + 1;
    skipLf = all[eol] == '\r';
    in.replay(all, eol + 1, startOffset + eol + 1);
    return new RawRecord(
        fileIndex,
        startLine,
        startOffset,
        eol,
        Arrays.copyOf(all, eol),
        RawRecord.Flaw.TRUNCATED,
        why);
  }

  /** Why a re-read row still inside a quote at its first line break is cut there. */
  private String cutReason(long quoteLine) {
    return cutEarly ? runsPast(quoteLine) : unterminated(quoteLine);
  }

  private static String unterminated(long quoteLine) {
    return "unterminated quoted field starting at line " + quoteLine;
  }

  private String runsPast(long quoteLine) {
    return String.format(
        Locale.ROOT,
        "quoted field starting at line %d runs past the read limit of %,d bytes;"
            + " treated as an unterminated quote",
        quoteLine,
        limits.recordReadBytes());
  }
}
