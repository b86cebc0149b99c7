package dev.synap.preflight.reports.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.reports.model.ToolInfo;
import dev.synap.preflight.reports.model.ValidationReport;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.validator.gate.ValidationGate;
import dev.synap.preflight.validator.run.RunOptions;
import dev.synap.preflight.validator.run.ValidationResult;
import dev.synap.preflight.validator.run.ValidationRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation, gate and report assembly as library calls, as the Spark job makes them. */
class ValidationReportAssemblerTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void assemblesTheReportOfARunAndItsGate() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"d1\",\"content\":\"hello\",\"user_id\":\"u1\"}\n{\"content\":\"no id\"}\n",
        StandardCharsets.UTF_8);
    ValidationResult result =
        new ValidationRun(new RunOptions(CheckConfig.defaults(), null, null, 1, CLOCK))
            .run(List.of(in));
    ValidationGate gate = ValidationGate.of(result);
    ValidationReport report =
        new ValidationReportAssembler(CLOCK, new ToolInfo("preflight", "test"), "auto", null)
            .assemble(result, gate);
    assertThat(report.schemaVersion()).isEqualTo(ValidationReport.SCHEMA_VERSION);
    assertThat(report.generatedAt()).isEqualTo("2026-11-24T00:00:00Z");
    assertThat(report.totals().records()).isEqualTo(2);
    assertThat(report.totals().errors()).isEqualTo(1);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("missing-field");
              assertThat(f.line()).isEqualTo(2);
            });
    assertThat(report.gate().passed()).isFalse();
    assertThat(report.gate().exitCode()).isEqualTo(1);
    assertThat(report.inputs()).singleElement().satisfies(i -> assertThat(i.sha256()).hasSize(64));
    assertThat(report.scopes().userScoped()).isEqualTo(1);
    assertThat(report.scopes().clientScoped()).isEqualTo(1);
  }
}
