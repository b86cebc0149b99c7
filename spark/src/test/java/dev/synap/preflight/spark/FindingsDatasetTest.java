package dev.synap.preflight.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.spark.job.FindingsDataset;
import dev.synap.preflight.spark.job.SparkValidation;
import dev.synap.preflight.spark.plan.JobSettings;
import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.run.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every finding, not only the reports' examples, lands in the findings dataset. */
class FindingsDatasetTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void everyFindingWithItsPosition() throws IOException {
    String sample = Path.of("../samples/support-memories.jsonl").toString();
    Path out = dir.resolve("findings");
    ValidationResult r =
        new SparkValidation(
                LocalSpark.get(),
                Engines.settings(
                    null, null, null, new JobSettings.Overrides(null, null, false, 1, null, null)),
                256,
                2)
            .run(List.of(sample), f -> FindingsDataset.write(f, out.toUri().toString()));
    long total = r.count(Severity.ERROR) + r.count(Severity.WARNING) + r.count(Severity.INFO);
    assertThat(r.findings().size()).isLessThan((int) total); // the reports keep one per rule

    List<JsonNode> rows = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          rows.add(JSON.readTree(line));
        }
      }
    }
    assertThat(rows).hasSize((int) total);
    for (Finding f : r.findings()) {
      assertThat(rows)
          .anyMatch(
              n ->
                  n.get("rule").asText().equals(f.rule().id())
                      && n.get("file").asText().equals(sample)
                      && n.get("line").asLong() == f.line()
                      && n.get("byteOffset").asLong() == f.byteOffset()
                      && n.get("message").asText().equals(f.message()));
    }
  }
}
