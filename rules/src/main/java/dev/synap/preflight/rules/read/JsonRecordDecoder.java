package dev.synap.preflight.rules.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.rules.config.Limits;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decodes one JSON record (a JSON Lines line or a JSON array element) with Jackson's streaming
 * parser and builds the tree itself, iteratively, so that a duplicate key is reported as a path
 * ({@code id}, {@code metadata.topic}, {@code messages[2].role}) while the last value wins.
 *
 * <p>Limits: nesting depth and number length from {@link Limits}; a string may be as long as the
 * read limit. Unescaped control characters inside strings are accepted (a check reports them);
 * {@code NaN}/{@code Infinity} and anything after the first value are not. Neither is a byte-order
 * mark or a NUL byte at the start of the record, which Jackson would otherwise skip or take for
 * UTF-16/32 (a file's own BOM is removed by its splitter before records are cut). Every failure is
 * a {@link RecordSyntaxException} with the offset and line inside the record. Thread-safe.
 */
public final class JsonRecordDecoder implements RecordDecoder {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern JACKSON_HINT =
      Pattern.compile(
          "\\s*\\((?:from|enable|use) `[^`]*`(?:\\s*to allow)?\\)"
              + "|\\s*[:;,]?\\s*(?:from|enable|use) `[^`]*`(?:\\s*to allow)?");

  /** Strings from this many chars on become {@link Utf8TextNode}s. */
  private static final int LONG_STRING = 64;

  private final JsonFactory factory;

  public JsonRecordDecoder(Limits limits) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(limits.maxNumberLength())
            .maxStringLength(limits.recordReadBytes())
            .build();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();
  }

  @Override
  public DecodedRecord decode(byte[] bytes, int length) throws RecordSyntaxException {
    List<String> duplicates = new ArrayList<>(0);
    JsonNode value = parse(bytes, length, "", duplicates, null);
    return new DecodedRecord(value, duplicates);
  }

  /**
   * Like {@link #decode}, and keeps where every object and array starts (physical lines and bytes
   * from the record's start), so that an item mapped out of a whole document keeps its position.
   */
  @Override
  public DecodedRecord decodeLocated(byte[] bytes, int length) throws RecordSyntaxException {
    List<String> duplicates = new ArrayList<>(0);
    Map<JsonNode, long[]> locations = new IdentityHashMap<>();
    JsonNode value = parse(bytes, length, "", duplicates, locations);
    return new DecodedRecord(value, duplicates, locations);
  }

  /**
   * Parses {@code bytes[0..length)} as one JSON value, adding duplicate-key paths (prefixed with
   * {@code prefix} when not empty) to {@code duplicates}.
   */
  JsonNode parse(byte[] bytes, int length, String prefix, List<String> duplicates)
      throws RecordSyntaxException {
    return parse(bytes, length, prefix, duplicates, null);
  }

  private JsonNode parse(
      byte[] bytes,
      int length,
      String prefix,
      List<String> duplicates,
      Map<JsonNode, long[]> locations)
      throws RecordSyntaxException {
    rejectEncodingSniff(bytes, length);
    JsonParser p = null;
    try {
      p = factory.createParser(bytes, 0, length);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new RecordSyntaxException("the record is empty", 0, 0);
      }
      JsonNode value = readTree(p, first, prefix, duplicates, locations, bytes, length);
      if (p.nextToken() != null) {
        throw at("more than one JSON value in the record", p.currentTokenLocation(), length);
      }
      return value;
    } catch (JsonProcessingException e) {
      // also StreamConstraintsException: nesting, number or string over the limits
      throw onCulprit(at(clean(e.getOriginalMessage()), location(e, p), length), e);
    } catch (IOException e) {
      throw at(String.valueOf(e.getMessage()), p == null ? null : p.currentLocation(), length);
    } catch (RuntimeException e) {
      throw new RecordSyntaxException(
          "the record could not be parsed (" + e.getClass().getSimpleName() + ")", 0, 0);
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException | RuntimeException e) {
          // nothing was opened that could fail to close: the input is a byte array
        }
      }
    }
  }

  /**
   * Jackson's byte-source bootstrapper skips a leading byte-order mark and switches to UTF-16/32
   * when NUL bytes lead: inside a UTF-8 file both mean bytes that do not belong (files
   * concatenated, a record written in another encoding), so they are syntax errors here.
   */
  private static void rejectEncodingSniff(byte[] b, int length) throws RecordSyntaxException {
    if (length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      throw new RecordSyntaxException(
          "a byte-order mark (EF BB BF) at the start of the record: only the start of a file may"
              + " have one (were files concatenated?)",
          0,
          0);
    }
    if (length >= 2 && (b[0] == 0 || b[1] == 0)) {
      throw new RecordSyntaxException(
          "a NUL byte at the start of the record (UTF-16 or UTF-32 text in a UTF-8 file?)",
          b[0] == 0 ? 0 : 1,
          0);
    }
  }

  /** One open object or array while the tree is built. */
  private static final class Frame {
    final ContainerNode<?> node;
    String field;

    Frame(ContainerNode<?> node) {
      this.node = node;
    }
  }

  private static JsonNode readTree(
      JsonParser p,
      JsonToken first,
      String prefix,
      List<String> duplicates,
      Map<JsonNode, long[]> locations,
      byte[] bytes,
      int length)
      throws IOException {
    Deque<Frame> stack = new ArrayDeque<>();
    JsonNode root = null;
    JsonToken t = first;
    while (true) {
      JsonNode value;
      switch (t) {
        case START_OBJECT:
          value = NODES.objectNode();
          break;
        case START_ARRAY:
          value = NODES.arrayNode();
          break;
        case END_OBJECT:
        case END_ARRAY:
          stack.pop();
          if (stack.isEmpty()) {
            return root;
          }
          t = nextToken(p);
          continue;
        case FIELD_NAME:
          {
            stack.peek().field = p.currentName();
            t = nextToken(p);
            continue;
          }
        case VALUE_STRING:
          value = text(p, bytes, length);
          break;
        case VALUE_NUMBER_INT:
          value = integer(p);
          break;
        case VALUE_NUMBER_FLOAT:
          value = floating(p);
          break;
        case VALUE_TRUE:
          value = NODES.booleanNode(true);
          break;
        case VALUE_FALSE:
          value = NODES.booleanNode(false);
          break;
        case VALUE_NULL:
          value = NODES.nullNode();
          break;
        default:
          throw new IOException("unexpected token " + t);
      }
      if (stack.isEmpty()) {
        root = value;
      } else {
        Frame top = stack.peek();
        if (top.node instanceof ArrayNode array) {
          array.add(value);
        } else if (((ObjectNode) top.node).replace(top.field, value) != null) {
          // one hash lookup a member; the stack is as it was at the name, so is the path
          duplicates.add(path(stack, prefix, top.field));
        }
      }
      if (value instanceof ContainerNode<?> container) {
        if (locations != null) {
          JsonLocation at = p.currentTokenLocation();
          locations.put(
              container, new long[] {Math.max(0, at.getLineNr() - 1), at.getByteOffset()});
        }
        stack.push(new Frame(container));
      } else if (stack.isEmpty()) {
        return root;
      }
      t = nextToken(p);
    }
  }

  /**
   * A string value; a long one remembers where it is in the record, so that its UTF-8 form can be
   * read from there ({@link Utf8TextNode}).
   */
  private static JsonNode text(JsonParser p, byte[] bytes, int length) throws IOException {
    String s = p.getText();
    if (s.length() < LONG_STRING) {
      return NODES.textNode(s);
    }
    long quote = p.currentTokenLocation().getByteOffset();
    return quote >= 0 && quote < length
        ? new Utf8TextNode(s, bytes, (int) quote, length)
        : NODES.textNode(s);
  }

  private static JsonToken nextToken(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new IOException("the record ends inside an object or array");
    }
    return t;
  }

  /**
   * A double when it is finite, else the exact decimal; a number even {@link BigDecimal} cannot
   * hold (an exponent beyond its int scale, e.g. {@code 1e9999999999}) is a syntax error at the
   * number.
   */
  private static JsonNode floating(JsonParser p) throws IOException {
    double d = p.getDoubleValue();
    if (Double.isFinite(d)) {
      return NODES.numberNode(d);
    }
    try {
      return NODES.numberNode(p.getDecimalValue());
    } catch (NumberFormatException | ArithmeticException e) {
      String text = p.getText();
      if (text.length() > 40) {
        text = text.substring(0, 40) + "...";
      }
      throw new JsonParseException(p, "number out of range: " + text, p.currentTokenLocation(), e);
    }
  }

  private static JsonNode integer(JsonParser p) throws IOException {
    switch (p.getNumberType()) {
      case INT:
        return NODES.numberNode(p.getIntValue());
      case LONG:
        return NODES.numberNode(p.getLongValue());
      default:
        return NODES.numberNode(p.getBigIntegerValue());
    }
  }

  /** {@code metadata.topic}, {@code messages[2].role}: where {@code name} is in the open frames. */
  private static String path(Deque<Frame> stack, String prefix, String name) {
    StringBuilder sb = new StringBuilder(prefix);
    Iterator<Frame> bottomUp = stack.descendingIterator();
    while (bottomUp.hasNext()) {
      Frame f = bottomUp.next();
      if (!bottomUp.hasNext()) {
        break;
      }
      if (f.node instanceof ArrayNode array) {
        sb.append('[').append(array.size() - 1).append(']');
      } else {
        appendName(sb, f.field);
      }
    }
    appendName(sb, name);
    return sb.toString();
  }

  private static void appendName(StringBuilder sb, String name) {
    if (sb.length() > 0) {
      sb.append('.');
    }
    sb.append(name);
  }

  private static JsonLocation location(JsonProcessingException e, JsonParser p) {
    JsonLocation loc = e.getLocation();
    if (loc == null && p != null) {
      loc = p.currentLocation();
    }
    return loc;
  }

  private static RecordSyntaxException at(String message, JsonLocation loc, int length) {
    if (loc == null) {
      return new RecordSyntaxException(message, 0, 0);
    }
    long offset = loc.getByteOffset() >= 0 ? loc.getByteOffset() : loc.getCharOffset();
    offset = Math.max(0, Math.min(offset, length));
    int line = Math.max(0, loc.getLineNr() - 1);
    return new RecordSyntaxException(message, offset, line);
  }

  /**
   * Jackson locates some errors after what caused them: an illegal character between tokens just
   * after that byte, a {@code NaN} or {@code Infinity} after the token. Moves the offset back onto
   * the culprit, as findings promise the offset of the offending byte.
   */
  private static RecordSyntaxException onCulprit(
      RecordSyntaxException x, JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    long back = 0;
    if (m.startsWith("Illegal character")) {
      back = 1;
    } else if (m.startsWith("Non-standard token '")) {
      int end = m.indexOf('\'', 20);
      back = end > 20 ? end - 20 : 0;
    }
    if (back == 0 || x.relativeOffset() < back) {
      return x;
    }
    return new RecordSyntaxException(x.getMessage(), x.relativeOffset() - back, x.relativeLine());
  }

  /** Jackson's message without its hints at Jackson settings. */
  static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "the record is not valid JSON";
    }
    String m = JACKSON_HINT.matcher(message).replaceAll("").strip();
    if (m.startsWith("Non-standard token")) {
      m += " (JSON has no NaN or Infinity)";
    }
    return m;
  }
}
