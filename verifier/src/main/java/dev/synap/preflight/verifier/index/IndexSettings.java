package dev.synap.preflight.verifier.index;

import dev.synap.preflight.rules.config.Instance;
import java.util.Locale;
import java.util.Set;

/**
 * How the baseline is built; printed in every report and part of the index's cache key.
 *
 * @param analyzer {@code english} (standard tokenizer, English possessives, lower case, Lucene's
 *     English stop words, Porter stemmer) or {@code standard} (standard tokenizer, lower case, no
 *     stop words)
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param instance the target instance's user relationship, which decides documents' scopes
 */
public record IndexSettings(String analyzer, float k1, float b, Instance instance) {
  /** The analyzers {@link #analyzer} may name. */
  public static final Set<String> ANALYZERS = Set.of("english", "standard");

  public IndexSettings {
    if (!ANALYZERS.contains(analyzer)) {
      throw new IllegalArgumentException(
          "unknown analyzer '" + analyzer + "' (expected english or standard)");
    }
    if (!(k1 >= 0) || !Float.isFinite(k1) || !(b >= 0 && b <= 1)) {
      throw new IllegalArgumentException("BM25 needs k1 >= 0 and 0 <= b <= 1");
    }
  }

  /** Anserini's BM25 defaults (k1 = 0.9, b = 0.4) with the English analyzer. */
  public static IndexSettings defaults(Instance instance) {
    return new IndexSettings("english", 0.9f, 0.4f, instance);
  }

  /** A file-name-safe key, e.g. {@code english-k1_0.9-b_0.4-b2c}. */
  public String key() {
    return String.format(Locale.ROOT, "%s-k1_%s-b_%s-%s", analyzer, k1, b, instance.id());
  }

  /** For reports, e.g. {@code BM25(k1=0.9, b=0.4), analyzer english, instance b2c}. */
  public String describe() {
    return String.format(
        Locale.ROOT, "BM25(k1=%s, b=%s), analyzer %s, instance %s", k1, b, analyzer, instance.id());
  }
}
