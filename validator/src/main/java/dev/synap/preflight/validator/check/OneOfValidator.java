package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.contract.Vocabulary;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link OneOf} with the Synap contract's wording ({@link Vocabulary#problem}). The
 * message goes in as a message parameter, never into the template, so braces or dollars in user
 * data are not interpolated.
 */
public final class OneOfValidator implements ConstraintValidator<OneOf, String> {
  private List<String> accepted = List.of();
  private List<String> comingSoon = List.of();
  private String field = "";

  @Override
  public void initialize(OneOf annotation) {
    accepted = List.of(annotation.accepted());
    comingSoon = List.of(annotation.comingSoon());
    field = annotation.field();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    String problem = Vocabulary.problem(field, value, accepted, comingSoon);
    if (problem == null) {
      return true;
    }
    HibernateConstraintValidatorContext hv =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hv.addMessageParameter("problem", problem);
    hv.disableDefaultConstraintViolation();
    hv.buildConstraintViolationWithTemplate("{problem}").addConstraintViolation();
    return false;
  }
}
