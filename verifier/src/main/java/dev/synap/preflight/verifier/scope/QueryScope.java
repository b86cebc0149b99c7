package dev.synap.preflight.verifier.scope;

/**
 * The scope a query is asked in, i.e. which fetch route replays it: user (user id, optional
 * customer id), customer (customer id) or client.
 *
 * @param level USER, CUSTOMER or CLIENT
 * @param userId the user for a USER fetch, else null
 * @param customerId the customer for a USER (optional on B2C) or CUSTOMER fetch, else null
 */
public record QueryScope(ScopeLevel level, String userId, String customerId) {
  public QueryScope {
    userId = DocumentScope.blankToNull(userId);
    customerId = DocumentScope.blankToNull(customerId);
    switch (level) {
      case USER -> require(userId != null, "a user scope needs a user id");
      case CUSTOMER -> {
        require(customerId != null, "a customer scope needs a customer id");
        require(userId == null, "a customer scope has no user id");
      }
      case CLIENT -> require(userId == null && customerId == null, "a client scope has no ids");
      case REJECTED ->
          throw new IllegalArgumentException("a query cannot be in the rejected scope");
    }
  }

  public static QueryScope user(String userId, String customerId) {
    return new QueryScope(ScopeLevel.USER, userId, customerId);
  }

  public static QueryScope customer(String customerId) {
    return new QueryScope(ScopeLevel.CUSTOMER, null, customerId);
  }

  public static QueryScope client() {
    return new QueryScope(ScopeLevel.CLIENT, null, null);
  }

  /** The scope a query about this document is asked in: the document's own fetch route. */
  public static QueryScope home(DocumentScope doc) {
    return switch (doc.level()) {
      case USER -> user(doc.ownerUser(), doc.ownerCustomer());
      case CUSTOMER -> customer(doc.ownerCustomer());
      case CLIENT -> client();
      case REJECTED -> throw new IllegalArgumentException("a rejected document has no scope");
    };
  }

  /** A short human-readable form, e.g. {@code user u1 / customer c1}. */
  public String describe() {
    return switch (level) {
      case USER -> "user " + userId + (customerId != null ? " / customer " + customerId : "");
      case CUSTOMER -> "customer " + customerId;
      default -> "client";
    };
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
