package dev.synap.preflight.verifier.scope;

import java.util.Locale;

/** Synap's scope levels, narrowest first; {@link #REJECTED} is a document Synap refuses to load. */
public enum ScopeLevel {
  USER,
  CUSTOMER,
  CLIENT,
  /** B2B: {@code user_id} without {@code customer_id} is an HTTP 400 at ingestion. */
  REJECTED;

  /** The lower-case name used in query files and reports ({@code user}, {@code customer}, ...). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
