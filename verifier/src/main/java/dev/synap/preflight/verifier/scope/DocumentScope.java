package dev.synap.preflight.verifier.scope;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.Scope;

/**
 * Where a loaded document lives, derived from its ids as Synap derives it (synap-api.md §2.2) by
 * the rules module's {@link Scope}, with the verifier's owner description.
 *
 * <ul>
 *   <li>B2C: {@code user_id} or {@code customer_id} → USER, owned by {@code user_id} (else the
 *       customer id, which B2C resolves to the same person); neither → CLIENT.
 *   <li>B2B: both → USER of {@code user_id} in {@code customer_id}; {@code customer_id} only →
 *       CUSTOMER; neither → CLIENT; {@code user_id} only → REJECTED (never visible).
 * </ul>
 *
 * @param level the scope level
 * @param ownerUser the user that owns a USER document, else null
 * @param ownerCustomer the customer of a USER (B2B) or CUSTOMER document, else null
 */
public record DocumentScope(ScopeLevel level, String ownerUser, String ownerCustomer) {

  /**
   * The scope a document with these ids lands in on {@code instance}: the product's one derivation,
   * {@link Scope#of(Instance, String, String)}.
   */
  public static DocumentScope of(Instance instance, String userId, String customerId) {
    Scope s = Scope.of(instance, userId, customerId);
    return new DocumentScope(
        ScopeLevel.valueOf(s.level().name()), s.ownerUser(), s.ownerCustomer());
  }

  /** A short human-readable owner, e.g. {@code user u1 (customer c1)}, {@code client}. */
  public String describe() {
    return switch (level) {
      case USER ->
          "user " + ownerUser + (ownerCustomer != null ? " (customer " + ownerCustomer + ")" : "");
      case CUSTOMER -> "customer " + ownerCustomer;
      case CLIENT -> "client";
      case REJECTED -> "rejected (user " + ownerUser + " without customer)";
    };
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
