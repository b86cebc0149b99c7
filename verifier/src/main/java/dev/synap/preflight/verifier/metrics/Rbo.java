package dev.synap.preflight.verifier.metrics;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rank-biased overlap, the <b>extrapolated</b> form RBO_ext of Webber, Moffat and Zobel, "A
 * similarity measure for indefinite rankings" (TOIS 2010), eq. 32, which handles rankings of
 * different lengths: it assumes the agreement seen at the end of the evaluated prefix continues
 * below it. Identical rankings score 1, disjoint ones 0. Duplicate ids in a ranking count once (at
 * their first position). Two empty rankings score 1; one empty ranking scores 0.
 */
public final class Rbo {
  private Rbo() {}

  /** RBO_ext of {@code a} and {@code b} with persistence {@code p} (0 < p < 1; 0.9 here). */
  public static double extrapolated(List<String> a, List<String> b, double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("RBO persistence p must be in (0, 1)");
    }
    List<String> x = distinct(a);
    List<String> y = distinct(b);
    if (x.isEmpty() || y.isEmpty()) {
      return x.isEmpty() && y.isEmpty() ? 1.0 : 0.0;
    }
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = shorter == x ? y : x;
    int s = shorter.size();
    int l = longer.size();
    Set<String> seenS = new HashSet<>();
    Set<String> seenL = new HashSet<>();
    int overlap = 0;
    double sum = 0;
    int overlapAtS = 0;
    for (int d = 1; d <= l; d++) {
      String fromL = longer.get(d - 1);
      if (d <= s) {
        String fromS = shorter.get(d - 1);
        overlap += (seenL.contains(fromS) ? 1 : 0) + (seenS.contains(fromL) ? 1 : 0);
        overlap += fromS.equals(fromL) ? 1 : 0;
        seenS.add(fromS);
        seenL.add(fromL);
        if (d == s) {
          overlapAtS = overlap;
        }
      } else {
        overlap += seenS.contains(fromL) ? 1 : 0;
      }
      double pd = Math.pow(p, d);
      sum += (double) overlap / d * pd;
      if (d > s) {
        sum += (double) overlapAtS * (d - s) / ((double) s * d) * pd;
      }
    }
    double tail = ((double) (overlap - overlapAtS) / l + (double) overlapAtS / s) * Math.pow(p, l);
    return (1 - p) / p * sum + tail;
  }

  private static List<String> distinct(List<String> ranking) {
    return ranking.stream().distinct().toList();
  }
}
