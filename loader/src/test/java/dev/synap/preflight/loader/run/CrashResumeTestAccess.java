package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.JournalRecord;

/** Lets tests in other packages share the crash test's journal header and quick options. */
public final class CrashResumeTestAccess {
  private CrashResumeTestAccess() {}

  /** Options that never wait (no backoff, no polling pause), with {@code concurrency}. */
  public static LoadOptions quick(int concurrency) {
    return CrashResumeTest.quick(concurrency);
  }

  /** A header for a test export. */
  public static JournalRecord.Header header() {
    return CrashResumeTest.header();
  }
}
