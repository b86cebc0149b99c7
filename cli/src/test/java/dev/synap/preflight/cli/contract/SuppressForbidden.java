package dev.synap.preflight.cli.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the classes allowed to use {@code com.sun.net.httpserver} (forbiddenapis flags every {@code
 * com.sun} package, but {@code jdk.httpserver} is an exported, supported JDK module).
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.CONSTRUCTOR})
@interface SuppressForbidden {
  /** Why the forbidden API is needed here. */
  String reason();
}
