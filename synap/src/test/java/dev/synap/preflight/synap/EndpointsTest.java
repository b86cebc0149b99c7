package dev.synap.preflight.synap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.synap.FakeSynap.Reply;
import dev.synap.preflight.synap.FakeSynap.Seen;
import dev.synap.preflight.synap.wire.BatchCreateResponse;
import dev.synap.preflight.synap.wire.ClientContextRequest;
import dev.synap.preflight.synap.wire.ContextResponse;
import dev.synap.preflight.synap.wire.ConversationContextRequest;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import dev.synap.preflight.synap.wire.CreateMemoryResponse;
import dev.synap.preflight.synap.wire.CustomerContextRequest;
import dev.synap.preflight.synap.wire.DeleteMemoryResponse;
import dev.synap.preflight.synap.wire.IngestStatus;
import dev.synap.preflight.synap.wire.IngestionStatus;
import dev.synap.preflight.synap.wire.Memory;
import dev.synap.preflight.synap.wire.UserContextRequest;
import dev.synap.preflight.synap.wire.WireJson;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint: method, path, headers and body sent; the answer parsed. */
class EndpointsTest {
  private FakeSynap fake;
  private SynapClient client;

  @BeforeEach
  void start() throws IOException {
    fake = new FakeSynap();
    client = TestClients.client(fake);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void batchCreatePostsTheSdkBodyWithBearerAuthAndCorrelationId() throws IOException {
    fake.then(
        Reply.ok(
            "{\"batch_id\":\"b1\",\"total\":1,\"succeeded\":1,\"failed\":0,\"results\":"
                + "[{\"ingestion_id\":\"i1\",\"document_id\":\"d1\",\"status\":\"queued\","
                + "\"queued_at\":\"2024-03-15T10:30:00+00:00\"}]}"));
    CreateMemoryRequest doc = CreateMemoryRequest.of("d1", "hello");
    BatchCreateResponse r = client.batchCreate(List.of(doc));
    assertThat(r.results()).extracting(CreateMemoryResponse::ingestionId).containsExactly("i1");
    Seen seen = fake.last();
    assertThat(seen.method()).isEqualTo("POST");
    assertThat(seen.path()).isEqualTo("/api/v1/memories/batch");
    assertThat(seen.header("Authorization")).isEqualTo("Bearer " + TestClients.KEY);
    assertThat(seen.header("Content-Type")).isEqualTo("application/json");
    assertThat(seen.header("X-Correlation-ID")).matches("syn_prefli_\\d+_[0-9a-f]{6}");
    assertThat(seen.body())
        .isEqualTo(
            "{\"documents\":["
                + WireJson.writer().writeValueAsString(doc)
                + "],\"fail_fast\":false}");
  }

  @Test
  void createPostsOneDocument() {
    fake.then(
        Reply.ok("{\"ingestion_id\":\"i9\",\"document_id\":\"gen-1\",\"status\":\"queued\"}"));
    CreateMemoryResponse r = client.create(CreateMemoryRequest.of(null, "text"));
    assertThat(r.documentId()).isEqualTo("gen-1");
    assertThat(fake.last().path()).isEqualTo("/api/v1/memories/create");
    assertThat(fake.last().body()).startsWith("{\"document\":\"text\",");
  }

  @Test
  void statusGetAndDeleteUseEncodedIdsInThePath() {
    fake.then(
        Reply.ok(
            "{\"ingestion_id\":\"a/b\",\"document_id\":\"d\",\"status\":\"completed\","
                + "\"memories_created\":2,\"memory_ids\":[\"m1\",\"m2\"]}"),
        Reply.ok(
            "{\"memory_id\":\"m1\",\"memory_type\":\"fact\",\"content\":\"c\","
                + "\"source_document_id\":\"d\"}"),
        Reply.ok("{\"memory_id\":\"m1\",\"deleted_at\":\"2024-03-15T10:30:00Z\"}"));
    IngestionStatus s = client.status("a/b c");
    Memory m = client.get("m1");
    DeleteMemoryResponse d = client.delete("m1");
    assertThat(s.status()).isEqualTo(IngestStatus.COMPLETED);
    assertThat(s.memoryIds()).containsExactly("m1", "m2");
    assertThat(m.sourceDocumentId()).isEqualTo("d");
    assertThat(d.memoryId()).isEqualTo("m1");
    assertThat(fake.seen())
        .extracting(x -> x.method() + " " + x.path())
        .containsExactly(
            "GET /api/v1/memories/status/a%2Fb%20c",
            "GET /api/v1/memories/m1", "DELETE /api/v1/memories/m1");
    assertThat(fake.seen().get(0).header("Content-Type")).isNull();
  }

  @Test
  void deleteAcceptsAnEmptyAnswer() {
    fake.then(new Reply(204, java.util.Map.of(), "", 0, false));
    assertThat(client.delete("m1").memoryId()).isNull();
  }

  @Test
  void whoamiIsAuthenticatedAndHealthIsNot() {
    fake.then(
        Reply.ok("{\"client_id\":\"cli_00\",\"instance_id\":\"inst_0123456789abcdef\"}"),
        Reply.ok("{\"status\":\"ok\"}"));
    assertThat(client.whoami().instanceId()).isEqualTo("inst_0123456789abcdef");
    assertThat(client.health().isOk()).isTrue();
    assertThat(fake.seen().get(0).path()).isEqualTo("/api/v1/auth/whoami");
    assertThat(fake.seen().get(0).header("Authorization")).isNotNull();
    assertThat(fake.seen().get(1).path()).isEqualTo("/health");
    assertThat(fake.seen().get(1).header("Authorization")).isNull();
  }

  @Test
  void theFourFetchRoutes() {
    String answer = "{\"context\":{\"facts\":[{\"id\":\"f1\",\"content\":\"tea\"}]}}";
    fake.otherwise(Reply.ok(answer));
    ContextResponse u = client.fetchUser(UserContextRequest.of("u1", "c1", List.of("tea"), 10));
    client.fetchCustomer(CustomerContextRequest.of("c1", List.of("tea"), 10));
    client.fetchClient(ClientContextRequest.of(List.of("tea"), 10));
    client.fetchConversation(
        ConversationContextRequest.of("6f1c2a9e-1b7d-4c59-9f0e-2a3b4c5d6e7f", null, 10));
    assertThat(u.items()).hasSize(1);
    assertThat(fake.seen())
        .extracting(Seen::path)
        .containsExactly(
            "/v1/context/user/fetch",
            "/v1/context/customer/fetch",
            "/v1/context/client/fetch",
            "/v1/context/conversation/fetch");
    assertThat(fake.seen().get(0).body()).contains("\"user_id\":\"u1\"", "\"customer_id\":\"c1\"");
  }

  @Test
  void theMemoriesPrefixAndABasePathAreConfigurable() {
    SynapClient docs =
        TestClients.builder(fake, new RecordingSleeper())
            .baseUri(fake.baseUri().resolve("/synap/"))
            .memoriesPrefix("/v1/memories/")
            .build();
    fake.then(Reply.ok("{\"ingestion_id\":\"i\",\"document_id\":\"d\",\"status\":\"queued\"}"));
    docs.create(CreateMemoryRequest.of("d", "x"));
    docs.whoami();
    assertThat(fake.seen())
        .extracting(Seen::path)
        .containsExactly("/synap/v1/memories/create", "/synap/api/v1/auth/whoami");
  }
}
