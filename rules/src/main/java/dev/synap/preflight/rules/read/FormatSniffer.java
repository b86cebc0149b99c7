package dev.synap.preflight.rules.read;

import java.util.Locale;

/** Chooses an export's {@link InputFormat} from its file name and first bytes. */
final class FormatSniffer {
  private FormatSniffer() {}

  /** The format of a file named {@code fileName} whose decompressed start is {@code head[0..n)}. */
  static InputFormat choose(String fileName, byte[] head, int n) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonlines")) {
      return InputFormat.JSONL;
    }
    if (name.endsWith(".csv")) {
      return InputFormat.CSV;
    }
    int start = Encodings.hasUtf8Bom(head, 0, n) ? 3 : 0;
    int first = skipWhitespace(head, start, n);
    if (name.endsWith(".json")) {
      int next = first < n && head[first] == '{' ? endOfCompleteObjectLine(head, first, n) : -1;
      if (next >= 0) {
        int second = skipWhitespace(head, next, n);
        if (second < n && head[second] == '{') {
          return InputFormat.JSONL;
        }
      }
      return InputFormat.JSON;
    }
    if (first >= n) {
      return InputFormat.JSONL;
    }
    if (head[first] == '[') {
      return InputFormat.JSON;
    }
    if (head[first] == '{') {
      return endOfCompleteObjectLine(head, first, n) >= 0 ? InputFormat.JSONL : InputFormat.JSON;
    }
    if (head[first] == '"' && isLoneJsonString(head, first, n)) {
      return InputFormat.JSON; // a double-encoded document; the JSON splitter reports it
    }
    return InputFormat.CSV;
  }

  /**
   * Whether the quoted text at {@code b[start]} is a whole JSON string document (a double-encoded
   * export, as Letta writes some .af files) rather than the first quoted cell of a CSV header: the
   * string does not close within the sniffed bytes, or nothing but whitespace follows it. A CSV
   * cell is followed by a comma or by more rows.
   */
  static boolean isLoneJsonString(byte[] b, int start, int n) {
    boolean escape = false;
    for (int i = start + 1; i < n; i++) {
      byte c = b[i];
      if (escape) {
        escape = false;
      } else if (c == '\\') {
        escape = true;
      } else if (c == '"') {
        return skipWhitespace(b, i + 1, n) >= n;
      }
    }
    return true;
  }

  private static int skipWhitespace(byte[] b, int i, int n) {
    while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
      i++;
    }
    return i;
  }

  /**
   * When the object starting at {@code b[start]} closes on its line with only blanks after it: the
   * index after that line's terminator; else -1.
   */
  static int endOfCompleteObjectLine(byte[] b, int start, int n) {
    int depth = 0;
    boolean inString = false;
    boolean escape = false;
    int i = start;
    for (; i < n; i++) {
      byte c = b[i];
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (inString) {
        if (escape) {
          escape = false;
        } else if (c == '\\') {
          escape = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        i++;
        break;
      }
    }
    if (depth != 0) {
      return -1;
    }
    while (i < n && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    if (i < n && b[i] != '\n' && b[i] != '\r') {
      return -1;
    }
    return Math.min(i + 1, n);
  }
}
