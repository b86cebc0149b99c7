package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.contract.SendableDocument;
import dev.synap.preflight.rules.model.DocumentTypes;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.model.SynapField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Bean Validation constraints of Synap's document model, declared programmatically on {@link
 * MemoryDocument}'s fields (the model stays free of annotations) and validated by one shared,
 * thread-safe Hibernate Validator.
 *
 * <p>Each constraint carries a payload naming its rule and belongs to that rule's group, so {@link
 * MissingFieldCheck} and {@link InvalidFieldCheck} each validate only their own constraints: a
 * record is validated once in total, not once per check.
 *
 * <p>Hibernate Validator announces itself ({@code HV000001}) at INFO on first use. The JUL logger
 * {@code org.hibernate.validator} is set to WARNING before bootstrapping and kept strongly
 * referenced here (JUL forgets the level of a logger nobody references), so the run prints nothing.
 * Messages are interpolated by {@link ParameterMessageInterpolator}: no EL is needed.
 */
final class DocumentConstraints {
  /** Group and payload of the {@code missing-field} constraints. */
  interface Required extends Payload {}

  /** Group and payload of the {@code invalid-field} constraints. */
  interface Vocabulary extends Payload {}

  /** One violated constraint: the Synap field and what is wrong with it. */
  record Violation(SynapField field, String message) {}

  private static final Logger HV_LOG = quiet();
  private static final Validator VALIDATOR = build();

  private static final Map<Class<? extends Payload>, RuleId> RULES =
      Map.of(Required.class, RuleId.MISSING_FIELD, Vocabulary.class, RuleId.INVALID_FIELD);
  private static final Map<String, SynapField> FIELDS =
      Map.of(
          "documentId", SynapField.DOCUMENT_ID,
          "document", SynapField.DOCUMENT,
          "documentType", SynapField.DOCUMENT_TYPE,
          "mode", SynapField.MODE);

  private DocumentConstraints() {}

  /** The violations of {@code rule}'s constraints; empty for a rule without constraints. */
  static List<Violation> violations(MemoryDocument doc, RuleId rule) {
    Class<?> group =
        rule == RuleId.MISSING_FIELD
            ? Required.class
            : rule == RuleId.INVALID_FIELD ? Vocabulary.class : null;
    if (group == null || doc == null || obviouslyValid(doc, rule)) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>(1);
    for (ConstraintViolation<MemoryDocument> v : VALIDATOR.validate(doc, group)) {
      SynapField field = FIELDS.get(v.getPropertyPath().toString());
      if (field != null && ruleOf(v) == rule) {
        out.add(new Violation(field, v.getMessage()));
      }
    }
    out.sort((a, b) -> a.field().compareTo(b.field()));
    return out;
  }

  /**
   * True when {@code rule}'s constraints surely hold, decided without the validator (it costs
   * microseconds a record): the required fields start with a printable ASCII char, which is not
   * whitespace, so {@code @NotBlank} ({@code String.isBlank()}) holds; the type and mode are null
   * or in their accepted lists, so {@link OneOf} holds. False means only "ask the validator".
   */
  private static boolean obviouslyValid(MemoryDocument doc, RuleId rule) {
    if (rule == RuleId.MISSING_FIELD) {
      return startsUntrimmed(doc.documentId()) && startsUntrimmed(doc.document());
    }
    return (doc.documentType() == null || DocumentTypes.ACCEPTED.contains(doc.documentType()))
        && (doc.mode() == null || DocumentTypes.MODES.contains(doc.mode()));
  }

  private static boolean startsUntrimmed(String s) {
    return s != null && !s.isEmpty() && s.charAt(0) > ' ' && s.charAt(0) < 0x7F;
  }

  private static RuleId ruleOf(ConstraintViolation<?> v) {
    for (Class<? extends Payload> p : v.getConstraintDescriptor().getPayload()) {
      RuleId rule = RULES.get(p);
      if (rule != null) {
        return rule;
      }
    }
    return null;
  }

  /** The logger level must be set before Hibernate Validator's classes are first loaded. */
  private static Logger quiet() {
    Logger log = Logger.getLogger("org.hibernate.validator");
    log.setLevel(Level.WARNING);
    return log;
  }

  private static Validator build() {
    HibernateValidatorConfiguration cfg =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ParameterMessageInterpolator());
    ConstraintMapping mapping = cfg.createConstraintMapping();
    mapping
        .type(MemoryDocument.class)
        .field("documentId")
        .constraint(required(SendableDocument.NO_ID))
        .field("document")
        .constraint(required(SendableDocument.NO_TEXT))
        .field("documentType")
        .constraint(oneOf("document_type", DocumentTypes.ACCEPTED, DocumentTypes.COMING_SOON))
        .field("mode")
        .constraint(oneOf("mode", DocumentTypes.MODES, List.of()));
    return cfg.addMapping(mapping).buildValidatorFactory().getValidator();
  }

  /** {@code @NotBlank}; the message is the reason the field is required. */
  @SuppressWarnings("unchecked") // payload(Class<? extends Payload>...) is a generic varargs
  private static NotBlankDef required(String message) {
    return new NotBlankDef().message(message).groups(Required.class).payload(Required.class);
  }

  @SuppressWarnings("unchecked") // payload(Class<? extends Payload>...) is a generic varargs
  private static GenericConstraintDef<OneOf> oneOf(
      String field, List<String> accepted, List<String> comingSoon) {
    return new GenericConstraintDef<>(OneOf.class)
        .param("field", field)
        .param("accepted", accepted.toArray(new String[0]))
        .param("comingSoon", comingSoon.toArray(new String[0]))
        .groups(Vocabulary.class)
        .payload(Vocabulary.class);
  }

  /** Forces bootstrap (for tests and warm-up); returns the logger kept quiet. */
  static Logger bootstrap() {
    VALIDATOR.getConstraintsForClass(MemoryDocument.class);
    return HV_LOG;
  }
}
