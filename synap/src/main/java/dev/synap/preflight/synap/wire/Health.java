package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer to {@code GET /health} (unauthenticated).
 *
 * @param status the service's word for its state, {@code ok} when healthy; null for an empty body
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Health(String status) {

  /** True when the service says {@code ok} or {@code healthy}. */
  @JsonIgnore
  public boolean isOk() {
    return "ok".equalsIgnoreCase(status) || "healthy".equalsIgnoreCase(status);
  }
}
