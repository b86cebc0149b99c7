package dev.synap.preflight.rules.config;

import java.util.Locale;

/**
 * How serious a finding is. Ordered from most to least severe; the gate compares with {@link
 * #atLeast}.
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case name used in reports, configuration and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is as severe as {@code threshold} or more. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** Parses {@code error}, {@code warning} or {@code info}, case-insensitively. */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + text + "' (expected error, warning or info)");
  }
}
