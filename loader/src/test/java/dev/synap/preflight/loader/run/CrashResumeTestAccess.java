package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.JournalRecord;

/** Lets tests in other packages share the crash test's journal header. */
public final class CrashResumeTestAccess {
  private CrashResumeTestAccess() {}

  /** A header for a test export. */
  public static JournalRecord.Header header() {
    return CrashResumeTest.header();
  }
}
