package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.profile.Profile;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the document id in the first bytes of a record too large to parse, so that an oversized
 * finding still names its document: a top-level {@code "id": "..."} (by the profile's id field
 * names) with a plain string value near the start.
 */
final class PrefixId {
  private PrefixId() {}

  static String find(byte[] prefix, Profile profile) {
    if (prefix == null || prefix.length == 0) {
      return null;
    }
    String text = new String(prefix, StandardCharsets.UTF_8);
    for (String name : profile.idFieldNames()) {
      Matcher m =
          Pattern.compile(
                  "[{,]\\s*\""
                      + Pattern.quote(name)
                      + "\"\\s*:\\s*(\"([^\"\\\\]{1,256})\"|(-?\\d{1,19})[,}\\s])")
              .matcher(text);
      if (m.find()) {
        return m.group(2) != null ? m.group(2) : m.group(3);
      }
    }
    return null;
  }
}
