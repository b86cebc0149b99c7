package dev.synap.preflight.reports.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.reports.VerifyReports;
import dev.synap.preflight.reports.model.verify.VerifyReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Byte-compares the verify report files of the fixtures with {@code
 * src/test/resources/golden/verify-*}. Regenerate after an intended change with {@code mvn -B -ntp
 * -o -pl reports test -Dtest=VerifyGoldenTest -Dgolden.update=true} and review the diff.
 */
class VerifyGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  private static final Map<String, Function<VerifyReport, byte[]>> FORMATS =
      Map.of(
          "report.json", VerifyReports::json,
          "report.html", VerifyReports::html,
          "report.md", VerifyReports::markdown);

  @TestFactory
  Stream<DynamicTest> everyFileMatchesItsGoldenFile() {
    boolean update = Boolean.getBoolean("golden.update");
    Map<String, VerifyReport> fixtures =
        Map.of("realistic", VerifyFixtures.realistic(), "empty", VerifyFixtures.empty());
    return fixtures.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(
            f ->
                FORMATS.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(
                        format -> {
                          String name = "verify-" + f.getKey() + "." + format.getKey();
                          byte[] actual = format.getValue().apply(f.getValue());
                          return DynamicTest.dynamicTest(name, () -> check(name, actual, update));
                        }));
  }

  private static void check(String name, byte[] actual, boolean update) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (update) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, actual);
    }
    assertThat(golden).as("golden file %s (regenerate with -Dgolden.update=true)", golden).exists();
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
