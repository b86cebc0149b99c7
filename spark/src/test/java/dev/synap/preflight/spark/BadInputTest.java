package dev.synap.preflight.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.validator.run.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input as in {@code validate}: a missing file or a directory is an unreadable input (the run
 * is incomplete: exit 3), also on a file system reached through Hadoop, and the other inputs are
 * still checked.
 */
class BadInputTest {
  @TempDir Path dir;

  @Test
  void unreadablePathsAreInputErrorsAndTheRestIsChecked() throws IOException {
    Path good =
        Files.writeString(dir.resolve("good file.jsonl"), "{\"id\":\"a\",\"content\":\"x\"}\n");
    Path missing = dir.resolve("missing.jsonl");
    Path folder = Files.createDirectory(dir.resolve("folder"));
    ValidationResult r = Engines.assertSame(List.of(good, missing, folder), Engines.defaults(), 8);
    assertThat(r.incomplete()).isTrue();
    assertThat(r.inputs().get(0).error()).isNull();
    assertThat(r.inputs().get(0).records()).isEqualTo(1);
    assertThat(r.inputs().get(1).error()).isEqualTo("no such file");
    assertThat(r.inputs().get(2).error()).contains("directory");
  }

  @Test
  void unreadableUriOnAnotherFileSystemIsAnInputError() {
    // a scheme Hadoop knows and a file it does not find: the planner says so, nothing runs
    ValidationResult r =
        new dev.synap.preflight.spark.job.SparkValidation(
                LocalSpark.get(), Engines.defaults(), 64, 2)
            .run(List.of("file:" + dir.resolve("nowhere.jsonl")), f -> {});
    assertThat(r.incomplete()).isTrue();
    assertThat(r.inputs().get(0).error()).isNotBlank();
  }
}
