package dev.synap.preflight.verifier.attribution;

import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.Hit;
import java.util.List;
import java.util.Locale;

/**
 * Content attribution: the item's text as a BM25 query over all documents. The top document is
 * accepted when its relative margin over the runner-up, {@code (s1 - s2) / s1} (1 without a
 * runner-up), is at least {@code minMargin} and at least {@code minOverlap} of the item's distinct
 * terms occur in it. Confidence is the smaller of margin and overlap.
 */
public final class ContentAttributor {
  private final BaselineIndex index;
  private final double minMargin;
  private final double minOverlap;

  public ContentAttributor(BaselineIndex index, double minMargin, double minOverlap) {
    if (!(minMargin >= 0 && minMargin <= 1) || !(minOverlap >= 0 && minOverlap <= 1)) {
      throw new IllegalArgumentException("margin and overlap thresholds are between 0 and 1");
    }
    this.index = index;
    this.minMargin = minMargin;
    this.minOverlap = minOverlap;
  }

  /** The defaults: margin 0.2, overlap 0.5. */
  public static ContentAttributor withDefaults(BaselineIndex index) {
    return new ContentAttributor(index, 0.2, 0.5);
  }

  public Attribution attribute(String content) {
    List<Hit> top = index.searchAll(content, 2);
    if (top.isEmpty()) {
      return Attribution.none(List.of(), "content: no document shares a term with the item");
    }
    Hit first = top.get(0);
    List<String> candidates = top.stream().map(Hit::documentId).toList();
    double margin = top.size() < 2 ? 1.0 : (first.score() - top.get(1).score()) / first.score();
    double overlap = index.termOverlap(content, first.documentId());
    String evidence =
        String.format(
            Locale.ROOT,
            "content: top-1 %s (score %.4f)%s, margin %.2f, term overlap %.2f",
            first.documentId(),
            first.score(),
            top.size() < 2
                ? ", no runner-up"
                : String.format(
                    Locale.ROOT,
                    ", top-2 %s (score %.4f)",
                    top.get(1).documentId(),
                    top.get(1).score()),
            margin,
            overlap);
    if (margin < minMargin || overlap < minOverlap) {
      return Attribution.none(
          candidates,
          evidence
              + String.format(
                  Locale.ROOT,
                  " (needs margin >= %.2f and overlap >= %.2f)",
                  minMargin,
                  minOverlap));
    }
    return new Attribution(
        first.documentId(),
        AttributionMethod.CONTENT,
        Math.min(margin, overlap),
        candidates,
        evidence);
  }
}
