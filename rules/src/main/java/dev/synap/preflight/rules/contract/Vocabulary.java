package dev.synap.preflight.rules.contract;

import java.util.List;
import java.util.Locale;

/**
 * How a value outside one of Synap's vocabularies ({@code document_type}, {@code mode}) is told.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /**
   * Why {@code value} is refused for {@code field}, or null when it is accepted.
   *
   * @param comingSoon values Synap's docs list as coming soon (the SDK rejects them)
   */
  public static String problem(
      String field, String value, List<String> accepted, List<String> comingSoon) {
    if (value == null || accepted.contains(value)) {
      return null;
    }
    String list = String.join(", ", accepted);
    String quoted = Quoting.quote(value);
    if (comingSoon.contains(value)) {
      return quoted
          + " is a "
          + field
          + " Synap lists as coming soon: the SDK rejects it client-side (accepted: "
          + list
          + ")";
    }
    String near = nearMiss(value, accepted);
    if (near != null) {
      return quoted
          + " is not an accepted "
          + field
          + "; did you mean \""
          + near
          + "\"? (accepted: "
          + list
          + ")";
    }
    return quoted + " is not an accepted " + field + " (accepted: " + list + ")";
  }

  /** An accepted value equal to {@code value} but for case, spaces, underscores or dashes. */
  private static String nearMiss(String value, List<String> accepted) {
    String key = squash(value);
    for (String a : accepted) {
      if (squash(a).equals(key)) {
        return a;
      }
    }
    return null;
  }

  private static String squash(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
  }
}
