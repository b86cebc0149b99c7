package dev.synap.preflight.validator.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synap.preflight.rules.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The accepted findings of an earlier validation: how many findings of each {@link BaselineKey} it
 * had. Immutable; {@link #matcher()} starts a matching for one run.
 */
public final class Baseline {
  private final String source;
  private final Map<BaselineKey, Long> counts;
  private final long total;

  /**
   * A baseline of the given key counts.
   *
   * @param source where it came from (shown in reports), e.g. the report's path
   */
  public Baseline(String source, Map<BaselineKey, Long> counts) {
    this.source = source;
    this.counts = Collections.unmodifiableMap(new HashMap<>(counts));
    this.total = counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Where the baseline came from. */
  public String source() {
    return source;
  }

  /** Accepted findings per key. */
  public Map<BaselineKey, Long> counts() {
    return counts;
  }

  /** Accepted findings in all. */
  public long total() {
    return total;
  }

  /** A fresh matching of one run's findings against this baseline. */
  public BaselineMatcher matcher() {
    return new BaselineMatcher(this);
  }

  /**
   * Reads the findings of a validation {@code report.json} (any schema version of {@code
   * validate}).
   *
   * @throws ConfigException when the file cannot be read, is not a validation report, or lists only
   *     part of some rule's findings (written with a {@code --max-examples} below that rule's
   *     count)
   */
  public static Baseline read(Path report) {
    JsonNode root;
    try (InputStream in = Files.newInputStream(report)) {
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new ConfigException("--baseline " + report + ": cannot read it: " + e.getMessage());
    }
    if (root == null
        || !"validate".equals(root.path("command").asText())
        || !root.path("findings").isArray()
        || !root.path("rules").isArray()) {
      throw new ConfigException(
          "--baseline " + report + ": not a report.json written by 'preflight validate'");
    }
    for (JsonNode rule : root.path("rules")) {
      if (rule.path("truncated").asBoolean(false)) {
        throw new ConfigException(
            String.format(
                java.util.Locale.ROOT,
                "--baseline %s: it lists only %d of %d %s findings (written with --max-examples"
                    + " %d); write the baseline report with --max-examples %d or more so that"
                    + " every accepted finding is listed",
                report,
                rule.path("examples").asLong(),
                rule.path("count").asLong(),
                rule.path("rule").asText(),
                root.path("configuration").path("maxExamples").asLong(),
                rule.path("count").asLong()));
      }
    }
    Map<BaselineKey, Long> counts = new HashMap<>();
    for (JsonNode f : root.path("findings")) {
      counts.merge(
          new BaselineKey(
              f.path("rule").asText(),
              f.path("severity").asText(),
              text(f.get("documentId")),
              text(f.get("field"))),
          1L,
          Long::sum);
    }
    return new Baseline(report.toString(), counts);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
