package dev.synap.preflight.synap.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synap.preflight.standin.DuplicatePolicy;
import dev.synap.preflight.standin.StandinServer;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.error.ConflictException;
import dev.synap.preflight.synap.wire.BatchCreateResponse;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import dev.synap.preflight.synap.wire.CreateMemoryResponse;
import dev.synap.preflight.synap.wire.IngestStatus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three readings of a re-submitted document_id, as the client reports them. */
class DuplicatePolicyConformanceTest {
  private StandinServer server;
  private SynapClient client;

  @BeforeEach
  void start() throws Exception {
    server = Standin.start();
    client = Standin.client(server);
    client.create(CreateMemoryRequest.of("dup", "The first version."));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void conflictIs409ForACreateAndAFailedItemInABatch() {
    server.faults().duplicatePolicy(DuplicatePolicy.CONFLICT);
    ConflictException e =
        catchThrowableOfType(
            ConflictException.class,
            () -> client.create(CreateMemoryRequest.of("dup", "A second version.")));
    assertThat(e.status()).isEqualTo(409);
    assertThat(e.isTransient()).isFalse();
    BatchCreateResponse batch =
        client.batchCreate(
            List.of(
                CreateMemoryRequest.of("new", "Fresh."), CreateMemoryRequest.of("dup", "Again.")));
    assertThat(batch.failed()).isEqualTo(1);
    assertThat(batch.results().get(0).isFailed()).isFalse();
    assertThat(batch.results().get(1).isFailed()).isTrue();
    assertThat(batch.results().get(1).documentId()).isEqualTo("dup");
    assertThat(batch.results().get(1).errorMessage()).isNotBlank();
    assertThat(batch.results().get(1).ingestionId()).isNotBlank();
  }

  @Test
  void upsertAcceptsTheSecondVersion() throws Exception {
    server.faults().duplicatePolicy(DuplicatePolicy.UPSERT);
    CreateMemoryResponse again =
        client.create(CreateMemoryRequest.of("dup", "The second version."));
    assertThat(again.status()).isEqualTo(IngestStatus.QUEUED);
    assertThat(again.documentId()).isEqualTo("dup");
    Standin.awaitIdle(server);
    List<String> ids = client.status(again.ingestionId()).memoryIds();
    assertThat(ids).isNotEmpty();
    assertThat(client.get(ids.get(0)).content()).isEqualTo("The second version.");
  }

  @Test
  void itemFailedAnswers200WithAFailedResult() {
    server.faults().duplicatePolicy(DuplicatePolicy.ITEM_FAILED);
    CreateMemoryResponse r = client.create(CreateMemoryRequest.of("dup", "A second version."));
    assertThat(r.isFailed()).isTrue();
    assertThat(r.errorMessage()).isNotBlank();
    BatchCreateResponse batch =
        client.batchCreate(List.of(CreateMemoryRequest.of("dup", "Again.")));
    assertThat(batch.results()).singleElement().satisfies(x -> assertThat(x.isFailed()).isTrue());
  }
}
