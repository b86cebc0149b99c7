package dev.synap.preflight.loader.testing;

/** Thrown by test doubles to stop a load dead, as kill -9 would. An Error: nothing catches it. */
public final class Crash extends Error {
  private static final long serialVersionUID = 1L;

  /** A crash at the named point. */
  public Crash(String where) {
    super("simulated crash: " + where);
  }
}
