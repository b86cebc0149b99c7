package dev.synap.preflight.standin.store;

/**
 * What one fetch may see (synap-api.md §5): a user fetch sees USER(user) + CUSTOMER(customer) +
 * CLIENT, a customer fetch CUSTOMER(customer) + CLIENT, a client fetch CLIENT only. User ids are
 * not namespaced by customer (the service treats one user id as one user across customers), so a
 * USER item is matched on its user id alone.
 *
 * @param userId the subject user, null for customer and client fetches
 * @param customerId the subject customer, null when none applies
 */
public record Visibility(String userId, String customerId) {

  public static Visibility user(String userId, String customerId) {
    return new Visibility(userId, customerId);
  }

  public static Visibility customer(String customerId) {
    return new Visibility(null, customerId);
  }

  public static Visibility client() {
    return new Visibility(null, null);
  }

  /** True when an item of {@code scope} may be returned to this fetch. */
  public boolean sees(ScopeKey scope) {
    return switch (scope.level()) {
      case CLIENT -> true;
      case CUSTOMER -> customerId != null && customerId.equals(scope.customerId());
      case USER -> userId != null && userId.equals(scope.userId());
    };
  }
}
