package dev.synap.preflight.standin.http;

/** Thrown by the fault gate: drop the connection without answering. */
final class ResetSignal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ResetSignal() {
    super("connection reset by the stand-in's reset fault", null, false, false);
  }
}
