package dev.synap.preflight.rules.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What the start of a file shows of its first JSON value, for choosing a profile: the value built
 * from the sniffed head bytes as far as they go (objects and arrays cut where the head ends, a
 * value cut in the middle left out). A document that is a JSON string holding JSON (double-encoded)
 * is probed inside the string. Never throws: a head that is not JSON probes to null.
 */
public final class RootProbe {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
          .build();

  private RootProbe() {}

  /** The probed first value of {@code head[0..n)}, or null. */
  public static JsonNode probe(byte[] head, int n) {
    return probe(head, n, 0);
  }

  private static JsonNode probe(byte[] head, int n, int depth) {
    JsonNode value = partial(head, n);
    if (value != null && value.isTextual() && depth == 0) {
      byte[] inner = value.textValue().getBytes(StandardCharsets.UTF_8);
      JsonNode decoded = probe(inner, inner.length, 1);
      return decoded != null && decoded.isContainerNode() ? decoded : value;
    }
    return value;
  }

  private static JsonNode partial(byte[] head, int n) {
    Deque<ContainerNode<?>> stack = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    JsonNode root = null;
    String field = null;
    try (JsonParser p = FACTORY.createParser(head, 0, n)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonNode value;
        switch (t) {
          case START_OBJECT -> value = NODES.objectNode();
          case START_ARRAY -> value = NODES.arrayNode();
          case END_OBJECT, END_ARRAY -> {
            stack.pop();
            field = names.isEmpty() ? null : names.pop();
            if (stack.isEmpty()) {
              return root;
            }
            continue;
          }
          case FIELD_NAME -> {
            field = p.currentName();
            continue;
          }
          default -> value = scalar(p, t);
        }
        if (stack.isEmpty()) {
          root = value;
        } else if (stack.peek() instanceof ArrayNode a) {
          a.add(value);
        } else {
          ((ObjectNode) stack.peek()).set(field, value);
        }
        if (value instanceof ContainerNode<?> c) {
          stack.push(c);
          names.push(field == null ? "" : field);
        } else if (stack.isEmpty()) {
          return root;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the head ends inside the value (or is not JSON): keep what was built
    }
    if (root != null && root.isTextual()) {
      return root;
    }
    return root == null && n > 0 && firstNonBlank(head, n) == '"' ? unterminated(head, n) : root;
  }

  private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case VALUE_STRING -> NODES.textNode(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      default -> NODES.nullNode();
    };
  }

  private static int firstNonBlank(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] != ' '
          && b[i] != '\n'
          && b[i] != '\r'
          && b[i] != '\t'
          && b[i] != (byte) 0xEF
          && b[i] != (byte) 0xBB
          && b[i] != (byte) 0xBF) {
        return b[i];
      }
    }
    return -1;
  }

  /** A JSON string root longer than the head: its text so far, unescaped leniently. */
  private static JsonNode unterminated(byte[] head, int n) {
    String s = new String(head, 0, n, StandardCharsets.UTF_8);
    int start = s.indexOf('"');
    StringBuilder sb = new StringBuilder();
    for (int i = start + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (++i >= s.length()) {
        break;
      }
      char e = s.charAt(i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b', 'f' -> sb.append(' ');
        case 'u' -> {
          if (i + 4 >= s.length()) {
            i = s.length();
            continue;
          }
          try {
            sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          } catch (NumberFormatException ex) {
            sb.append('?');
          }
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    return NODES.textNode(sb.toString());
  }
}
