package dev.synap.preflight.validator.check;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A string field, when present, must be one of {@link #accepted()}. Values in {@link #comingSoon()}
 * get their own message: Synap's docs list them but the SDK rejects them. Applied programmatically
 * by {@link DocumentConstraints}; null is valid (the field is optional).
 */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
@interface OneOf {
  /** The Synap wire name of the field, for the message. */
  String field();

  String[] accepted();

  String[] comingSoon() default {};

  String message() default "{value} is not an accepted {field} (accepted: {acceptedList})";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
