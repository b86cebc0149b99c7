package dev.synap.preflight.verifier.scope;

/**
 * Which documents a scope may see (DESIGN "Verifier method" step 2; synap-api.md §5): a user fetch
 * sees USER(u) + CUSTOMER(c) + CLIENT, a customer fetch CUSTOMER(c) + CLIENT, a client fetch only
 * CLIENT. A user's documents are matched on the user id alone, as Synap does not namespace user ids
 * by customer (§5); rejected documents are never visible.
 */
public final class Visibility {
  private Visibility() {}

  /** Whether a fetch in {@code query} may return content of a document in {@code doc}. */
  public static boolean visible(QueryScope query, DocumentScope doc) {
    return switch (doc.level()) {
      case CLIENT -> true;
      case USER -> query.level() == ScopeLevel.USER && query.userId().equals(doc.ownerUser());
      case CUSTOMER ->
          query.level() != ScopeLevel.CLIENT
              && query.customerId() != null
              && query.customerId().equals(doc.ownerCustomer());
      case REJECTED -> false;
    };
  }
}
