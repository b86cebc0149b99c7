package dev.synap.preflight.synap;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.synap.preflight.synap.error.Failure;
import dev.synap.preflight.synap.error.ResponseOutOfContractException;
import dev.synap.preflight.synap.error.SynapException;
import dev.synap.preflight.synap.error.UnexpectedResponseException;
import dev.synap.preflight.synap.wire.BatchCreateRequest;
import dev.synap.preflight.synap.wire.BatchCreateResponse;
import dev.synap.preflight.synap.wire.ClientContextRequest;
import dev.synap.preflight.synap.wire.ContextResponse;
import dev.synap.preflight.synap.wire.ConversationContextRequest;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import dev.synap.preflight.synap.wire.CreateMemoryResponse;
import dev.synap.preflight.synap.wire.CustomerContextRequest;
import dev.synap.preflight.synap.wire.DeleteMemoryResponse;
import dev.synap.preflight.synap.wire.Health;
import dev.synap.preflight.synap.wire.IngestionStatus;
import dev.synap.preflight.synap.wire.Memory;
import dev.synap.preflight.synap.wire.UserContextRequest;
import dev.synap.preflight.synap.wire.Whoami;
import dev.synap.preflight.synap.wire.WireJson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;

/**
 * The Synap REST client. Thread-safe; share one per run. Every method either returns the parsed
 * answer or throws a {@link SynapException} subclass (after the retries the call allowed).
 *
 * <p>Writes ({@link #create}, {@link #batchCreate}) are retried on 5xx and I/O errors only when
 * every document carries a {@code document_id}; 429 is retried for every call.
 */
public final class SynapClient {
  private final Transport transport;
  private final String memories;
  private final ErrorMapper errors;

  SynapClient(Transport transport, String memoriesPrefix, Clock clock) {
    this.transport = transport;
    this.memories = memoriesPrefix;
    this.errors = new ErrorMapper(transport.key(), clock);
  }

  /** A builder; {@code baseUri} and {@code apiKey} are required. */
  public static SynapClientBuilder builder() {
    return new SynapClientBuilder();
  }

  /**
   * {@code POST <memories>/batch} with {@code fail_fast=false}: invalid documents come back as
   * failed results, index-aligned with {@code documents}.
   *
   * @param documents 1 to 100 documents
   * @throws IllegalArgumentException for an empty or oversized batch
   * @throws ResponseOutOfContractException when two results carry the same ingestion id, or a
   *     result names a {@code document_id} other than the one sent at its index: then no result of
   *     the answer can be trusted, and none may be taken as accepted
   */
  public BatchCreateResponse batchCreate(List<CreateMemoryRequest> documents) {
    BatchCreateRequest batch = new BatchCreateRequest(documents, false);
    Call call = Call.post(memories + "/batch", json(batch), batch.isIdempotent());
    BatchCreateResponse response = exchange(call, BatchCreateResponse.class);
    String misfit = BatchAnswerCheck.misfit(documents, response);
    if (misfit != null) {
      throw new ResponseOutOfContractException(
          new Failure(
              call.operation(),
              200,
              transport.key().redact("batch answer out of contract: " + misfit),
              null,
              null),
          null);
    }
    return response;
  }

  /** {@code POST <memories>/create}: one document. */
  public CreateMemoryResponse create(CreateMemoryRequest document) {
    Call call = Call.post(memories + "/create", json(document), document.isIdempotent());
    return exchange(call, CreateMemoryResponse.class);
  }

  /** {@code GET <memories>/status/{ingestionId}}. */
  public IngestionStatus status(String ingestionId) {
    return exchange(
        Call.get(memories + "/status/" + PathSegment.encode(ingestionId)), IngestionStatus.class);
  }

  /** {@code GET <memories>/{memoryId}}. */
  public Memory get(String memoryId) {
    return exchange(Call.get(memories + "/" + PathSegment.encode(memoryId)), Memory.class);
  }

  /**
   * {@code DELETE <memories>/{memoryId}}. Retried like a read: if a first attempt deleted the
   * memory but its answer was lost, the retry reports {@code NotFoundException}.
   */
  public DeleteMemoryResponse delete(String memoryId) {
    return exchange(
        Call.delete(memories + "/" + PathSegment.encode(memoryId)), DeleteMemoryResponse.class);
  }

  /** {@code GET /api/v1/auth/whoami}: the client and instance the key belongs to. */
  public Whoami whoami() {
    return exchange(Call.get("/api/v1/auth/whoami"), Whoami.class);
  }

  /** {@code GET /health}, sent without the key. */
  public Health health() {
    return exchange(new Call("GET", "/health", null, true, false), Health.class);
  }

  /** {@code POST /v1/context/user/fetch}. */
  public ContextResponse fetchUser(UserContextRequest request) {
    return fetch("user", request, request.maxResults());
  }

  /** {@code POST /v1/context/customer/fetch}. */
  public ContextResponse fetchCustomer(CustomerContextRequest request) {
    return fetch("customer", request, request.maxResults());
  }

  /** {@code POST /v1/context/client/fetch}. */
  public ContextResponse fetchClient(ClientContextRequest request) {
    return fetch("client", request, request.maxResults());
  }

  /** {@code POST /v1/context/conversation/fetch}. */
  public ContextResponse fetchConversation(ConversationContextRequest request) {
    return fetch("conversation", request, request.maxResults());
  }

  /**
   * A fetch whose answer holds more items than {@code maxResults} asked for is out of contract:
   * {@link ResponseOutOfContractException} (the body itself is bounded by the transport's cap).
   */
  private ContextResponse fetch(String scope, Object request, int maxResults) {
    Call call = Call.post("/v1/context/" + scope + "/fetch", json(request), true);
    ContextResponse response = exchange(call, ContextResponse.class);
    int items = response.context().size();
    if (items > maxResults) {
      throw new ResponseOutOfContractException(
          new Failure(
              call.operation(),
              200,
              "the answer holds "
                  + items
                  + " items, more than the max_results of "
                  + maxResults
                  + " asked for",
              null,
              null),
          null);
    }
    return response;
  }

  private <T> T exchange(Call call, Class<T> type) {
    Transport.Outcome outcome = transport.send(call);
    HttpResponse<byte[]> response = outcome.response();
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw errors.map(call.operation(), response, outcome.correlationId());
    }
    byte[] body = response.body();
    try {
      if (body == null || body.length == 0 || isBlank(body)) {
        if (type == DeleteMemoryResponse.class || type == Health.class) {
          return WireJson.readerFor(type).readValue("{}");
        }
        throw new IOException("the response body is empty");
      }
      T value = WireJson.readerFor(type).readValue(body);
      if (value == null) {
        throw new IOException("the response body is JSON null");
      }
      return value;
    } catch (IOException e) {
      String why =
          e instanceof JsonProcessingException
              ? ((JsonProcessingException) e).getOriginalMessage()
              : e.getMessage();
      String correlationId =
          response
              .headers()
              .firstValue(ErrorMapper.CORRELATION_HEADER)
              .orElse(outcome.correlationId());
      Failure failure =
          new Failure(
              call.operation(),
              status,
              transport.key().redact("unreadable response: " + why),
              null,
              correlationId);
      throw new UnexpectedResponseException(failure, e);
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static byte[] json(Object body) {
    try {
      return WireJson.writer().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot serialise the request: " + e.getOriginalMessage(), e);
    }
  }
}
