package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.validator.finding.RecordFindings;

/**
 * {@code replacement-char}: U+FFFD, the mark a lossy decoder leaves where it met bytes it could not
 * read; the original characters are gone. Every string of the record; one finding per field.
 */
public final class ReplacementCharCheck implements Check {
  @Override
  public RuleId rule() {
    return RuleId.REPLACEMENT_CHAR;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    for (TextField t : record.texts()) {
      if (!t.facts().hasReplacement()) {
        continue;
      }
      String s = t.value();
      int first = s.indexOf('\uFFFD');
      if (first < 0) {
        continue;
      }
      int count = 0;
      for (int i = first; i >= 0; i = s.indexOf('\uFFFD', i + 1)) {
        count++;
      }
      findings.add(
          rule(),
          t.path(),
          Messages.count(count, "U+FFFD replacement character", "U+FFFD replacement characters")
              + ", first at code point "
              + Messages.codePointIndex(s, first)
              + ": an earlier lossy decode replaced the original characters");
    }
  }
}
