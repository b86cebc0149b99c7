package dev.synap.preflight.rules.config;

import java.util.Locale;

/**
 * The target Synap instance's user relationship (synap-api.md §2.2, §5): B2C resolves the customer
 * from the user; B2B isolates customers strictly and rejects {@code user_id} without {@code
 * customer_id}.
 */
public enum Instance {
  B2C,
  B2B;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Instance parse(String text) {
    for (Instance i : values()) {
      if (i.id().equalsIgnoreCase(text.trim())) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown instance '" + text + "' (expected b2c or b2b)");
  }
}
