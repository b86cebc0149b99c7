package dev.synap.preflight.loader.diff;

import java.util.Locale;

/** How a document of the new export stands against the journal. */
public enum DiffKind {
  /**
   * In the new export, not loaded before (absent from the journal, or rejected or failed there).
   */
  ADDED,
  /** Loaded before with other content, type, timestamp, identities or metadata. */
  CHANGED,
  /** Loaded before, absent from the new export. */
  REMOVED,
  /** Loaded before with the same fingerprint. */
  UNCHANGED;

  /** The kind's name in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
