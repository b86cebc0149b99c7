package dev.synap.preflight.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.reports.model.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Byte-compares every format of the fixture reports with the files under {@code
 * src/test/resources/golden/}.
 *
 * <p>After an intended change to a writer or template, regenerate them from the repository root
 * with
 *
 * <pre>
 * mvn -B -ntp -o -pl reports test -Dtest=GoldenFilesTest -Dgolden.update=true
 * </pre>
 *
 * then review the diff ({@code git diff reports/src/test/resources/golden}) and commit it. Without
 * the property the test never writes anything and fails on any difference.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  private static final Map<String, ValidationReport> FIXTURES =
      Map.of(
          "realistic", ReportFixtures.realistic(),
          "empty", ReportFixtures.empty());

  @TestFactory
  Stream<DynamicTest> everyFormatMatchesItsGoldenFile() {
    boolean update = Boolean.getBoolean("golden.update");
    return FIXTURES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(
            fixture ->
                Stream.of(ReportFormat.values())
                    .map(
                        format -> {
                          String name = fixture.getKey() + "." + format.fileName();
                          return DynamicTest.dynamicTest(
                              name, () -> check(name, format, fixture.getValue(), update));
                        }));
  }

  private static void check(
      String name, ReportFormat format, ValidationReport report, boolean update)
      throws IOException {
    byte[] actual = format.writer().render(report);
    Path golden = GOLDEN.resolve(name);
    if (update) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, actual);
    }
    assertThat(golden)
        .as("golden file %s (regenerate with -Dgolden.update=true, see class comment)", golden)
        .exists();
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(actual).isEqualTo(Files.readAllBytes(golden));
  }
}
