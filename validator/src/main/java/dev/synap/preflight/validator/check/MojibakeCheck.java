package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.validator.finding.RecordFindings;

/**
 * {@code mojibake}: text that was UTF-8 read as Latin-1 or CP1252 somewhere upstream ({@code
 * CafÃ©}). Every string of the record whose facts show a possible lead char; detection in {@link
 * Mojibake}. The message quotes the word around the first match and what it probably was, or only
 * its position when text is redacted (identifiers are always quoted).
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
      if (!t.facts().hasMojibakePair()) {
        continue;
      }
      Mojibake.Match first = Mojibake.find(t.value(), 0);
      if (first == null) {
        continue;
      }
      if (record.config().redactText() && t.kind() != TextField.Kind.IDENTIFIER) {
        reportRedacted(t, first, findings);
      } else {
        report(t, first, findings);
      }
    }
  }

  /** The same finding without the text ({@code --redact}): where, and how often. */
  private void reportRedacted(TextField t, Mojibake.Match first, RecordFindings findings) {
    findings.add(
        rule(),
        t.path(),
        "looks like UTF-8 decoded as Latin-1/CP1252, first at code point "
            + Messages.codePointIndex(t.value(), first.start())
            + " ("
            + Messages.count(
                Mojibake.count(t.value()), "suspicious sequence", "suspicious sequences")
            + "; text redacted)");
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
