package dev.synap.preflight.verifier.trec;

/**
 * TREC fields are whitespace-separated, so ids are written with {@code %} and whitespace
 * percent-encoded ({@code %25}, {@code %20}, ...): reversible and unchanged for ordinary ids.
 */
public final class TrecIds {
  private TrecIds() {}

  public static String encode(String id) {
    if (id.isEmpty()) {
      return "%";
    }
    StringBuilder sb = new StringBuilder(id.length());
    id.codePoints()
        .forEach(
            c -> {
              if (c == '%'
                  || Character.isWhitespace(c)
                  || Character.isSpaceChar(c)
                  || Character.isISOControl(c)) {
                for (byte b :
                    new String(Character.toChars(c))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                  sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
                }
              } else {
                sb.appendCodePoint(c);
              }
            });
    return sb.toString();
  }
}
