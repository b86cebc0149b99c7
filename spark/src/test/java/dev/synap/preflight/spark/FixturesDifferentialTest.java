package dev.synap.preflight.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synap.preflight.spark.plan.JobSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job and the single-machine validator agree on the fixtures the other modules' tests
 * hold: the real exports of every bundled profile, the hostile reader inputs (invalid UTF-8,
 * UTF-16, CR/LF/CRLF line ends, oversized lines, NUL bytes...), and the records of the validator's
 * check fixtures, with tiny split sizes so line ends fall on every side of a part's boundary.
 */
class FixturesDifferentialTest {
  private static final Path RULES = Path.of("../rules/src/test/resources");
  private static final Path CHECKS = Path.of("../validator/src/test/resources/checks");

  @TempDir Path dir;

  @Test
  void exportsOfEveryBundledProfile() throws IOException {
    List<Path> files = list(RULES.resolve("fixtures"));
    JobSettings settings =
        Engines.settings(
            null,
            null,
            null,
            new JobSettings.Overrides(null, null, false, null, "fixture-user", null));
    Engines.assertSame(files, settings, 300);
  }

  @Test
  void hostileReaderInputs() throws IOException {
    List<Path> files = list(RULES.resolve("dev/synap/preflight/rules/read/ReaderFuzzTestInputs"));
    for (long split : new long[] {16}) {
      Engines.assertSame(files, Engines.defaults(), split);
    }
  }

  @Test
  void validatorCheckFixtures() throws IOException {
    // non-ASCII as \\u escapes: some records hold lone surrogates, which UTF-8 cannot encode
    ObjectMapper json =
        new ObjectMapper()
            .enable(
                com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    List<Path> files = new ArrayList<>();
    for (Path fixture : list(CHECKS)) {
      StringBuilder lines = new StringBuilder();
      for (JsonNode c : json.readTree(fixture.toFile()).get("cases")) {
        lines.append(json.writeValueAsString(c.get("record"))).append('\n');
      }
      Path out = dir.resolve(fixture.getFileName().toString().replace(".json", ".jsonl"));
      files.add(Files.write(out, lines.toString().getBytes(StandardCharsets.US_ASCII)));
    }
    Engines.assertSame(files, Engines.defaults(), 400);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().matches("LICENSE.*|README.*"))
          .sorted()
          .toList();
    }
  }
}
