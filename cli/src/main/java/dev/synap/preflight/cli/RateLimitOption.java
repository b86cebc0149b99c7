package dev.synap.preflight.cli;

import dev.synap.preflight.rules.config.ConfigException;
import java.io.PrintWriter;

/**
 * The one form of {@code --rate-limit} everywhere ({@code load}, {@code rollback}, {@code verify},
 * {@code standin}): requests per minute written {@code N/min}, {@code 0} (or {@code 0/min}) for no
 * limit. A bare {@code N} (the form {@code load} and {@code rollback} took first) is still accepted
 * with a deprecation note on stderr.
 */
final class RateLimitOption {
  /** The parameter label every command shows. */
  static final String LABEL = "N/min";

  private RateLimitOption() {}

  /**
   * Requests per minute that {@code text} asks for; 0 is no limit.
   *
   * @param err where the deprecation note for a bare number goes
   * @throws ConfigException when {@code text} is not a non-negative number of requests per minute
   */
  static int perMinute(String text, PrintWriter err) {
    String number = text.trim();
    boolean perMin = number.endsWith("/min");
    if (perMin) {
      number = number.substring(0, number.length() - 4).trim();
    }
    int value;
    try {
      value = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      value = -1;
    }
    if (value < 0) {
      throw new ConfigException(
          "--rate-limit: '" + text + "' is not a number of requests per minute (e.g. 60/min)");
    }
    if (!perMin && value > 0) {
      err.println(
          "preflight: --rate-limit "
              + text.trim()
              + ": a bare number is deprecated, write "
              + value
              + "/min (the same limit)");
      err.flush();
    }
    return value;
  }
}
