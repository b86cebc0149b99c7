package dev.synap.preflight.cli;

import dev.synap.preflight.rules.config.ConfigException;
import java.util.Locale;

/**
 * The one parser of {@code --progress auto|always|never}, shared by every command that draws
 * progress on stderr.
 */
enum ProgressMode {
  AUTO,
  ALWAYS,
  NEVER;

  /** The mode {@code text} names (any case); a usage error otherwise. */
  static ProgressMode parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "auto" -> AUTO;
      case "always" -> ALWAYS;
      case "never" -> NEVER;
      default ->
          throw new ConfigException("--progress takes auto, always or never, not '" + text + "'");
    };
  }

  /** Whether progress is shown when stderr {@code terminal} is (or is not) a terminal. */
  boolean shown(boolean terminal) {
    return this == ALWAYS || (this == AUTO && terminal);
  }

  /** Whether progress is shown on this process's stderr. */
  boolean shown() {
    return shown(ProgressBar.isTerminal());
  }
}
