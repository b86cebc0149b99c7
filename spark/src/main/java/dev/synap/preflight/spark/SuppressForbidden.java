package dev.synap.preflight.spark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the few places allowed to touch the process's standard streams (forbiddenapis). */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.CONSTRUCTOR})
@interface SuppressForbidden {
  /** Why the forbidden API is needed here. */
  String reason();
}
