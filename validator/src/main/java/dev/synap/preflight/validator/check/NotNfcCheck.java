package dev.synap.preflight.validator.check;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.validator.check.TextField.Kind;
import dev.synap.preflight.validator.finding.RecordFindings;

/**
 * {@code not-nfc}: document text or an identifier not in Unicode NFC (e.g. {@code e} + U+0301
 * instead of U+00E9, as macOS file names and some editors produce). Ids that look equal but differ
 * in normalization do not match; search recall suffers for text. ASCII is always NFC; ICU's quick
 * check settles almost everything else without normalizing. The message counts the segments that
 * change under NFC and shows the first one.
 */
public final class NotNfcCheck implements Check {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final int MAX_SHOWN = 6;

  @Override
  public RuleId rule() {
    return RuleId.NOT_NFC;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    for (TextField t : record.texts()) {
      if ((t.kind() == Kind.CONTENT || t.kind() == Kind.IDENTIFIER)
          && !t.facts().alwaysNfc()
          && NFC.quickCheck(t.value()) != Normalizer.YES
          && !NFC.isNormalized(t.value())) {
        report(t, findings);
      }
    }
  }

  private void report(TextField t, RecordFindings findings) {
    String s = t.value();
    int count = 0;
    int first = -1;
    int firstEnd = -1;
    for (int i = NFC.spanQuickCheckYes(s); i < s.length(); ) {
      int end = segmentEnd(s, i);
      if (!NFC.isNormalized(s.substring(i, end))) {
        count++;
        if (first < 0) {
          first = i;
          firstEnd = end;
        }
      }
      i = end;
    }
    if (first < 0) {
      findings.add(rule(), t.path(), "not in Unicode NFC");
      return;
    }
    String segment = s.substring(first, firstEnd);
    String normalized = NFC.normalize(segment);
    findings.add(
        rule(),
        t.path(),
        "not in Unicode NFC: "
            + Messages.count(count, "sequence changes", "sequences change")
            + " under NFC, first at code point "
            + Messages.codePointIndex(s, first)
            + ": "
            + codePoints(segment)
            + " becomes "
            + codePoints(normalized)
            + " "
            + Messages.quote(normalized));
  }

  /** The end of the normalization segment starting at {@code start}. */
  private static int segmentEnd(String s, int start) {
    int i = start + Character.charCount(s.codePointAt(start));
    while (i < s.length() && !NFC.hasBoundaryBefore(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i;
  }

  private static String codePoints(String s) {
    StringBuilder b = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      if (shown++ == MAX_SHOWN) {
        return b.append(" \u2026").toString();
      }
      b.append(shown > 1 ? " " : "").append(Messages.codePoint(s.codePointAt(i)));
    }
    return b.toString();
  }
}
