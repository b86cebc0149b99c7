package dev.synap.preflight.verifier.ir;

import dev.synap.preflight.verifier.trec.RunEntry;
import dev.synap.preflight.verifier.trec.TrecIds;
import dev.synap.preflight.verifier.trec.TrecWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ranking trec_eval evaluates for one topic of a run: entries sorted by their score as the run
 * file holds it ({@link TrecWriter#score}), highest first, ties broken by the written document id
 * compared as bytes ({@code strcmp}), highest first; the rank column is ignored, as trec_eval
 * ignores it. A document listed twice (trec_eval refuses such a run) counts once, where it ranks
 * first.
 */
public final class TrecOrder {
  private TrecOrder() {}

  private record Keyed(String documentId, double score, byte[] docno) {}

  private static final Comparator<Keyed> TREC_EVAL =
      Comparator.comparingDouble(Keyed::score)
          .reversed()
          .thenComparing(Keyed::docno, (a, b) -> Arrays.compareUnsigned(b, a));

  /** The document ids of one topic's entries in trec_eval's order, each once. */
  public static List<String> rank(List<RunEntry> entries) {
    List<Keyed> keyed = new ArrayList<>(entries.size());
    for (RunEntry e : entries) {
      keyed.add(
          new Keyed(
              e.documentId(),
              Double.parseDouble(TrecWriter.score(e.score())),
              TrecIds.encode(e.documentId()).getBytes(StandardCharsets.UTF_8)));
    }
    keyed.sort(TREC_EVAL);
    Set<String> out = new LinkedHashSet<>();
    keyed.forEach(k -> out.add(k.documentId()));
    return List.copyOf(out);
  }
}
