package dev.synap.preflight.standin;

import java.util.Locale;

/**
 * What happens when a {@code document_id} that was already ingested arrives again. synap-api.md
 * §2.7 lists three contradictory readings of the docs; the stand-in can play each. Under {@link
 * #CONFLICT} and {@link #ITEM_FAILED} an id stays held until its ingestion fails or every memory it
 * created is deleted (the docs are silent on delete-then-create; this is the stand-in's reading,
 * the one a catch-up's replacement of a changed document relies on).
 */
public enum DuplicatePolicy {
  /**
   * The REST reference reading (default): a single create answers 409 Conflict; inside a batch the
   * duplicate becomes a per-item {@code failed} result (a batch cannot answer 409 for one item).
   */
  CONFLICT,
  /** The SDK-docs reading: the new submission replaces the document and re-runs extraction. */
  UPSERT,
  /**
   * The replay-history reading: the duplicate is a per-document failure, in a batch and in a single
   * create alike (HTTP 200 with {@code status: failed} and an {@code error_message}).
   */
  ITEM_FAILED;

  /** The command-line spelling: {@code conflict}, {@code upsert}, {@code item-failed}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses the command-line spelling (case-insensitive; underscores accepted). */
  public static DuplicatePolicy parse(String text) {
    String wanted = text.trim().replace('_', '-');
    for (DuplicatePolicy p : values()) {
      if (p.id().equalsIgnoreCase(wanted)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown duplicate policy '" + text + "' (expected conflict, upsert or item-failed)");
  }
}
