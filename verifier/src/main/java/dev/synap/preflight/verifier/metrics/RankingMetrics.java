package dev.synap.preflight.verifier.metrics;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Set-based comparisons of two rankings (lists of document ids, best first). */
public final class RankingMetrics {
  private RankingMetrics() {}

  /**
   * Recall@k of {@code relevant} in {@code ranking}: the share of the relevant documents found in
   * the ranking's first {@code k}. {@code NaN} when nothing is relevant (the query does not count).
   */
  public static double recallAtK(Collection<String> relevant, List<String> ranking, int k) {
    Set<String> want = new HashSet<>(relevant);
    if (want.isEmpty()) {
      return Double.NaN;
    }
    Set<String> top = new HashSet<>(ranking.subList(0, Math.min(k, ranking.size())));
    long found = want.stream().filter(top::contains).count();
    return (double) found / want.size();
  }

  /** Whether any of {@code expected} is in the ranking's first {@code k}. */
  public static boolean hitAtK(Collection<String> expected, List<String> ranking, int k) {
    Set<String> top = new HashSet<>(ranking.subList(0, Math.min(k, ranking.size())));
    return expected.stream().anyMatch(top::contains);
  }

  /** |A ∩ B| / |A ∪ B| of the two rankings' first {@code k}; 1 when both are empty. */
  public static double jaccardAtK(List<String> a, List<String> b, int k) {
    Set<String> sa = new HashSet<>(a.subList(0, Math.min(k, a.size())));
    Set<String> sb = new HashSet<>(b.subList(0, Math.min(k, b.size())));
    if (sa.isEmpty() && sb.isEmpty()) {
      return 1.0;
    }
    Set<String> union = new HashSet<>(sa);
    union.addAll(sb);
    sa.retainAll(sb);
    return (double) sa.size() / union.size();
  }
}
