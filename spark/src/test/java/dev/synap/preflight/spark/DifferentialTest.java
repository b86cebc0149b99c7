package dev.synap.preflight.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.spark.plan.InputPlanner;
import dev.synap.preflight.validator.run.InputSummary;
import dev.synap.preflight.validator.run.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job and the single-machine validator on the bundled samples and on a generated export
 * of 200,000 records with every rule planted give the same result: rules, counts, every kept
 * finding with its file, line and byte offset, duplicates across files, scope counts and statistics
 * (only the duration differs). Spark runs in {@code local[2]} with a split size small enough that
 * every plain JSON Lines file is read in several parts.
 */
class DifferentialTest {
  @TempDir Path dir;

  @Test
  void bundledSamples() throws IOException {
    List<Path> samples;
    try (Stream<Path> s = Files.list(Path.of("../samples"))) {
      samples = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(samples).hasSizeGreaterThan(1);
    long split = 512;
    assertThat(parts(samples.stream().filter(p -> p.toString().endsWith(".jsonl")).toList(), split))
        .allMatch(n -> n > 1);
    Engines.assertSame(samples, Engines.defaults(), split);
  }

  @Test
  void generatedExportWithEveryRulePlanted() throws IOException {
    List<Path> files = new ExportGenerator(17).write(dir, 200_000, 6);
    Path config =
        Files.writeString(dir.resolve("preflight.yaml"), "instance: b2b\nmax-examples: 5000\n");
    StringBuilder users = new StringBuilder("users:\n");
    for (int u = 0; u < 97; u++) {
      users.append("  user-").append(u).append(": {user_id: user-").append(u);
      users.append(", customer_id: acme}\n");
    }
    Path identities =
        Files.writeString(dir.resolve("identities.yaml"), users + "customers:\n  acme: acme\n");
    long split = 1 << 20;
    List<Integer> parts =
        parts(files.stream().filter(p -> p.toString().endsWith(".jsonl")).toList(), split);
    assertThat(parts).hasSize(4).allMatch(n -> n > 1);

    ValidationResult spark =
        Engines.assertSame(files, Engines.settings(config, identities, null, null), split);

    assertThat(spark.records()).isGreaterThan(180_000);
    for (RuleId rule : RuleId.values()) {
      assertThat(spark.tallies().get(rule.ordinal()).total())
          .as("planted %s", rule.id())
          .isPositive();
    }
    InputSummary cut = spark.inputs().get(files.size() - 1);
    assertThat(cut.gzip()).isTrue();
    assertThat(cut.error()).isNull(); // a truncated gzip is a finding, not an unreadable file
    assertThat(spark.findings())
        .anyMatch(f -> f.file().equals(cut.path()) && f.message().contains("gzip stream"));
  }

  /** How many parts the planner cuts each file into. */
  private static List<Integer> parts(List<Path> files, long split) {
    InputPlanner.Plan plan =
        new InputPlanner(
                LocalSpark.get().hadoopConfiguration(), Engines.defaults().runOptions(), split)
            .plan(files.stream().map(Path::toString).toList());
    return plan.files().stream().map(InputPlanner.PlannedFile::parts).toList();
  }
}
