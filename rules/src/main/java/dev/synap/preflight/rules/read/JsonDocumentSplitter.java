package dev.synap.preflight.rules.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.synap.preflight.rules.config.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

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
      expectElement = false;
      afterComma = false;
      in.startCapture();
      int end = scanValue(true, (byte) ']');
      RecordBuffer r = in.endCapture(in.pos);
      r.truncate(lastEnd - startOffset);
      if (end != ENDED_INSIDE) {
        return record(startLine, startOffset, r);
      }
      finish();
      return truncated(startLine, startOffset, r, "the input ended inside this element");
    }
  }

  /** {@link #scanValue}: stopped before a comma or the closer. */
  private static final int STOPPED = 0;

  /** {@link #scanValue}: the input ended at the value's own level, outside strings. */
  private static final int ENDED = 1;

  /** {@link #scanValue}: the input ended inside a string or a nested array/object. */
  private static final int ENDED_INSIDE = 2;

  /** After {@link #scanValue}: the offset after the last non-whitespace byte it scanned. */
  private long lastEnd;

  /**
   * Scans one value up to (not including) a comma or {@code closer} at its own level, following
   * strings and nesting; a closer with nothing open is otherwise kept as part of the value.
   *
   * @param stopAtComma whether a comma at the value's level ends it
   * @return {@link #STOPPED}, {@link #ENDED} or {@link #ENDED_INSIDE}
   */
  private int scanValue(boolean stopAtComma, byte closer) throws IOException {
    int depth = 0;
    boolean inString = false;
    boolean escape = false;
    lastEnd = in.offset();
    while (true) {
      if (in.pos == in.limit && !in.refill()) {
        return depth == 0 && !inString ? ENDED : ENDED_INSIDE;
      }
      byte[] b = in.buf;
      int lim = in.limit;
      int p = in.pos;
      long base = in.base;
      while (p < lim) {
        if (inString && !escape) {
          // the bulk of an export is string content: skip it in a tight loop
          int q = p;
          while (q < lim) {
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
    } else if (c == '\r') {
      line++;
      afterCr = true;
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
