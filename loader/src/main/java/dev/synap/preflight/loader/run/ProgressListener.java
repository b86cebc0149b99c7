package dev.synap.preflight.loader.run;

/** Receives progress events (from several threads; implementations must be thread-safe). */
@FunctionalInterface
public interface ProgressListener {
  /** Ignores every event. */
  ProgressListener NONE = p -> {};

  /** One event. */
  void progress(Progress progress);
}
