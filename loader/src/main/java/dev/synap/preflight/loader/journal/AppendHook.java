package dev.synap.preflight.loader.journal;

/**
 * Called around every journal write. Production uses {@link #NONE}; crash tests throw from either
 * method to stop a load between any two steps. A group commit is one write: {@link #beforeAppend}
 * sees its first record once, {@link #afterAppend} each of its records once they are all on disk.
 */
public interface AppendHook {
  /** A hook that does nothing. */
  AppendHook NONE = new AppendHook() {};

  /** Before the record (or the group it starts) is written. */
  default void beforeAppend(JournalRecord record) {}

  /** After the record is on disk and applied to the state. */
  default void afterAppend(JournalRecord record) {}
}
