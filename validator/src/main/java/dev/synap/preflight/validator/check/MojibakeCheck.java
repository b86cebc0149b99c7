package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.validator.finding.RecordFindings;

/**
 * {@code mojibake}: text that was UTF-8 read as Latin-1 or CP1252 somewhere upstream ({@code
 * CafÃ©}). Every string of the record whose facts show a possible lead char; detection in {@link
 * Mojibake}. The message quotes the word around the first match and what it probably was.
 */
public final class MojibakeCheck implements Check {
  /** How far the quoted snippet reaches left and right of the first match, at most. */
  private static final int CONTEXT = 20;

  @Override
  public RuleId rule() {
    return RuleId.MOJIBAKE;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    for (TextField t : record.texts()) {
      if (!t.facts().hasMojibakeCandidate()) {
        continue;
      }
      Mojibake.Match first = Mojibake.find(t.value(), 0);
      if (first != null) {
        report(t, first, findings);
      }
    }
  }

  private void report(TextField t, Mojibake.Match first, RecordFindings findings) {
    String s = t.value();
    int from = first.start();
    while (from > 0 && first.start() - from < CONTEXT && !boundary(s.charAt(from - 1))) {
      from--;
    }
    int to = first.end();
    while (to < s.length() && to - first.end() < CONTEXT && !boundary(s.charAt(to))) {
      to++;
    }
    if (from > 0 && Character.isLowSurrogate(s.charAt(from))) {
      from++;
    }
    if (to < s.length() && Character.isLowSurrogate(s.charAt(to))) {
      to--;
    }
    String snippet = s.substring(from, to);
    int count = Mojibake.count(s);
    findings.add(
        rule(),
        t.path(),
        "looks like UTF-8 decoded as Latin-1/CP1252: "
            + Messages.quote(snippet)
            + " is probably "
            + Messages.quote(Mojibake.repair(snippet))
            + " ("
            + Messages.count(count, "suspicious sequence", "suspicious sequences")
            + ")");
  }

  private static boolean boundary(char c) {
    return Character.isWhitespace(c) || c == '"' || c == '\'';
  }
}
