package dev.synap.preflight.synap.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.standin.StandinServer;
import dev.synap.preflight.synap.ApiKey;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.error.InvalidRequestException;
import dev.synap.preflight.synap.error.NotFoundException;
import dev.synap.preflight.synap.error.UnauthorizedException;
import dev.synap.preflight.synap.wire.BatchCreateResponse;
import dev.synap.preflight.synap.wire.ClientContextRequest;
import dev.synap.preflight.synap.wire.ContextItem;
import dev.synap.preflight.synap.wire.ContextResponse;
import dev.synap.preflight.synap.wire.ConversationContextRequest;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import dev.synap.preflight.synap.wire.CreateMemoryResponse;
import dev.synap.preflight.synap.wire.CustomerContextRequest;
import dev.synap.preflight.synap.wire.IngestStatus;
import dev.synap.preflight.synap.wire.IngestionStatus;
import dev.synap.preflight.synap.wire.Memory;
import dev.synap.preflight.synap.wire.UserContextRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint of the client against the stand-in, with no fault switched on. */
class EndpointConformanceTest {
  private StandinServer server;
  private SynapClient client;

  @BeforeEach
  void start() throws Exception {
    server = Standin.start();
    client = Standin.client(server);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private static CreateMemoryRequest doc(String id, String text, String user, String customer) {
    return new CreateMemoryRequest(
        text,
        "document",
        id,
        OffsetDateTime.of(2024, 3, 15, 10, 30, 0, 0, ZoneOffset.UTC),
        user,
        customer,
        "fast",
        null);
  }

  @Test
  void healthAndWhoami() {
    assertThat(client.health().isOk()).isTrue();
    assertThat(client.whoami().instanceId()).matches("inst_[0-9a-f]{16}");
    assertThat(client.whoami().clientId()).startsWith("cli_");
  }

  @Test
  void theIngestionChainFromBatchToMemoryAndDelete() throws Exception {
    BatchCreateResponse batch =
        client.batchCreate(
            List.of(
                doc("d1", "Alice drinks green tea. Alice lives in Lyon.", "alice", null),
                doc("d2", "Bob plays chess.", "bob", null)));
    assertThat(batch.total()).isEqualTo(2);
    assertThat(batch.succeeded()).isEqualTo(2);
    assertThat(batch.results())
        .extracting(CreateMemoryResponse::documentId)
        .containsExactly("d1", "d2");
    assertThat(batch.results())
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(IngestStatus.QUEUED));
    Standin.awaitIdle(server);
    IngestionStatus status = client.status(batch.results().get(0).ingestionId());
    assertThat(status.status()).isEqualTo(IngestStatus.COMPLETED);
    assertThat(status.documentId()).isEqualTo("d1");
    assertThat(status.memoryIds()).hasSize(status.memoriesCreated()).isNotEmpty();
    assertThat(status.completedAt()).isNotNull();
    Memory memory = client.get(status.memoryIds().get(0));
    assertThat(memory.sourceDocumentId()).isEqualTo("d1");
    assertThat(memory.content()).isNotBlank();
    assertThat(client.delete(memory.memoryId()).deletedAt()).isNotNull();
    NotFoundException gone =
        catchThrowableOfType(NotFoundException.class, () -> client.get(memory.memoryId()));
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.serviceMessage()).contains(memory.memoryId());
  }

  @Test
  void createWithAndWithoutADocumentId() throws Exception {
    CreateMemoryResponse given = client.create(doc("mine", "Carol likes jazz.", "carol", null));
    CreateMemoryResponse made = client.create(CreateMemoryRequest.of(null, "Shared fact."));
    assertThat(given.documentId()).isEqualTo("mine");
    assertThat(made.documentId()).isNotBlank();
    assertThat(made.ingestionId()).isNotEqualTo(given.ingestionId());
    Standin.awaitIdle(server);
    assertThat(client.status(made.ingestionId()).isTerminal()).isTrue();
  }

  @Test
  void theFourFetchRoutesReturnWhatTheScopeMaySee() throws Exception {
    try (StandinServer b2b =
        StandinServer.start(Standin.options().instance(Instance.B2B).build())) {
      SynapClient c = Standin.client(b2b);
      c.batchCreate(
          List.of(
              doc("u", "Alice drinks green tea.", "alice", "acme"),
              doc("c", "Acme buys green tea in bulk.", null, "acme"),
              doc("k", "Green tea is served at every office.", null, null)));
      Standin.awaitIdle(b2b);
      List<String> tea = List.of("green tea");
      ContextResponse user = c.fetchUser(UserContextRequest.of("alice", "acme", tea, 10));
      ContextResponse customer = c.fetchCustomer(CustomerContextRequest.of("acme", tea, 10));
      ContextResponse clientScope = c.fetchClient(ClientContextRequest.of(tea, 10));
      ContextResponse conversation =
          c.fetchConversation(
              ConversationContextRequest.of("6f1c2a9e-1b7d-4c59-9f0e-2a3b4c5d6e7f", tea, 10));
      assertThat(texts(user))
          .containsExactlyInAnyOrder(
              "Alice drinks green tea.",
              "Acme buys green tea in bulk.",
              "Green tea is served at every office.");
      assertThat(texts(customer))
          .containsExactlyInAnyOrder(
              "Acme buys green tea in bulk.", "Green tea is served at every office.");
      assertThat(texts(clientScope)).containsExactly("Green tea is served at every office.");
      assertThat(clientScope.ttlSeconds()).isEqualTo(1800);
      assertThat(user.ttlSeconds()).isEqualTo(300);
      assertThat(texts(conversation)).doesNotContain("Alice drinks green tea.");
    }
  }

  @Test
  void aB2bUserWithoutCustomerIsRefused() throws Exception {
    try (StandinServer b2b =
        StandinServer.start(Standin.options().instance(Instance.B2B).build())) {
      SynapClient c = Standin.client(b2b);
      InvalidRequestException e =
          catchThrowableOfType(
              InvalidRequestException.class,
              () -> c.create(doc("x", "Orphan user.", "alice", null)));
      assertThat(e.status()).isEqualTo(400);
    }
  }

  @Test
  void aWrongKeyIsUnauthorizedAndInvalidInputIsAnInvalidRequest() {
    SynapClient stranger =
        Standin.client(server, new java.util.ArrayList<>())
            .apiKey(ApiKey.of("synap_wrong"))
            .build();
    UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, stranger::whoami);
    assertThat(e.status()).isEqualTo(401);
    assertThat(e.serviceMessage()).isEqualTo("invalid API key");
    assertThat(e.correlationId()).startsWith("syn_prefli_");
    assertThat(e.getMessage()).doesNotContain("synap_wrong");
    InvalidRequestException bad =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> client.fetchConversation(ConversationContextRequest.of("not-a-uuid", null, 10)));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.serviceMessage()).contains("not a UUID");
    InvalidRequestException tooMany =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> client.fetchClient(ClientContextRequest.of(null, 51)));
    assertThat(tooMany.status()).isIn(400, 422);
    NotFoundException unknown =
        catchThrowableOfType(NotFoundException.class, () -> client.status("no-such-ingestion"));
    assertThat(unknown.serviceMessage()).contains("no-such-ingestion");
  }

  @Test
  void theDocsPrefixWorksWhenBothSidesUseIt() throws Exception {
    try (StandinServer docs =
        StandinServer.start(Standin.options().memoriesPrefix("/v1/memories").build())) {
      SynapClient c =
          Standin.client(docs, new java.util.ArrayList<>()).memoriesPrefix("/v1/memories").build();
      assertThat(c.create(doc("p", "Prefixed.", null, null)).documentId()).isEqualTo("p");
      NotFoundException wrongPrefix =
          catchThrowableOfType(
              NotFoundException.class,
              () -> Standin.client(docs).create(doc("q", "x", null, null)));
      assertThat(wrongPrefix.serviceMessage()).contains("no route");
    }
  }

  private static List<String> texts(ContextResponse response) {
    return response.items().stream().map(ContextItem::text).toList();
  }
}
