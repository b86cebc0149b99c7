package dev.synap.preflight.rules.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.synap.preflight.rules.config.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Cuts one JSON document into records: the elements of a root array, or of the first top-level
 * field of a root object whose value is an array ({@code {"version":1,"records":[...]}} → {@code
 * /records}). A byte-level scanner: it follows strings, escapes and nesting but does not check
 * syntax, so each element is parsed on its own later and one bad element is one finding.
 *
 * <p>Elements of any type are emitted (the decoder judges them). An element over the read limit is
 * {@link RawRecord.Flaw#OVERSIZED}; the input ending inside one makes it {@link
 * RawRecord.Flaw#TRUNCATED}. Problems of the document itself (a scalar root, a root object without
 * an array field, data after the root, the input ending before the root closes) become {@link
 * RawRecord.Flaw#STRUCTURE} records where they are.
 *
 * <p><b>A string that never closes.</b> When the input ends inside an element while inside a string
 * that has crossed a line break, or when an element reaches the read limit (its byte number {@code
 * recordReadBytes}, counted from 0, is read) inside such a string, the element is {@link
 * RawRecord.Flaw#TRUNCATED}, cut to its first physical line (trailing spaces and tabs trimmed), and
 * splitting resumes, at array level, at the first later line of the element's buffered bytes whose
 * first byte other than a space or tab is '{' at the column where the element started (a
 * pretty-printed array's next element); those bytes are read again, then the rest of the input, so
 * the later elements keep their exact lines and offsets. The detail names the line where the string
 * still open there starts. Without such a line, or once the bytes read again in this file would
 * pass 4 × the read limit (so hostile input stays linear), the element behaves as before (TRUNCATED
 * to the end of the input, or OVERSIZED). A minified (single-line) array cannot resynchronise this
 * way: its string never crosses a line break, so the rest of the array stays one TRUNCATED element.
 */
public final class JsonDocumentSplitter extends AbstractSplitter {
  private static final JsonFactory KEY_PARSER = new JsonFactory();

  private enum Phase {
    START,
    ROOT_FIELDS,
    ELEMENTS,
    REST_OF_ROOT,
    AFTER_ROOT
  }

  private final RecordDecoder decoder;
  private Phase phase = Phase.START;
  private long line = 1;
  private boolean afterCr;

  /** The offset where the current line starts. */
  private long lineStart;

  /** The bytes read again after resyncs so far (capped: see {@link #resync}). */
  private long replayed;

  private boolean envelope;
  private boolean expectElement;
  private boolean afterComma;
  private long rootLine;
  private long rootOffset;
  private volatile String recordsPath;

  /**
   * @param in the decompressed export; closed by {@link #close()}
   * @param fileIndex the input's index in the run, copied into every record
   */
  public JsonDocumentSplitter(InputStream in, int fileIndex, Limits limits) {
    this(in, fileIndex, limits, new JsonRecordDecoder(limits));
  }

  JsonDocumentSplitter(InputStream in, int fileIndex, Limits limits, RecordDecoder decoder) {
    super(in, fileIndex, limits);
    this.decoder = decoder;
  }

  /**
   * Where the records are, as a JSON pointer: {@code ""} for a root array, {@code "/records"} for
   * an envelope; null until the splitter has found the array (after the first {@link #next()}), or
   * when there is none.
   */
  public String recordsPath() {
    return recordsPath;
  }

  @Override
  public RecordDecoder decoder() {
    return decoder;
  }

  @Override
  RawRecord advance() throws IOException {
    while (true) {
      switch (phase) {
        case START:
          {
            RawRecord problem = readRoot();
            if (problem != null) {
              return problem;
            }
            break;
          }
        case ROOT_FIELDS:
          {
            RawRecord problem = readRootFields();
            if (problem != null) {
              return problem;
            }
            break;
          }
        case ELEMENTS:
          return nextElement();
        case REST_OF_ROOT:
          {
            if (scanValue(false, (byte) '}') != STOPPED) {
              finish();
              return structure(line, in.offset(), "the input ended before the root object closed");
            }
            consume();
            phase = Phase.AFTER_ROOT;
            break;
          }
        case AFTER_ROOT:
        default:
          {
            int c = skipWhitespace();
            finish();
            return c < 0
                ? null
                : structure(line, in.offset(), "data after the end of the JSON document");
          }
      }
    }
  }

  /** Reads the first byte of the root; a STRUCTURE record when the root holds no records. */
  private RawRecord readRoot() throws IOException {
    int c = skipWhitespace();
    rootLine = line;
    rootOffset = in.offset();
    if (c < 0) {
      finish();
      return structure(1, 0, EMPTY_FILE);
    }
    if (c == '[') {
      consume();
      recordsPath = "";
      startElements();
      return null;
    }
    if (c == '{') {
      consume();
      phase = Phase.ROOT_FIELDS;
      return null;
    }
    finish();
    if (c == '"') {
      return structure(
          rootLine, rootOffset, "the document is a JSON string (possibly double-encoded)");
    }
    if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
      return structure(
          rootLine, rootOffset, "the document is a single JSON scalar, not an array or object");
    }
    return structure(rootLine, rootOffset, "the document does not start with '[' or '{'");
  }

  /** Walks the root object's fields up to the first array value. */
  private RawRecord readRootFields() throws IOException {
    while (true) {
      int c = skipWhitespace();
      if (c < 0) {
        finish();
        return structure(line, in.offset(), "the input ended before the root object closed");
      }
      if (c == ',') {
        consume();
        continue;
      }
      if (c == '}') {
        consume();
        phase = Phase.AFTER_ROOT;
        return structure(
            rootLine,
            rootOffset,
            "the root object has no field whose value is an array of records");
      }
      if (c != '"') {
        finish();
        return structure(line, in.offset(), "expected a field name in the root object");
      }
      String key = readKey();
      if (key == null) {
        finish();
        return structure(line, in.offset(), "the input ended before the root object closed");
      }
      c = skipWhitespace();
      if (c != ':') {
        finish();
        return structure(
            line, Math.max(0, in.offset()), "expected ':' after the field name \"" + key + "\"");
      }
      consume();
      c = skipWhitespace();
      if (c == '[') {
        consume();
        recordsPath = "/" + key.replace("~", "~0").replace("/", "~1");
        envelope = true;
        startElements();
        return null;
      }
      if (c < 0 || scanValue(true, (byte) '}') != STOPPED) {
        finish();
        return structure(line, in.offset(), "the input ended before the root object closed");
      }
    }
  }

  private void startElements() {
    phase = Phase.ELEMENTS;
    expectElement = true;
    afterComma = false;
  }

  private RawRecord nextElement() throws IOException {
    while (true) {
      int c = skipWhitespace();
      if (c < 0) {
        finish();
        return structure(
            line, in.offset(), "the input ended before the record array closed (missing ']')");
      }
      if (c == ']') {
        long l = line;
        long off = in.offset();
        consume();
        phase = envelope ? Phase.REST_OF_ROOT : Phase.AFTER_ROOT;
        if (afterComma) {
          return structure(l, off, "a comma before ']' with no element after it");
        }
        return advance();
      }
      if (c == ',') {
        long l = line;
        long off = in.offset();
        consume();
        boolean empty = expectElement;
        expectElement = true;
        afterComma = true;
        if (empty) {
          return structure(l, off, "an empty element: a comma with no element before it");
        }
        continue;
      }
      long startLine = line;
      long startOffset = in.offset();
      int column = (int) Math.min(Integer.MAX_VALUE, startOffset - lineStart);
      expectElement = false;
      afterComma = false;
      in.startCapture();
      limitAt = startOffset + limits.recordReadBytes();
      int end;
      RawRecord cut = null;
      boolean resume = false;
      while (true) {
        end = scanValue(true, (byte) ']', resume);
        resume = true;
        if (end != AT_LIMIT) {
          break;
        }
        // the capture holds exactly the read limit: resync in it, or go on as an oversized element
        limitAt = Long.MAX_VALUE;
        cut =
            resync(
                startLine,
                startOffset,
                column,
                true,
                in.flushCapture(in.pos).toBytes(),
                String.format(
                    Locale.ROOT,
                    "a string in this element never closes: the element runs past the read"
                        + " limit of %,d bytes inside the string opened at line %d; treated as an"
                        + " unterminated string",
                    limits.recordReadBytes(),
                    stringLine));
        if (cut != null) {
          return cut;
        }
      }
      limitAt = Long.MAX_VALUE;
      RecordBuffer r = in.endCapture(in.pos);
      r.truncate(lastEnd - startOffset);
      if (end != ENDED_INSIDE) {
        return record(startLine, startOffset, r);
      }
      if (openStringCrossed && !r.oversized()) {
        cut =
            resync(
                startLine,
                startOffset,
                column,
                false,
                r.toBytes(),
                "a string in this element never closes: the input ended inside the string"
                    + " opened at line "
                    + stringLine
                    + "; treated as an unterminated string");
        if (cut != null) {
          return cut;
        }
      }
      finish();
      return truncated(startLine, startOffset, r, "the input ended inside this element");
    }
  }

  /**
   * The element that {@code all} (its bytes so far, from {@code startOffset}) starts, damaged by a
   * string that never closes: when a later line of {@code all} starts (after spaces and tabs) with
   * '{' at the element's column, and the bytes read again stay within the cap, the element cut to
   * its first line (trailing whitespace trimmed), and the input queued to be read from that '{'
   * again, as the next element; else null (nothing consumed or changed).
   */
  private RawRecord resync(
      long startLine, long startOffset, int column, boolean capturing, byte[] all, String why) {
    long l = 0;
    int eol = -1;
    int i = 0;
    int at = -1;
    int atLineStart = 0;
    while (i < all.length && at < 0) {
      byte c = all[i++];
      if (c != '\n' && c != '\r') {
        continue;
      }
      if (eol < 0) {
        eol = i - 1;
      }
      l++;
      if (c == '\r' && i < all.length && all[i] == '\n') {
        i++;
      }
      int ls = i;
      while (i < all.length && (all[i] == ' ' || all[i] == '\t')) {
        i++;
      }
      if (i < all.length && all[i] == '{' && i - ls == column) {
        at = i;
        atLineStart = ls;
      }
    }
    long cap = 4L * limits.recordReadBytes();
    if (at < 0 || replayed + (all.length - at) > cap) {
      return null;
    }
    replayed += all.length - at;
    lineStart = startOffset + atLineStart;
    if (capturing) {
      in.endCapture(in.pos);
    }
    in.replay(all, at, startOffset + at);
    line = startLine + l;
    afterCr = false;
    expectElement = true;
    afterComma = false;
    int len = eol;
    while (len > 0 && (all[len - 1] == ' ' || all[len - 1] == '\t')) {
      len--;
    }
    return new RawRecord(
        fileIndex,
        startLine,
        startOffset,
        len,
        Arrays.copyOf(all, len),
        RawRecord.Flaw.TRUNCATED,
        why);
  }

  /** {@link #scanValue}: stopped before a comma or the closer. */
  private static final int STOPPED = 0;

  /** {@link #scanValue}: the input ended at the value's own level, outside strings. */
  private static final int ENDED = 1;

  /** {@link #scanValue}: the input ended inside a string or a nested array/object. */
  private static final int ENDED_INSIDE = 2;

  /**
   * {@link #scanValue}: stopped at byte number {@code recordReadBytes} of the value (offset {@link
   * #limitAt}), inside a string that crossed a line break.
   */
  private static final int AT_LIMIT = 3;

  /** After {@link #scanValue}: the offset after the last non-whitespace byte it scanned. */
  private long lastEnd;

  /** For {@link #scanValue}: the offset where it returns {@link #AT_LIMIT}; none when MAX. */
  private long limitAt = Long.MAX_VALUE;

  /** The state of {@link #scanValue} when it returned {@link #AT_LIMIT} (inside a string). */
  private int savedDepth;

  private boolean savedEscape;

  /** The line where the last string {@link #scanValue} entered starts. */
  private long stringLine;

  /** After {@link #scanValue} returned ENDED_INSIDE: inside a string that crossed a line break. */
  private boolean openStringCrossed;

  /**
   * Scans one value up to (not including) a comma or {@code closer} at its own level, following
   * strings and nesting; a closer with nothing open is otherwise kept as part of the value.
   *
   * @param stopAtComma whether a comma at the value's level ends it
   * @return {@link #STOPPED}, {@link #ENDED} or {@link #ENDED_INSIDE}
   */
  private int scanValue(boolean stopAtComma, byte closer) throws IOException {
    return scanValue(stopAtComma, closer, false);
  }

  /**
   * @param resume whether to go on where the last call returned {@link #AT_LIMIT}
   */
  private int scanValue(boolean stopAtComma, byte closer, boolean resume) throws IOException {
    int depth = 0;
    boolean inString = false;
    boolean escape = false;
    if (resume) {
      depth = savedDepth;
      inString = true;
      escape = savedEscape;
    } else {
      lastEnd = in.offset();
    }
    while (true) {
      if (in.pos == in.limit && !in.refill()) {
        openStringCrossed = inString && line > stringLine;
        return depth == 0 && !inString ? ENDED : ENDED_INSIDE;
      }
      byte[] b = in.buf;
      int lim = in.limit;
      int p = in.pos;
      long base = in.base;
      long earlyLeft = limitAt - base;
      int earlyStop = earlyLeft >= 0 && earlyLeft < lim ? (int) earlyLeft : -1;
      while (p < lim) {
        if (p == earlyStop && inString && line > stringLine) {
          // byte number recordReadBytes of the element, inside a string that crossed a line break
          in.pos = p;
          savedDepth = depth;
          savedEscape = escape;
          return AT_LIMIT;
        }
        if (inString && !escape) {
          // the bulk of an export is string content: skip it in a tight loop
          int q = p;
          int qlim = earlyStop > p ? earlyStop : lim;
          while (q < qlim) {
            byte s = b[q];
            if (s == '"' || s == '\\' || s == '\n' || s == '\r') {
              break;
            }
            q++;
          }
          if (q > p) {
            afterCr = false;
            p = q;
            lastEnd = base + p;
            continue;
          }
        }
        byte c = b[p];
        if (c == '\n') {
          if (!afterCr) {
            line++;
          }
          afterCr = false;
          p++;
          lineStart = base + p;
          if (inString) {
            escape = false;
            lastEnd = base + p;
          }
          continue;
        }
        if (c == '\r') {
          line++;
          afterCr = true;
          p++;
          lineStart = base + p;
          if (inString) {
            escape = false;
            lastEnd = base + p;
          }
          continue;
        }
        afterCr = false;
        if (inString) {
          if (escape) {
            escape = false;
          } else if (c == '\\') {
            escape = true;
          } else if (c == '"') {
            inString = false;
          }
        } else if (c == ' ' || c == '\t') {
          p++;
          continue;
        } else if (c == '"') {
          inString = true;
          stringLine = line;
        } else if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          if (depth > 0) {
            depth--;
          } else if (c == closer) {
            in.pos = p;
            return STOPPED;
          }
        } else if (c == ',' && depth == 0 && stopAtComma) {
          in.pos = p;
          return STOPPED;
        }
        p++;
        lastEnd = base + p;
      }
      in.pos = lim;
    }
  }

  /** Reads a field name at {@code "}; null when the input ends inside it. */
  private String readKey() throws IOException {
    in.startCapture();
    consume();
    boolean escape = false;
    while (true) {
      int c = peek();
      if (c < 0) {
        in.endCapture(in.pos);
        return null;
      }
      consume();
      if (escape) {
        escape = false;
      } else if (c == '\\') {
        escape = true;
      } else if (c == '"') {
        break;
      }
    }
    byte[] raw = in.endCapture(in.pos).toBytes();
    try (JsonParser p = KEY_PARSER.createParser(raw)) {
      if (p.nextToken() == JsonToken.VALUE_STRING) {
        return p.getText();
      }
    } catch (IOException | RuntimeException e) {
      // not a clean JSON string: fall back to its raw text below
    }
    return new String(raw, 1, Math.max(0, raw.length - 2), StandardCharsets.UTF_8);
  }

  private int peek() throws IOException {
    if (in.pos == in.limit && !in.refill()) {
      return -1;
    }
    return in.buf[in.pos] & 0xFF;
  }

  private void consume() {
    byte c = in.buf[in.pos++];
    if (c == '\n') {
      if (!afterCr) {
        line++;
      }
      afterCr = false;
      lineStart = in.offset();
    } else if (c == '\r') {
      line++;
      afterCr = true;
      lineStart = in.offset();
    } else {
      afterCr = false;
    }
  }

  /** Skips JSON whitespace; the next byte (not consumed) or -1 at the end. */
  private int skipWhitespace() throws IOException {
    while (true) {
      int c = peek();
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return c;
      }
      consume();
    }
  }
}
