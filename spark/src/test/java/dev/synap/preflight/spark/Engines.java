package dev.synap.preflight.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.spark.job.SparkValidation;
import dev.synap.preflight.spark.plan.JobSettings;
import dev.synap.preflight.validator.run.RunOptions;
import dev.synap.preflight.validator.run.ValidationResult;
import dev.synap.preflight.validator.run.ValidationRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Runs the single-machine validator and the Spark job on the same inputs and compares them. */
final class Engines {
  static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  private Engines() {}

  /** Runs both engines; asserts the same result (all but the duration); returns Spark's. */
  static ValidationResult assertSame(List<Path> inputs, JobSettings settings, long splitBytes) {
    RunOptions o = settings.runOptions();
    ValidationResult single =
        new ValidationRun(
                new RunOptions(
                    o.config(),
                    o.profile(),
                    o.identities(),
                    2,
                    o.clock(),
                    o.defaultUser(),
                    o.defaultCustomer()))
            .run(inputs);
    ValidationResult spark = spark(inputs, settings, splitBytes);
    assertThat(describe(spark)).isEqualTo(describe(single));
    return spark;
  }

  static ValidationResult spark(List<Path> inputs, JobSettings settings, long splitBytes) {
    List<String> names = inputs.stream().map(Path::toString).toList();
    return new SparkValidation(LocalSpark.get(), settings, splitBytes, 3).run(names, f -> {});
  }

  /** Everything a report shows of a result but the duration, one fact a line. */
  static String describe(ValidationResult r) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "records " + r.records() + ", documents " + r.documents() + ", ids " + r.distinctIds());
    lines.add("config " + r.config());
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

  static JobSettings settings(
      Path config, Path identities, String profile, JobSettings.Overrides overrides) {
    return new JobSettings(
        UUID.randomUUID().toString(),
        JobSettings.NamedBytes.read(config),
        profile == null ? "auto" : profile,
        null,
        JobSettings.NamedBytes.read(identities),
        overrides == null
            ? new JobSettings.Overrides(null, null, false, null, null, null)
            : overrides,
        NOW.toEpochMilli());
  }

  static JobSettings defaults() {
    return settings(null, null, null, null);
  }
}
