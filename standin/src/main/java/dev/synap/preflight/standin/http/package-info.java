/**
 * The stand-in's HTTP face on the JDK's {@code com.sun.net.httpserver}: routing of the wire paths
 * of synap-api.md, bearer-key authentication, request validation with the service's status codes
 * (400/401/404/409/422/429/5xx) and error body {@code {"detail", "error", "code", "details"}}, the
 * JSON shapes of every response, and the fault gate (latency, rate limit, resets, errors).
 */
package dev.synap.preflight.standin.http;
