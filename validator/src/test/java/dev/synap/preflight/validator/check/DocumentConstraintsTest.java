package dev.synap.preflight.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.validator.check.DocumentConstraints.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentConstraintsTest {
  private static MemoryDocument doc(String id, String text, String type, String mode) {
    return new MemoryDocument(id, text, type, null, null, null, mode, null);
  }

  @Test
  void requiredConstraintsBelongToMissingFieldOnly() {
    MemoryDocument d = doc(null, "  ", "nonsense", "slow");

    assertThat(DocumentConstraints.violations(d, RuleId.MISSING_FIELD))
        .extracting(Violation::field)
        .containsExactly(SynapField.DOCUMENT_ID, SynapField.DOCUMENT);
    assertThat(DocumentConstraints.violations(d, RuleId.INVALID_FIELD))
        .extracting(Violation::field)
        .containsExactly(SynapField.DOCUMENT_TYPE, SynapField.MODE);
    assertThat(DocumentConstraints.violations(d, RuleId.NOT_NFC)).isEmpty();
  }

  @Test
  void aValidDocumentHasNoViolations() {
    MemoryDocument d = doc("d1", "text", "email", "fast");

    assertThat(DocumentConstraints.violations(d, RuleId.MISSING_FIELD)).isEmpty();
    assertThat(DocumentConstraints.violations(d, RuleId.INVALID_FIELD)).isEmpty();
    assertThat(DocumentConstraints.violations(doc("d", "t", null, null), RuleId.INVALID_FIELD))
        .isEmpty();
  }

  @Test
  void userDataIsNeverInterpolated() {
    String hostile = "{field}${'x'}\\{acceptedList}";

    List<Violation> v =
        DocumentConstraints.violations(doc("d", "t", hostile, null), RuleId.INVALID_FIELD);

    assertThat(v)
        .singleElement()
        .extracting(Violation::message)
        .isEqualTo(
            "\"{field}${'x'}\\\\{acceptedList}\" is not an accepted document_type (accepted:"
                + " ai-chat-conversation, document, email, pdf, image, audio, meeting-transcript)");
  }

  @Test
  void theHibernateValidatorLoggerIsKeptAtWarning() {
    assertThat(DocumentConstraints.bootstrap().getLevel()).isEqualTo(Level.WARNING);
  }

  /**
   * Bootstrap prints nothing. Tested in a fresh JVM, because Hibernate Validator logs its version
   * only once per class loader; the {@code loud} run shows the harness would see it.
   */
  @Test
  void bootstrapWritesNothingToStderr(@TempDir Path dir) throws Exception {
    Run quiet = java(dir, "quiet");
    Run loud = java(dir, "loud");

    assertThat(quiet.exit()).as("quiet stderr: %s", quiet.err()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEmpty();
    assertThat(loud.exit()).isZero();
    assertThat(loud.err()).contains("HV000001");
  }

  private record Run(int exit, String out, String err) {}

  private static Run java(Path dir, String mode) throws IOException, InterruptedException {
    Path out = dir.resolve(mode + ".out");
    Path err = dir.resolve(mode + ".err");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                QuietBootstrapMain.class.getName(),
                mode)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the child JVM did not finish");
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
