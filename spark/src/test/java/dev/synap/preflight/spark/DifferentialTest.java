package dev.synap.preflight.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.spark.plan.JobSettings;
import dev.synap.preflight.validator.run.RunOptions;
import dev.synap.preflight.validator.run.ValidationResult;
import dev.synap.preflight.validator.run.ValidationRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job and the single-machine validator on the same inputs give the same result: rules,
 * counts, every kept finding with its file, line and byte offset, duplicates, scope counts and
 * statistics (only the duration differs). Spark runs in {@code local[2]} with a split size small
 * enough that every plain JSON Lines file is read in several parts.
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
    assertSame(samples, settings(null, null, null), 512);
  }

  @Test
  void generatedExportWithEveryRulePlanted() throws IOException {
    List<Path> files = new ExportGenerator(17).write(dir, 200_000, 6);
    Path config = Files.writeString(dir.resolve("preflight.yaml"), "instance: b2b\nmax-examples: 50\n");
    Path identities = dir.resolve("identities.yaml");
    StringBuilder users = new StringBuilder("users:\n");
    for (int u = 0; u < 97; u++) {
      users.append("  user-").append(u).append(": {user_id: user-").append(u).append(", customer_id: acme}\n");
    }
    Files.writeString(identities, users + "customers:\n  acme: acme\n");
    ValidationResult spark =
        assertSame(files, settings(config, identities, null), 1 << 20);
    assertThat(spark.records()).isGreaterThan(180_000);
    for (RuleId rule : RuleId.values()) {
      long count = spark.tallies().get(rule.ordinal()).total();
      assertThat(count).as("planted %s", rule.id()).isPositive();
    }
    assertThat(spark.inputs().get(spark.inputs().size() - 1).error()).isNull();
  }

  /** Runs both engines; asserts the same result; returns Spark's. */
  private ValidationResult assertSame(List<Path> inputs, JobSettings settings, long splitBytes) {
    RunOptions options = settings.runOptions();
    ValidationResult single =
        new ValidationRun(
                new RunOptions(
                    options.config(),
                    options.profile(),
                    options.identities(),
                    2,
                    options.clock(),
                    options.defaultUser(),
                    options.defaultCustomer()))
            .run(inputs);
    List<String> names = inputs.stream().map(Path::toString).toList();
    ValidationResult spark =
        new dev.synap.preflight.spark.job.SparkValidation(LocalSpark.get(), settings, splitBytes, 3)
            .run(names, findings -> {});
    assertThat(describe(spark)).isEqualTo(describe(single));
    return spark;
  }

  static String describe(ValidationResult r) {
    List<String> lines = new ArrayList<>();
    lines.add("records " + r.records() + ", documents " + r.documents() + ", ids " + r.distinctIds());
    r.inputs().forEach(i -> lines.add("input " + i));
    r.tallies().forEach(t -> lines.add("tally " + t));
    r.findings().forEach(f -> lines.add("finding " + f));
    lines.add("sizes " + Arrays.toString(r.documentSizes()));
    lines.add("months " + r.createdMonths());
    lines.add("scopes " + r.scopes());
    lines.add("internal " + r.internalErrors());
    lines.add("types " + r.documentsBySourceType() + " skipped " + r.skippedByReason());
    lines.add("gate " + r.gateFindings() + " incomplete " + r.incomplete());
    return String.join("\n", lines);
  }

  static JobSettings settings(Path config, Path identities, String profile) {
    return new JobSettings(
        UUID.randomUUID().toString(),
        JobSettings.NamedBytes.read(config),
        profile == null ? "auto" : profile,
        null,
        JobSettings.NamedBytes.read(identities),
        new JobSettings.Overrides(null, null, false, null, null, null),
        java.time.Instant.parse("2026-06-01T00:00:00Z").toEpochMilli());
  }
}
