package dev.synap.preflight.synap.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request bodies byte for byte as the SDK sends them (golden files from synap-api.md §2, §4). */
class WireSerializationTest {

  @Test
  void minimalCreateHasAllEightKeysWithNullsAndDefaults() throws IOException {
    CreateMemoryRequest r = CreateMemoryRequest.of(null, "User: hi\nAssistant: hello");
    assertThat(json(r)).isEqualTo(golden("create-minimal.json"));
  }

  @Test
  void fullCreateWritesEveryFieldAndAnOffsetTimestamp() throws IOException {
    ObjectNode meta = JsonNodeFactory.instance.objectNode().put("source", "mem0").put("n", 3);
    CreateMemoryRequest r =
        new CreateMemoryRequest(
            "Café notes",
            "document",
            "doc-1",
            OffsetDateTime.of(2024, 3, 15, 10, 30, 0, 0, ZoneOffset.UTC),
            "user_alice",
            "cust_acme",
            "fast",
            meta);
    assertThat(json(r)).isEqualTo(golden("create-full.json"));
  }

  @Test
  void batchWrapsDocumentsWithFailFastFalseAndKeepsMicroseconds() throws IOException {
    CreateMemoryRequest first =
        new CreateMemoryRequest(
            "a",
            null,
            "d1",
            OffsetDateTime.of(2024, 3, 15, 12, 30, 0, 123_456_789, ZoneOffset.ofHours(2)),
            null,
            null,
            null,
            null);
    CreateMemoryRequest second =
        new CreateMemoryRequest("b", null, "d2", null, "u", null, null, null);
    assertThat(json(new BatchCreateRequest(List.of(first, second), false)))
        .isEqualTo(golden("batch.json"));
  }

  @Test
  void userFetchSendsIdsAsNullAndOmitsDefaultExtras() throws IOException {
    assertThat(json(UserContextRequest.of("user_alice", null, List.of("coffee"), 10)))
        .isEqualTo(golden("fetch-user.json"));
  }

  @Test
  void userFetchSendsExtrasOnlyWhenNotDefault() throws IOException {
    UserContextRequest r =
        new UserContextRequest(
            "user_alice",
            "cust_acme",
            null,
            null,
            5,
            List.of("facts", "preferences"),
            "accurate",
            "medium",
            false);
    assertThat(json(r)).isEqualTo(golden("fetch-user-extras.json"));
    UserContextRequest defaults =
        new UserContextRequest("u", null, null, null, 10, null, null, "high", true);
    assertThat(json(defaults)).doesNotContain("precision_level", "include_conversation_context");
  }

  @Test
  void customerClientAndConversationBodies() throws IOException {
    assertThat(json(CustomerContextRequest.of("cust_acme", List.of("q1", "q2"), 10)))
        .isEqualTo(golden("fetch-customer.json"));
    assertThat(json(ClientContextRequest.of(null, 20))).isEqualTo(golden("fetch-client.json"));
    String conversation = "6f1c2a9e-1b7d-4c59-9f0e-2a3b4c5d6e7f";
    assertThat(json(ConversationContextRequest.of(conversation, List.of("x"), 10)))
        .isEqualTo(golden("fetch-conversation.json"));
    ConversationContextRequest withIds =
        new ConversationContextRequest(conversation, "u1", "c1", null, 10, null, null, null, null);
    assertThat(json(withIds)).isEqualTo(golden("fetch-conversation-ids.json"));
  }

  @Test
  void createRejectsNonObjectMetadataAndBatchRejectsBadSizes() {
    JsonNode array = JsonNodeFactory.instance.arrayNode();
    assertThatThrownBy(
            () -> new CreateMemoryRequest("x", null, null, null, null, null, null, array))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadata");
    assertThatThrownBy(() -> new BatchCreateRequest(List.of(), false))
        .hasMessageContaining("1 to 100");
    List<CreateMemoryRequest> many =
        java.util.Collections.nCopies(101, CreateMemoryRequest.of("d", "x"));
    assertThatThrownBy(() -> new BatchCreateRequest(many, false)).hasMessageContaining("101");
  }

  @Test
  void idempotencyNeedsANonBlankIdOnEveryDocument() {
    CreateMemoryRequest withId = CreateMemoryRequest.of("d1", "x");
    CreateMemoryRequest blankId = CreateMemoryRequest.of("  ", "x");
    CreateMemoryRequest noId = CreateMemoryRequest.of(null, "x");
    assertThat(withId.isIdempotent()).isTrue();
    assertThat(blankId.isIdempotent()).isFalse();
    assertThat(new BatchCreateRequest(List.of(withId, withId), false).isIdempotent()).isTrue();
    assertThat(new BatchCreateRequest(List.of(withId, noId), false).isIdempotent()).isFalse();
  }

  private static String json(Object value) throws IOException {
    return WireJson.writer().writeValueAsString(value);
  }

  static String golden(String name) throws IOException {
    try (InputStream in = WireSerializationTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}
