package dev.synap.preflight.rules.model;

/** The fields of Synap's {@code CreateMemoryRequest} (synap-api.md §2.2), by their wire names. */
public enum SynapField {
  DOCUMENT_ID("document_id"),
  DOCUMENT("document"),
  DOCUMENT_TYPE("document_type"),
  DOCUMENT_CREATED_AT("document_created_at"),
  USER_ID("user_id"),
  CUSTOMER_ID("customer_id"),
  MODE("mode"),
  METADATA("metadata");

  private final String wireName;

  SynapField(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static SynapField byWireName(String name) {
    for (SynapField f : values()) {
      if (f.wireName.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown Synap field '" + name + "'");
  }
}
