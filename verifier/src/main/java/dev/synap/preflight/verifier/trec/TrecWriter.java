package dev.synap.preflight.verifier.trec;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes run files and qrels in the standard TREC formats, LF line ends, scores to 6 decimals. */
public final class TrecWriter {
  private TrecWriter() {}

  /** {@code qid Q0 docno rank score tag}, one line per entry, in the given order. */
  public static void writeRun(Writer out, List<RunEntry> entries, String tag) throws IOException {
    if (tag.isEmpty() || tag.codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a run tag is one non-empty word");
    }
    for (RunEntry e : entries) {
      out.write(
          String.format(
              Locale.ROOT,
              "%s Q0 %s %d %s %s\n",
              TrecIds.encode(e.queryId()),
              TrecIds.encode(e.documentId()),
              e.rank(),
              score(e.score()),
              tag));
    }
  }

  /** A score as a run file holds it: six decimals. */
  public static String score(double score) {
    return String.format(Locale.ROOT, "%.6f", score);
  }

  /** {@code qid 0 docno 1} for every relevant document of every query, in the given order. */
  public static void writeQrels(Writer out, Map<String, ? extends Collection<String>> relevant)
      throws IOException {
    for (Map.Entry<String, ? extends Collection<String>> q : relevant.entrySet()) {
      for (String doc : q.getValue()) {
        out.write(TrecIds.encode(q.getKey()) + " 0 " + TrecIds.encode(doc) + " 1\n");
      }
    }
  }
}
