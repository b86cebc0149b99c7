package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.validator.finding.RecordFindings;

/**
 * {@code lone-surrogate}: a UTF-16 surrogate without its partner (from a JSON escape such as {@code
 * \ud83d} alone, or an emoji cut in half). It has no UTF-8 encoding, so the document cannot be sent
 * as it is. Every string of the record; one finding per field with the count.
 */
public final class LoneSurrogateCheck implements Check {
  @Override
  public RuleId rule() {
    return RuleId.LONE_SURROGATE;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    for (TextField t : record.texts()) {
      if (t.facts().hasLoneSurrogate()) {
        scan(t, findings);
      }
    }
  }

  private void scan(TextField t, RecordFindings findings) {
    String s = t.value();
    int count = 0;
    int first = -1;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        count++;
        if (first < 0) {
          first = i;
        }
      }
    }
    if (count > 0) {
      findings.add(
          rule(),
          t.path(),
          Messages.count(count, "unpaired UTF-16 surrogate", "unpaired UTF-16 surrogates")
              + ", first "
              + Messages.codePoint(s.charAt(first))
              + " at code point "
              + Messages.codePointIndex(s, first)
              + ": it has no UTF-8 encoding (half of an emoji or a broken \\u escape)");
    }
  }
}
