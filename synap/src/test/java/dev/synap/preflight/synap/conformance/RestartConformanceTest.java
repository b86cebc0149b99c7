package dev.synap.preflight.synap.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synap.preflight.standin.StandinServer;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.error.ConflictException;
import dev.synap.preflight.synap.error.TransportException;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import dev.synap.preflight.synap.wire.IngestStatus;
import dev.synap.preflight.synap.wire.IngestionStatus;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a state directory the stand-in restarts with everything it acknowledged. */
class RestartConformanceTest {
  @TempDir Path state;

  @Test
  void statusMemoriesAndDuplicatesSurviveARestart() throws Exception {
    String ingestionId;
    List<String> memoryIds;
    URI before;
    try (StandinServer first = StandinServer.start(Standin.options().stateDir(state).build())) {
      SynapClient client = Standin.client(first);
      ingestionId =
          client.create(CreateMemoryRequest.of("kept", "Kept one. Kept two.")).ingestionId();
      Standin.awaitIdle(first);
      memoryIds = client.status(ingestionId).memoryIds();
      client.delete(memoryIds.get(1));
      before = first.baseUri();
    }
    List<java.time.Duration> waits = new java.util.ArrayList<>();
    SynapClient orphan = Standin.client(before, waits).build();
    TransportException down = catchThrowableOfType(TransportException.class, orphan::whoami);
    assertThat(down.getCause()).isInstanceOf(java.net.ConnectException.class);
    assertThat(waits).hasSize(3);
    try (StandinServer second = StandinServer.start(Standin.options().stateDir(state).build())) {
      SynapClient client = Standin.client(second);
      IngestionStatus status = client.status(ingestionId);
      assertThat(status.status()).isEqualTo(IngestStatus.COMPLETED);
      assertThat(status.memoryIds()).containsExactlyElementsOf(memoryIds);
      assertThat(client.get(memoryIds.get(0)).sourceDocumentId()).isEqualTo("kept");
      catchThrowableOfType(
          dev.synap.preflight.synap.error.NotFoundException.class,
          () -> client.get(memoryIds.get(1)));
      assertThat(
              catchThrowableOfType(
                  ConflictException.class,
                  () -> client.create(CreateMemoryRequest.of("kept", "Kept again."))))
          .isNotNull();
    }
  }
}
