package dev.synap.preflight.rules.model;

import dev.synap.preflight.rules.config.Instance;
import java.util.Locale;

/**
 * Where Synap puts a document, derived from its ids as the service derives it (synap-api.md §2.2).
 * The one derivation of the product: the validator's per-scope counts and the verifier's visibility
 * use it (the stand-in keeps its own on purpose: it is the test double).
 *
 * <ul>
 *   <li>B2C: {@code user_id} or {@code customer_id} → USER, owned by {@code user_id} (else the
 *       customer id, which B2C resolves to the same person); neither → CLIENT.
 *   <li>B2B: both → USER of {@code user_id} in {@code customer_id}; {@code customer_id} only →
 *       CUSTOMER; neither → CLIENT; {@code user_id} only → REJECTED (HTTP 400 at ingestion).
 * </ul>
 *
 * <p>Blank ids count as absent.
 *
 * @param level the scope level
 * @param ownerUser the user that owns a USER document (or the rejected user), else null
 * @param ownerCustomer the customer of a USER or CUSTOMER document, else null
 */
public record Scope(Level level, String ownerUser, String ownerCustomer) {

  /** Synap's scope levels, narrowest first; {@link #REJECTED}: a document Synap refuses. */
  public enum Level {
    USER,
    CUSTOMER,
    CLIENT,
    /** B2B: {@code user_id} without {@code customer_id} is an HTTP 400 at ingestion. */
    REJECTED;

    /** The lower-case name ({@code user}, {@code customer}, ...). */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The scope a document with these ids lands in on {@code instance}. */
  public static Scope of(Instance instance, String userId, String customerId) {
    String user = blankToNull(userId);
    String customer = blankToNull(customerId);
    if (instance == Instance.B2C) {
      if (user == null && customer == null) {
        return new Scope(Level.CLIENT, null, null);
      }
      return new Scope(Level.USER, user != null ? user : customer, customer);
    }
    if (user != null && customer != null) {
      return new Scope(Level.USER, user, customer);
    }
    if (customer != null) {
      return new Scope(Level.CUSTOMER, null, customer);
    }
    if (user != null) {
      return new Scope(Level.REJECTED, user, null);
    }
    return new Scope(Level.CLIENT, null, null);
  }

  /** The scope of {@code d} on {@code instance}. */
  public static Scope of(Instance instance, MemoryDocument d) {
    return of(instance, d.userId(), d.customerId());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
