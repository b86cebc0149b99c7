package dev.synap.preflight.standin.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.synap.preflight.standin.Faults;
import dev.synap.preflight.standin.LeakRecord;
import dev.synap.preflight.standin.RequestCounts;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.store.Store;
import dev.synap.preflight.standin.telemetry.TelemetryBatch;
import dev.synap.preflight.standin.telemetry.TelemetryCounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes every request: {@code GET /health} without a key; everything else needs the bearer key,
 * passes the fault gate, then reaches the memory, identity, context or telemetry routes. Unknown
 * paths are 404, wrong methods 405, all with the service's error body. The key is never logged or
 * echoed.
 */
@SuppressForbidden(reason = "jdk.httpserver is an exported JDK module; no server dependency")
public final class Router implements HttpHandler {
  private static final Pattern FETCH =
      Pattern.compile("/v1/context/(user|customer|client|conversation)/fetch");

  private final byte[] key;
  private final String prefix;
  private final FaultGate gate;
  private final MemoryRoutes memories;
  private final ContextRoutes context;
  private final ObjectNode whoami;
  private final TelemetryCounts telemetry;
  private final RequestCounts requests;

  public Router(
      StandinOptions options,
      Store store,
      Faults faults,
      Consumer<LeakRecord> leaks,
      TelemetryCounts telemetry,
      RequestCounts requests) {
    this.telemetry = telemetry;
    this.requests = requests;
    this.key = options.apiKey().getBytes(StandardCharsets.UTF_8);
    this.prefix = options.memoriesPrefix();
    this.gate = new FaultGate(faults, options.clock(), options.seed());
    this.memories = new MemoryRoutes(store, faults, gate, options.clock());
    this.context = new ContextRoutes(store, gate, options.exposeSourceDocument(), leaks);
    this.whoami = identity(options.seed());
  }

  private static ObjectNode identity(long seed) {
    HexFormat hex = HexFormat.of();
    ObjectNode out = Json.object();
    out.put("client_id", "cli_" + hex.toHexDigits(seed * 0x9E3779B97F4A7C15L + 1));
    out.put("instance_id", "inst_" + hex.toHexDigits(seed * 0xC2B2AE3D27D4EB4FL + 2));
    return out;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    HttpCall call = new HttpCall(exchange);
    try {
      JsonNode answer = dispatch(call);
      gate.delayAnswer();
      call.respond(200, answer);
    } catch (ApiException e) {
      call.respondError(e);
    } catch (ResetSignal e) {
      // close without a response: the client sees the connection drop
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | IOException e) {
      call.respondError(
          new ApiException(500, "internal stand-in error: " + e.getClass().getSimpleName()));
    } finally {
      exchange.close();
    }
  }

  private JsonNode dispatch(HttpCall call) throws IOException, InterruptedException {
    String path = call.path();
    if ("/health".equals(path)) {
      requireMethod(call, "GET");
      ObjectNode ok = Json.object();
      ok.put("status", "ok");
      return ok;
    }
    authenticate(call);
    count(call, path);
    gate.before(call);
    if ("/api/v1/auth/whoami".equals(path)) {
      requireMethod(call, "GET");
      return whoami.deepCopy();
    }
    Matcher fetch = FETCH.matcher(path);
    if (fetch.matches()) {
      requireMethod(call, "POST");
      return context.fetch(fetch.group(1), call.jsonBody(), call.correlationId());
    }
    if ("/v1/telemetry/batch".equals(path)) {
      requireMethod(call, "POST");
      return telemetry(call.jsonBody());
    }
    if (path.startsWith(prefix + "/") && path.length() > prefix.length() + 1) {
      return memoryRoute(call, path.substring(prefix.length() + 1));
    }
    throw new ApiException(404, "no route for " + call.method() + " " + path);
  }

  private void count(HttpCall call, String path) {
    if (!path.startsWith(prefix + "/")) {
      requests.add(path.startsWith("/v1/context/") ? "fetch" : "other", 1);
      return;
    }
    String rest = path.substring(prefix.length() + 1);
    if ("batch".equals(rest)) {
      requests.add(RequestCounts.BATCH, 1);
    } else if ("create".equals(rest)) {
      requests.add("create", 1);
    } else if (rest.startsWith("status/")) {
      requests.add(RequestCounts.STATUS, 1);
    } else {
      requests.add("DELETE".equals(call.method()) ? RequestCounts.DELETE : "get", 1);
    }
  }

  private JsonNode memoryRoute(HttpCall call, String rest) throws IOException {
    switch (rest) {
      case "create" -> {
        requireMethod(call, "POST");
        return memories.create(call.jsonBody());
      }
      case "batch" -> {
        requireMethod(call, "POST");
        JsonNode body = call.jsonBody();
        JsonNode docs = body.path("documents");
        requests.add(RequestCounts.BATCH_DOCUMENTS, docs.isArray() ? docs.size() : 0);
        return memories.batch(body);
      }
      default -> {
        // fall through to the id routes
      }
    }
    if (rest.startsWith("status/") && rest.indexOf('/', 7) < 0 && rest.length() > 7) {
      requireMethod(call, "GET");
      return memories.status(rest.substring(7));
    }
    if (rest.indexOf('/') >= 0) {
      throw new ApiException(404, "no route for " + call.method() + " " + call.path());
    }
    requireMethod(call, "GET", "DELETE");
    return "GET".equals(call.method()) ? memories.get(rest) : memories.delete(rest);
  }

  /** Counts a valid SDK telemetry batch (422 naming the field otherwise); keeps nothing else. */
  private JsonNode telemetry(JsonNode body) {
    Map<String, Long> counts;
    try {
      counts = TelemetryBatch.count(body);
    } catch (IllegalArgumentException e) {
      throw new ApiException(422, e.getMessage());
    }
    telemetry.add(counts);
    ObjectNode out = Json.object();
    out.put("status", "accepted");
    out.put("events", counts.values().stream().mapToLong(Long::longValue).sum());
    return out;
  }

  private void authenticate(HttpCall call) {
    String header = call.header("Authorization");
    boolean ok = false;
    if (header != null
        && header.length() > 7
        && header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
      ok = MessageDigest.isEqual(given, key);
    }
    if (!ok) {
      call.header("WWW-Authenticate", "Bearer");
      throw new ApiException(
          401,
          header == null ? "missing API key (Authorization: Bearer <key>)" : "invalid API key",
          Map.of());
    }
  }

  private static void requireMethod(HttpCall call, String... allowed) {
    if (!Set.of(allowed).contains(call.method())) {
      call.header("Allow", String.join(", ", allowed));
      throw new ApiException(405, "method " + call.method() + " not allowed on " + call.path());
    }
  }
}
