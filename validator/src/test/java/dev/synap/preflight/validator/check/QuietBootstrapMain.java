package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.model.MemoryDocument;
import jakarta.validation.Validation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Run in a fresh JVM by {@link DocumentConstraintsTest}: {@code quiet} bootstraps the checks'
 * validator and validates a record; {@code loud} bootstraps Hibernate Validator plainly, to prove
 * that the harness sees its log line when nothing silences it.
 */
public final class QuietBootstrapMain {
  private QuietBootstrapMain() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("loud")) {
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();
      return;
    }
    DocumentConstraints.bootstrap();
    MemoryDocument doc = new MemoryDocument(null, " ", "note", null, null, null, "x", null);
    if (DocumentConstraints.violations(doc, RuleId.MISSING_FIELD).size() != 2
        || DocumentConstraints.violations(doc, RuleId.INVALID_FIELD).size() != 2) {
      throw new IllegalStateException("unexpected violations");
    }
  }
}
