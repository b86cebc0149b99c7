package dev.synap.preflight.validator.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.validator.run.RunOptions;
import dev.synap.preflight.validator.run.ValidationResult;
import dev.synap.preflight.validator.run.ValidationRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate as a library call: no command line behind it. */
class ValidationGateTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private ValidationResult run(CheckConfig config, String content) throws IOException {
    Path p = dir.resolve("in.jsonl");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return new ValidationRun(new RunOptions(config, null, null, 1, CLOCK)).run(List.of(p));
  }

  @Test
  void passesFailsAndRefusesAVerdictOnUnreadableInput() throws IOException {
    String clean =
        "{\"id\":\"d1\",\"content\":\"hello\",\"created_at\":\"2025-01-01T00:00:00Z\"}\n";
    ValidationGate passed = ValidationGate.of(run(CheckConfig.defaults(), clean));
    assertThat(passed)
        .isEqualTo(new ValidationGate("error", true, 0, "no findings at error or above"));

    ValidationResult twoErrors =
        run(CheckConfig.defaults(), clean + "{\"content\":\"no id\"}\n{broken\n");
    ValidationGate failed = ValidationGate.of(twoErrors);
    assertThat(failed.passed()).isFalse();
    assertThat(failed.exitCode()).isEqualTo(ValidationGate.FAILED);
    assertThat(failed.reason()).isEqualTo("2 findings at error or above");
    assertThat(ValidationGate.of(twoErrors, 0).passed())
        .as("a caller may count fewer blocking findings (a baseline)")
        .isTrue();

    String duplicate = clean + clean;
    assertThat(ValidationGate.of(run(CheckConfig.defaults(), duplicate)).passed()).isTrue();
    ValidationGate strict =
        ValidationGate.of(run(CheckConfig.defaults().withFailOn(Severity.WARNING), duplicate));
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.failOn()).isEqualTo("warning");

    ValidationResult missing =
        new ValidationRun(new RunOptions(CheckConfig.defaults(), null, null, 1, CLOCK))
            .run(List.of(dir.resolve("nope.jsonl")));
    ValidationGate unreadable = ValidationGate.of(missing, 0);
    assertThat(unreadable.exitCode()).isEqualTo(ValidationGate.UNREADABLE);
    assertThat(unreadable.reason()).startsWith("input not readable: ").contains("nope.jsonl");
  }
}
