package dev.synap.preflight.validator.check;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link OneOf}. Every value from the record goes into the message as a message
 * parameter, never into the template, so braces or dollars in user data are not interpolated.
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
    if (value == null || accepted.contains(value)) {
      return true;
    }
    HibernateConstraintValidatorContext hv =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hv.addMessageParameter("value", Messages.quote(value));
    hv.addMessageParameter("field", field);
    hv.addMessageParameter("acceptedList", String.join(", ", accepted));
    String template = null;
    if (comingSoon.contains(value)) {
      template =
          "{value} is a {field} Synap lists as coming soon: the SDK rejects it client-side"
              + " (accepted: {acceptedList})";
    } else {
      String near = nearMiss(value);
      if (near != null) {
        hv.addMessageParameter("suggestion", near);
        template =
            "{value} is not an accepted {field}; did you mean \"{suggestion}\"?"
                + " (accepted: {acceptedList})";
      }
    }
    if (template != null) {
      hv.disableDefaultConstraintViolation();
      hv.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    }
    return false;
  }

  /** An accepted value equal to {@code value} but for case, spaces, underscores or dashes. */
  private String nearMiss(String value) {
    String key = squash(value);
    for (String a : accepted) {
      if (squash(a).equals(key)) {
        return a;
      }
    }
    return null;
  }

  private static String squash(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
  }
}
