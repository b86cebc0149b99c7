package dev.synap.preflight.loader.remote;

import dev.synap.preflight.loader.run.IngestException;
import dev.synap.preflight.loader.run.IngestService;
import dev.synap.preflight.loader.run.SendOutcome;
import dev.synap.preflight.loader.run.StatusResult;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.synap.CallListener;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.SynapClientBuilder;
import dev.synap.preflight.synap.error.ConflictException;
import dev.synap.preflight.synap.error.InvalidRequestException;
import dev.synap.preflight.synap.error.SynapException;
import dev.synap.preflight.synap.wire.BatchCreateResponse;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import dev.synap.preflight.synap.wire.CreateMemoryResponse;
import dev.synap.preflight.synap.wire.IngestionStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link IngestService} over {@link SynapClient}. A batch goes to {@code POST
 * /api/v1/memories/batch} with {@code fail_fast=false}; each failed result whose message says the
 * id was already ingested becomes a {@code DUPLICATE}. When the whole batch is refused with 400,
 * 422 or 409, its documents are sent one by one so that only the offending ones are rejected.
 */
public final class SynapIngestService implements IngestService {
  private final SynapClient client;
  private final RetryTracker retries;

  private SynapIngestService(SynapClient client, RetryTracker retries) {
    this.client = client;
    this.retries = retries;
  }

  /**
   * Builds the client with a listener that tells this adapter when a call was re-sent (so a
   * duplicate-id answer after a retry counts as this load's own), passing every retry on to {@code
   * listener} as well.
   */
  public static SynapIngestService build(SynapClientBuilder builder, CallListener listener) {
    RetryTracker tracker = new RetryTracker(listener);
    return new SynapIngestService(builder.listener(tracker).build(), tracker);
  }

  /** The client this adapter calls (for whoami/health checks before a run). */
  public SynapClient client() {
    return client;
  }

  @Override
  public List<SendOutcome> send(List<MemoryDocument> documents) throws IngestException {
    SendOutcome[] out = new SendOutcome[documents.size()];
    List<CreateMemoryRequest> requests = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      RequestMapper.Mapped m = RequestMapper.map(documents.get(i));
      if (m.request() == null) {
        out[i] = SendOutcome.rejected(documents.get(i).documentId(), "not sent: " + m.refusal());
      } else {
        requests.add(m.request());
        positions.add(i);
      }
    }
    if (!requests.isEmpty()) {
      List<SendOutcome> sent = sendBatch(requests);
      for (int k = 0; k < positions.size(); k++) {
        out[positions.get(k)] = sent.get(k);
      }
    }
    return Arrays.asList(out);
  }

  private List<SendOutcome> sendBatch(List<CreateMemoryRequest> requests) throws IngestException {
    BatchCreateResponse response;
    retries.begin();
    try {
      response = client.batchCreate(requests);
    } catch (InvalidRequestException | ConflictException e) {
      if (requests.size() == 1) {
        return List.of(refused(requests.get(0), e, retries.retried()));
      }
      return oneByOne(requests);
    } catch (SynapException e) {
      throw Failures.map(e);
    }
    if (response.results().size() != requests.size()) {
      throw new IngestException(
          IngestException.Kind.TRANSIENT,
          "batch answered "
              + response.results().size()
              + " results for "
              + requests.size()
              + " documents");
    }
    List<SendOutcome> out = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      out.add(outcome(requests.get(i).documentId(), response.results().get(i), retries.retried()));
    }
    return out;
  }

  private List<SendOutcome> oneByOne(List<CreateMemoryRequest> requests) throws IngestException {
    List<SendOutcome> out = new ArrayList<>();
    for (CreateMemoryRequest r : requests) {
      retries.begin();
      try {
        out.add(outcome(r.documentId(), client.create(r), retries.retried()));
      } catch (InvalidRequestException | ConflictException e) {
        out.add(refused(r, e, retries.retried()));
      } catch (SynapException e) {
        throw Failures.map(e);
      }
    }
    return out;
  }

  private static SendOutcome refused(CreateMemoryRequest r, SynapException e, boolean resent) {
    String message = e.serviceMessage() != null ? e.serviceMessage() : e.getMessage();
    return e instanceof ConflictException || Failures.isDuplicate(message)
        ? SendOutcome.duplicate(r.documentId(), null, message, resent)
        : SendOutcome.rejected(r.documentId(), message);
  }

  private static SendOutcome outcome(String sentId, CreateMemoryResponse r, boolean resent) {
    if (r.isFailed()) {
      String message = r.errorMessage() != null ? r.errorMessage() : "failed without a message";
      return Failures.isDuplicate(message)
          ? SendOutcome.duplicate(sentId, null, message, resent)
          : SendOutcome.rejected(sentId, message);
    }
    return SendOutcome.accepted(r.documentId(), r.ingestionId());
  }

  @Override
  public StatusResult status(String ingestionId) throws IngestException {
    try {
      IngestionStatus s = client.status(ingestionId);
      return new StatusResult(s.status().wire(), s.memoryIds(), s.errorMessage());
    } catch (SynapException e) {
      throw Failures.map(e);
    }
  }

  @Override
  public long requests() {
    return retries.attempts();
  }

  @Override
  public long rateLimited() {
    return retries.rateLimited();
  }

  @Override
  public void delete(String memoryId) throws IngestException {
    try {
      client.delete(memoryId);
    } catch (SynapException e) {
      throw Failures.map(e);
    }
  }
}
