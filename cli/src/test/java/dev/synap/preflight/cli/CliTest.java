package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and usage errors of the real command line (picocli's ExecuteTest style). */
class CliTest {
  private static final String SAMPLE = "../samples/support-memories.jsonl";

  @TempDir Path dir;

  private CliRunner.Result validate(String... extra) {
    String[] args = new String[extra.length + 5];
    args[0] = "validate";
    args[1] = "--report-dir";
    args[2] = dir.resolve("out").toString();
    args[3] = "--progress";
    args[4] = "never";
    System.arraycopy(extra, 0, args, 5, extra.length);
    return CliRunner.run(args);
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void helpExplainsEveryOptionAndTheExitCodes() {
    CliRunner.Result r = CliRunner.run("validate", "--help");
    assertThat(r.exitCode()).isZero();
    for (String option :
        new String[] {
          "--profile",
          "--config",
          "--report-dir",
          "--format",
          "--fail-on",
          "--identity-map",
          "--instance",
          "--max-examples",
          "--threads",
          "--progress",
          "--show",
          "--baseline",
          "gitlab",
          "github",
          "GITHUB_STEP_SUMMARY"
        }) {
      assertThat(r.out()).contains(option);
    }
    assertThat(r.out()).contains("Exit codes:").contains("3   an input could not be read");
    assertThat(CliRunner.run("--help").out()).contains("validate");
    assertThat(CliRunner.run("--version").out()).startsWith("synap-preflight ");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    assertThat(CliRunner.run().exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(CliRunner.run("validate").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(validate("--bogus", SAMPLE).exitCode()).isEqualTo(ExitCodes.USAGE);
    CliRunner.Result profile = validate("--profile", "nope", SAMPLE);
    assertThat(profile.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(profile.err()).contains("unknown profile 'nope'");
    CliRunner.Result format = validate("--format", "json,pdf", SAMPLE);
    assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err()).contains("pdf");
    assertThat(validate("--fail-on", "info", SAMPLE).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(validate("--instance", "b2x", SAMPLE).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(validate("--progress", "sometimes", SAMPLE).exitCode()).isEqualTo(ExitCodes.USAGE);
    Path config = write("c.yaml", "limits:\n  metadata-byte: 1\n");
    CliRunner.Result bad = validate("--config", config.toString(), SAMPLE);
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("limits.metadata-byte").doesNotContain("Exception");
  }

  @Test
  void unreadableInputExitsThreeAndStillChecksTheOthers() throws IOException {
    Path good = write("good.jsonl", "{\"id\":\"a\",\"content\":\"fine\"}\n");
    CliRunner.Result r = validate(dir.resolve("absent.jsonl").toString(), good.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_OR_INTERNAL);
    assertThat(r.out()).contains("NOT READ: no such file").contains("1 records");
    assertThat(validate(dir.toString()).exitCode()).isEqualTo(ExitCodes.INPUT_OR_INTERNAL);
  }

  @Test
  void failOnWarningTightensTheGate() throws IOException {
    Path warn = write("w.jsonl", "{\"id\":\"a\",\"content\":\"Caf\u00c3\u00a9\"}\n");
    assertThat(validate(warn.toString()).exitCode()).isEqualTo(ExitCodes.PASSED);
    assertThat(validate("--fail-on", "warning", warn.toString()).exitCode())
        .isEqualTo(ExitCodes.GATE_FAILED);
  }

  @Test
  void b2bInstanceRejectsUserWithoutCustomer() throws IOException {
    Path f = write("u.jsonl", "{\"id\":\"a\",\"content\":\"hello\",\"user_id\":\"u1\"}\n");
    assertThat(validate(f.toString()).exitCode()).isEqualTo(ExitCodes.PASSED);
    CliRunner.Result r = validate("--instance", "b2b", f.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(r.out()).contains("scope-mismatch");
  }

  @Test
  void identityMapFlagsUnknownUsers() throws IOException {
    Path f =
        write(
            "i.jsonl",
            "{\"id\":\"a\",\"content\":\"x\",\"user_id\":\"alice\",\"customer_id\":\"acme\"}\n"
                + "{\"id\":\"b\",\"content\":\"y\",\"user_id\":\"mallory\",\"customer_id\":\"acme\"}\n");
    Path map = write("ids.csv", "source_id,user_id,customer_id\nalice,acme:alice,acme\n");
    CliRunner.Result r =
        validate("--identity-map", map.toString(), "--format", "json", f.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out/report.json").toFile());
    assertThat(report.at("/findings/0/rule").asText()).isEqualTo("unknown-identity");
    assertThat(report.at("/findings/0/documentId").asText()).isEqualTo("b");
    assertThat(report.at("/findings").size()).isEqualTo(1);
    assertThat(report.at("/configuration/identityMap").asText()).isEqualTo(map.toString());
  }

  @Test
  void everyFormatIsWrittenOnRequest() {
    CliRunner.Result r = validate("--format", "json,html,junit,sarif,md", SAMPLE);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    for (String f :
        new String[] {
          "report.json", "report.html", "report.junit.xml", "report.sarif", "report.md"
        }) {
      assertThat(dir.resolve("out").resolve(f)).isNotEmptyFile();
    }
  }

  @Test
  void aNamedPipeIsReadLikeAFile() throws Exception {
    Path fifo = dir.resolve("export.jsonl");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(
                    fifo,
                    "{\"id\":\"a\",\"content\":\"one\"}\n{\"id\":\"a\",\"content\":\"two\"}\n",
                    StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    CliRunner.Result r = validate(fifo.toString());
    writer.join();
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(r.out()).contains("2 records").contains("conflicting-id");
  }

  @Test
  void redactKeepsDocumentTextOutOfEveryReport() throws IOException {
    CliRunner.Result r = validate("--redact", "--format", "json,html,junit,sarif,md", SAMPLE);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(r.out()).contains("mojibake");
    for (String f :
        new String[] {
          "report.json", "report.html", "report.junit.xml", "report.sarif", "report.md"
        }) {
      String text = Files.readString(dir.resolve("out").resolve(f), StandardCharsets.UTF_8);
      assertThat(text)
          .as(f)
          .contains("mojibake")
          .doesNotContain("caf\u00c3")
          .doesNotContain("café");
    }
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out/report.json").toFile());
    assertThat(report.at("/configuration/redactText").asBoolean()).isTrue();
    Path broken = write("broken.jsonl", "{\"id\":\"t\",\"content\": secretword}\n");
    validate("--redact", "--format", "json", broken.toString());
    assertThat(Files.readString(dir.resolve("out/report.json"), StandardCharsets.UTF_8))
        .contains("Unrecognized token (redacted)")
        .doesNotContain("secretword");
    assertThat(validate("--format", "json", SAMPLE).exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(Files.readString(dir.resolve("out/report.json"), StandardCharsets.UTF_8))
        .contains("caf\u00c3\u00a9");
  }
}
