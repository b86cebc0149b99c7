package dev.synap.preflight.reports.sarif;

import java.nio.charset.StandardCharsets;

/** Turns an input path as given on the command line into a SARIF {@code artifactLocation.uri}. */
final class SarifUris {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SarifUris() {}

  /**
   * A URI reference for {@code path}: backslashes become {@code /}; every byte of the UTF-8 form
   * other than RFC 3986 unreserved characters and {@code /} is percent-encoded (so {@code :},
   * spaces, {@code %} and {@code #} cannot be misread as a scheme, fragment or escape). A Windows
   * drive path becomes a {@code file:///C:/...} URI, because {@code C:} would otherwise read as a
   * scheme.
   */
  static String of(String path) {
    if (path == null || path.isEmpty()) {
      return "";
    }
    String slashed = path.replace('\\', '/');
    if (slashed.length() >= 3
        && Character.isLetter(slashed.charAt(0))
        && slashed.charAt(1) == ':'
        && slashed.charAt(2) == '/') {
      return "file:///" + slashed.charAt(0) + ":" + encode(slashed.substring(2));
    }
    return encode(slashed);
  }

  private static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    // A lone surrogate becomes '?' (0x3F) in the UTF-8 form and is then percent-encoded.
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreserved(c) || c == '/') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
