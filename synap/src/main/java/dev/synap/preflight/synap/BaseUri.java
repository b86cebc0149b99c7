package dev.synap.preflight.synap;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the service's base URI: {@code https://}, or {@code http://} only to a loopback host
 * ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}), so the API key never crosses a network in
 * clear text. No user info, query or fragment; a path prefix is kept (without a trailing slash).
 */
final class BaseUri {
  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  private BaseUri() {}

  /**
   * The checked base as text without a trailing slash, e.g. {@code https://host:8443/prefix}.
   *
   * @throws IllegalArgumentException when the URI is unusable or plain http to a remote host
   */
  static String check(URI uri) {
    if (uri == null) {
      throw new IllegalArgumentException("the base URL is required");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(
          "the base URL must start with https:// (or http:// for a local stand-in): " + uri);
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("the base URL has no host: " + uri);
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "the base URL must not carry user info, a query or a fragment: "
              + uri.getScheme()
              + "://"
              + host);
    }
    if (scheme.equals("http") && !isLoopback(host)) {
      throw new IllegalArgumentException(
          "refusing http:// to "
              + host
              + ": the API key would cross the network unencrypted; use https:// (http:// is only"
              + " allowed for localhost, 127.0.0.1 and ::1)");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    int port = uri.getPort();
    return scheme + "://" + host + (port >= 0 ? ":" + port : "") + path;
  }

  /** True for names and literals that always mean this machine (no DNS lookup is made). */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost")
        || IPV4_LOOPBACK.matcher(h).matches()
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1");
  }
}
