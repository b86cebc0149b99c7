package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The state of one ingestion. Reads the SDK's five values plus the spellings the vendor's MCP
 * server tolerates ({@code complete}, {@code success}, {@code done}, {@code error}) and {@code
 * accepted}; anything else is {@link #UNKNOWN} rather than a parse failure.
 */
public enum IngestStatus {
  QUEUED("queued"),
  PROCESSING("processing"),
  COMPLETED("completed"),
  FAILED("failed"),
  PARTIAL_SUCCESS("partial_success"),
  UNKNOWN("unknown");

  private final String wire;

  IngestStatus(String wire) {
    this.wire = wire;
  }

  /** The wire spelling. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** True for states after which the status no longer changes. */
  public boolean isTerminal() {
    return this == COMPLETED || this == FAILED || this == PARTIAL_SUCCESS;
  }

  /** Reads a wire value leniently (case-insensitive, aliases, unknown to {@link #UNKNOWN}). */
  @JsonCreator
  public static IngestStatus fromWire(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    switch (value.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
      case "queued":
      case "accepted":
        return QUEUED;
      case "processing":
        return PROCESSING;
      case "completed":
      case "complete":
      case "success":
      case "done":
        return COMPLETED;
      case "failed":
      case "error":
        return FAILED;
      case "partial_success":
        return PARTIAL_SUCCESS;
      default:
        return UNKNOWN;
    }
  }
}
