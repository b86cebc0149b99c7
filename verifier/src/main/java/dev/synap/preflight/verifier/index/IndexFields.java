package dev.synap.preflight.verifier.index;

/** Field names of the baseline index. */
final class IndexFields {
  static final String ID = "id";
  static final String TEXT = "text";
  static final String LEVEL = "scope_level";
  static final String OWNER_USER = "owner_user";
  static final String OWNER_CUSTOMER = "owner_customer";
  static final String USER_ID = "user_id";
  static final String CUSTOMER_ID = "customer_id";

  private IndexFields() {}
}
