package dev.synap.preflight.loader.journal;

/**
 * Called around every journal append. Production uses {@link #NONE}; crash tests throw from either
 * method to stop a load between any two steps.
 */
public interface AppendHook {
  /** A hook that does nothing. */
  AppendHook NONE = new AppendHook() {};

  /** Before the record is written. */
  default void beforeAppend(JournalRecord record) {}

  /** After the record is on disk and applied to the state. */
  default void afterAppend(JournalRecord record) {}
}
