package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer to {@code GET /api/v1/auth/whoami}: the identity the API key stands for.
 *
 * @param clientId the client (developer account), {@code cli_<hex16>}
 * @param instanceId the instance, {@code inst_<hex16>}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Whoami(String clientId, String instanceId) {}
