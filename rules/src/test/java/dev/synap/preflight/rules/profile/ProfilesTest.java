package dev.synap.preflight.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.model.SynapField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String s) throws IOException {
    return JSON.readTree(s);
  }

  @Test
  void bundledProfilesLoadInOrder() {
    assertThat(Profiles.bundled())
        .extracting(Profile::name)
        .containsExactly(
            "generic", "synap", "mem0", "zep", "letta", "supermemory", "langgraph", "chat-jsonl");
    assertThat(Profiles.bundled("mem1")).isEmpty();
  }

  @Test
  void genericMapsMigrationGuideFields() throws IOException {
    Profile generic = Profiles.resolve("generic");
    MappedRecord m =
        generic.map(
            json(
                "{\"id\":\"m1\",\"content\":\"hi\",\"document_type\":\"document\","
                    + "\"created_at\":\"2025-01-01T00:00:00Z\",\"user_id\":\"u\","
                    + "\"customer_id\":\"c\",\"metadata\":{\"a\":1},\"extra\":true}"));
    assertThat(m.document())
        .isEqualTo(
            new MemoryDocument(
                "m1", "hi", "document", "2025-01-01T00:00:00Z", "u", "c", null, json("{\"a\":1}")));
    assertThat(m.field(SynapField.DOCUMENT).sourceName()).isEqualTo("content");
    assertThat(m.field(SynapField.DOCUMENT_CREATED_AT).sourceName()).isEqualTo("created_at");
  }

  @Test
  void wrongTypesAreRenderedAsJsonTextAndMissingAsNull() throws IOException {
    MappedRecord m =
        Profiles.resolve("generic")
            .map(json("{\"id\":42,\"content\":[\"a\",\"b\"],\"user_id\":null,\"metadata\":\"x\"}"));
    assertThat(m.document().documentId()).isEqualTo("42");
    assertThat(m.document().document()).isEqualTo("[\"a\",\"b\"]");
    assertThat(m.document().userId()).isNull();
    assertThat(m.field(SynapField.USER_ID).isMissing()).isTrue();
    assertThat(m.field(SynapField.USER_ID).sourceName()).isEqualTo("user_id");
    assertThat(m.document().metadata().isTextual()).isTrue();
    assertThat(m.document().createdAt()).isNull();
  }

  @Test
  void fractionalNumberIdIsKeptAsWritten() throws IOException {
    MappedRecord m = Profiles.resolve("generic").map(json("{\"id\":1.5,\"content\":\"x\"}"));
    assertThat(m.document().documentId()).isEqualTo("1.5");
  }

  @Test
  void sniffPrefersTheBestFittingProfile() throws IOException {
    assertThat(Profiles.sniff(json("{\"document_id\":\"a\",\"document\":\"t\"}")).name())
        .isEqualTo("synap");
    assertThat(Profiles.sniff(json("{\"id\":\"a\",\"content\":\"t\"}")).name())
        .isEqualTo("generic");
    assertThat(Profiles.sniff(json("{\"user_id\":\"u\"}")).name()).isEqualTo("generic");
    assertThat(Profiles.sniff(json("{\"zzz\":1}")).name()).isEqualTo("generic");
  }

  @Test
  void profileFileIsValidatedAndErrorsNameTheKey(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("mine.yaml");
    Files.writeString(
        good,
        "name: mine\nfields:\n  document_id: [uuid, id]\n  document: text\n",
        StandardCharsets.UTF_8);
    Profile p = Profiles.resolve(good.toString());
    assertThat(p.map(json("{\"id\":\"b\",\"text\":\"t\"}")).document().documentId()).isEqualTo("b");

    Path badKey = dir.resolve("bad.yaml");
    Files.writeString(
        badKey, "name: x\nfields:\n  document: t\n  document_id: i\nfeilds: {}\n", UTF8);
    assertThatThrownBy(() -> Profiles.resolve(badKey.toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("profile bad.yaml: feilds: unknown key");

    Path badField = dir.resolve("bad2.yaml");
    Files.writeString(
        badField, "name: x\nfields:\n  document: t\n  document_id: i\n  body: b\n", UTF8);
    assertThatThrownBy(() -> Profiles.resolve(badField.toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("fields.body");

    Path noId = dir.resolve("bad3.yaml");
    Files.writeString(noId, "name: x\nfields:\n  document: t\n", UTF8);
    assertThatThrownBy(() -> Profiles.resolve(noId.toString()))
        .hasMessageContaining("profile bad3.yaml: fields.document_id: required");

    assertThatThrownBy(() -> Profiles.resolve("nope"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown profile 'nope'");
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}
