/**
 * The Synap REST client: {@link dev.synap.preflight.synap.SynapClient} (built with {@link
 * dev.synap.preflight.synap.SynapClient#builder()}) and the secret it authenticates with, {@link
 * dev.synap.preflight.synap.ApiKey}.
 *
 * <p>One JDK {@link java.net.http.HttpClient} per client, a connect timeout and a timeout on every
 * request, retries and pacing from {@code dev.synap.preflight.synap.resilience}, failures as the
 * typed exceptions of {@code dev.synap.preflight.synap.error}. The key is sent only in the {@code
 * Authorization} header: it is never logged, never part of an exception message, and redacted from
 * any service text the client quotes.
 */
package dev.synap.preflight.synap;
