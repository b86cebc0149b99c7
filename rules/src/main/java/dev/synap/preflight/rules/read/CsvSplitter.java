package dev.synap.preflight.rules.read;

import dev.synap.preflight.rules.config.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts RFC 4180 CSV into records. The first non-blank record is the header (names trimmed); it is
 * not returned, but {@link #decoder()} uses it. A field that starts with a quote may hold commas,
 * doubled quotes and line breaks, so a record can span lines; its line is where it starts.
 * Terminators are {@code \n}, {@code \r\n} and a lone {@code \r}. Blank lines are skipped. The
 * input ending inside a quoted field makes that record {@link RawRecord.Flaw#TRUNCATED}; a record
 * over the read limit is {@link RawRecord.Flaw#OVERSIZED}.
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
      boolean afterCr = false;
      int state = FIELD_START;
      in.startCapture();
      RecordBuffer r = null;
      scan:
      while (true) {
        byte[] b = in.buf;
        int lim = in.limit;
        int p = in.pos;
        while (p < lim) {
          byte c = b[p];
          if (state == QUOTED) {
            if (c == '"') {
              state = QUOTE_IN_QUOTED;
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
            return truncated(
                startLine,
                startOffset,
                r,
                "unterminated quoted field starting at line " + quoteLine);
          }
          break;
        }
      }
      if (!r.isBlank()) {
        return record(startLine, startOffset, r);
      }
    }
  }
}
