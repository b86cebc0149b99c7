package dev.synap.preflight.rules.read;

import java.util.Locale;

/** The container formats an export can have; each may be gzip-compressed. */
public enum InputFormat {
  /** One JSON value per line (also {@code .ndjson}). */
  JSONL,
  /** One JSON document: an array of records, or an object with a record array inside. */
  JSON,
  /** RFC 4180 CSV with a header row. */
  CSV;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
