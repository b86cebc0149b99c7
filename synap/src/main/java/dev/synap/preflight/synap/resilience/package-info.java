/**
 * Retry and rate limiting for Synap calls, built on resilience4j: exponential backoff with full
 * jitter, {@code Retry-After} honoured (seconds or HTTP-date), idempotency-aware retry predicates,
 * and a pacing rate limiter. Time is injected ({@link
 * dev.synap.preflight.synap.resilience.Sleeper}, {@link java.time.Clock}, a jitter source), so
 * tests never really wait.
 */
package dev.synap.preflight.synap.resilience;
