package dev.synap.preflight.loader.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.synap.preflight.rules.contract.SynapTimestamp;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.synap.wire.WireJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loader's requests are the contract's documents, serialized by the one wire serializer. */
class RequestMapperTest {
  private static MemoryDocument doc(String createdAt, String type, JsonNode metadata) {
    return new MemoryDocument("d1", "text", type, createdAt, "u1", null, null, metadata);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-05-01T10:30:00Z",
        "2024-05-01",
        "2024-05-01 10:30:00 UTC",
        "2024-05-01T10:30:00+05",
        "2024-05-01T10:30:00.123456789-07:30",
        "2024-05-01 10:30:00.5"
      })
  void theTimestampSentIsTheOneTheValidatorAnnounces(String text) throws Exception {
    RequestMapper.Mapped m = RequestMapper.map(doc(text, null, null));
    JsonNode sent = WireJson.mapper().readTree(WireJson.writer().writeValueAsBytes(m.request()));
    assertThat(sent.get("document_created_at").asText())
        .isEqualTo(SynapTimestamp.normalize(text).wire());
  }

  @Test
  void everyKeyIsSentWithTheDefaultsAndARefusalSaysWhy() throws Exception {
    String json =
        WireJson.writer().writeValueAsString(RequestMapper.map(doc(null, null, null)).request());
    assertThat(json)
        .isEqualTo(
            "{\"document\":\"text\",\"document_type\":\"ai-chat-conversation\","
                + "\"document_id\":\"d1\",\"document_created_at\":null,\"user_id\":\"u1\","
                + "\"customer_id\":null,\"mode\":\"long-range\",\"metadata\":{}}");
    RequestMapper.Mapped refused =
        RequestMapper.map(doc("2024-02-30", "note", JsonNodeFactory.instance.arrayNode()));
    assertThat(refused.request()).isNull();
    assertThat(refused.refusal())
        .isEqualTo(
            "document_type: \"note\" is a document_type Synap lists as coming soon: the SDK"
                + " rejects it client-side (accepted: ai-chat-conversation, document, email,"
                + " pdf, image, audio, meeting-transcript); document_created_at: \"2024-02-30\""
                + " is an impossible timestamp: February 2024 has 29 days, not 30; metadata:"
                + " must be an object");
  }
}
