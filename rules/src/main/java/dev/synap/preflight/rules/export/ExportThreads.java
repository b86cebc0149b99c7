package dev.synap.preflight.rules.export;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the passes that read an export on several threads (validate, diff): daemons named
 * {@code preflight-ROLE-N}, so that a thread dump says which pass and which part of it a thread
 * works for, and a pass that stops early never keeps the process alive.
 */
public final class ExportThreads {
  private ExportThreads() {}

  /** A factory of daemon threads named {@code preflight-ROLE-1}, {@code -2}, and so on. */
  public static ThreadFactory named(String role) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "preflight-" + role + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
