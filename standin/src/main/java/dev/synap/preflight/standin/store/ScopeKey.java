package dev.synap.preflight.standin.store;

import dev.synap.preflight.rules.config.Instance;

/**
 * The scope a memory lives in.
 *
 * @param level the level
 * @param userId the user (USER only): on B2C the user, or the customer id when no user id was sent
 * @param customerId the customer (CUSTOMER, and USER on B2B)
 */
public record ScopeKey(Level level, String userId, String customerId) {

  /**
   * Derives the scope of an ingested document the way the service does (synap-api.md §2.2).
   *
   * @throws IllegalArgumentException on B2B when {@code user_id} comes without {@code customer_id}
   */
  public static ScopeKey derive(Instance instance, String userId, String customerId) {
    if (instance == Instance.B2C) {
      if (userId != null) {
        return new ScopeKey(Level.USER, userId, null);
      }
      return customerId != null
          ? new ScopeKey(Level.USER, customerId, null)
          : new ScopeKey(Level.CLIENT, null, null);
    }
    if (userId != null && customerId == null) {
      throw new IllegalArgumentException(
          "user_id without customer_id is not allowed on a B2B instance");
    }
    if (userId != null) {
      return new ScopeKey(Level.USER, userId, customerId);
    }
    return customerId != null
        ? new ScopeKey(Level.CUSTOMER, null, customerId)
        : new ScopeKey(Level.CLIENT, null, null);
  }

  /** A short label such as {@code USER(u1)}, {@code CUSTOMER(acme)} or {@code CLIENT}. */
  public String describe() {
    return switch (level) {
      case USER ->
          customerId == null
              ? "USER(" + userId + ")"
              : "USER(" + userId + ", customer " + customerId + ")";
      case CUSTOMER -> "CUSTOMER(" + customerId + ")";
      case CLIENT -> "CLIENT";
    };
  }
}
