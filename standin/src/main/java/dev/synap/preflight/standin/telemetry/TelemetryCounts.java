package dev.synap.preflight.standin.telemetry;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the stand-in keeps of the telemetry it was sent: how many batches and how many events of
 * each event type. Nothing else (no ids, timestamps, paths or metadata). Thread-safe.
 */
public final class TelemetryCounts {
  private long batches;
  private final Map<String, Long> eventsByType = new TreeMap<>();

  /** Counts one accepted batch. */
  public synchronized void add(Map<String, Long> eventsByType) {
    batches++;
    eventsByType.forEach((type, n) -> this.eventsByType.merge(type, n, Long::sum));
  }

  /** Batches accepted so far. */
  public synchronized long batches() {
    return batches;
  }

  /** Events accepted so far, all types. */
  public synchronized long events() {
    return eventsByType.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Events accepted so far per {@code event_type}, in key order. */
  public synchronized Map<String, Long> eventsByType() {
    return Map.copyOf(eventsByType);
  }
}
