package dev.synap.preflight.standin.store;

/** Synap's scope levels from narrowest to broadest (synap-api.md §5); WORLD is never written. */
public enum Level {
  USER,
  CUSTOMER,
  CLIENT
}
