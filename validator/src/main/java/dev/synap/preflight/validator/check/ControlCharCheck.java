package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.validator.finding.RecordFindings;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code control-char}: C0 controls other than tab, LF and CR (NUL included) and C1 controls U+0080
 * to U+009F. Every string of the record; one finding per field, naming each control code point with
 * its count and where the first one is. DEL (U+007F) is neither C0 nor C1 and is not reported.
 */
public final class ControlCharCheck implements Check {
  private static final int MAX_LISTED = 5;

  @Override
  public RuleId rule() {
    return RuleId.CONTROL_CHAR;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    for (TextField t : record.texts()) {
      if (t.facts().hasControl()) {
        scan(t, findings);
      }
    }
  }

  static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x80 && c <= 0x9F);
  }

  private void scan(TextField t, RecordFindings findings) {
    String s = t.value();
    Map<Character, Integer> counts = new TreeMap<>();
    int total = 0;
    int first = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c)) {
        counts.merge(c, 1, Integer::sum);
        total++;
        if (first < 0) {
          first = i;
        }
      }
    }
    if (total == 0) {
      return;
    }
    StringBuilder list = new StringBuilder();
    int listed = 0;
    for (Map.Entry<Character, Integer> e : counts.entrySet()) {
      if (listed++ == MAX_LISTED) {
        list.append(", \u2026");
        break;
      }
      list.append(listed > 1 ? ", " : "")
          .append(Messages.codePoint(e.getKey()))
          .append(" x")
          .append(e.getValue());
    }
    findings.add(
        rule(),
        t.path(),
        Messages.count(total, "control character", "control characters")
            + " ("
            + list
            + "), first "
            + Messages.codePoint(s.charAt(first))
            + " at code point "
            + Messages.codePointIndex(s, first));
  }
}
