package dev.synap.preflight.synap;

import java.nio.charset.StandardCharsets;

/** Percent-encodes one path segment (an id), keeping only RFC 3986 unreserved characters. */
final class PathSegment {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegment() {}

  static String encode(String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("an id in the path must not be empty");
    }
    if (id.equals(".") || id.equals("..")) {
      return id.replace(".", "%2E");
    }
    StringBuilder out = new StringBuilder(id.length());
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}
