package dev.synap.preflight.verifier.scope;

import dev.synap.preflight.rules.config.Instance;

/**
 * Where a loaded document lives, derived from its ids as Synap derives it (synap-api.md §2.2).
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

  /** The scope a document with these ids lands in on {@code instance}. */
  public static DocumentScope of(Instance instance, String userId, String customerId) {
    String user = blankToNull(userId);
    String customer = blankToNull(customerId);
    if (instance == Instance.B2C) {
      if (user == null && customer == null) {
        return new DocumentScope(ScopeLevel.CLIENT, null, null);
      }
      return new DocumentScope(ScopeLevel.USER, user != null ? user : customer, customer);
    }
    if (user != null && customer != null) {
      return new DocumentScope(ScopeLevel.USER, user, customer);
    }
    if (customer != null) {
      return new DocumentScope(ScopeLevel.CUSTOMER, null, customer);
    }
    if (user != null) {
      return new DocumentScope(ScopeLevel.REJECTED, user, null);
    }
    return new DocumentScope(ScopeLevel.CLIENT, null, null);
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
