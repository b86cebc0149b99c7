package dev.synap.preflight.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.model.MemoryDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own profile in the full schema, and the errors a bad one gives. */
class ProfileSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String LEGACY =
      """
      name: legacy-crm
      description: notes of an in-house CRM
      documents:
        - source-type: note
          from: /notes/*
          vars:
            source: root:system
            id: note_id
          skip:
            - reason: deleted
              when: {deleted: {equals: true}}
          source-id: note_id
          fields:
            document_id: {template: "legacy_{source}_{id}"}
            document: [body, text]
            document_type: {constant: document}
            document_created_at:
              path: written
              timestamp: {zone: Europe/Lisbon, formats: ["dd/MM/yyyy HH:mm"]}
            user_id: {path: owner, lowercase: true, strip-prefix: "usr-"}
          metadata:
            merge: [extra]
            set:
              crm_system: {template: "{source}"}
      """;

  private static Profile write(Path dir, String name, String yaml) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    return Profiles.resolve(f.toString());
  }

  @Test
  void usersOwnProfileMapsWithTemplatesTransformsAndZone(@TempDir Path dir) throws IOException {
    Profile p = write(dir, "crm.yaml", LEGACY);
    JsonNode doc =
        JSON.readTree(
            "{\"system\":\"acme\",\"notes\":[{\"note_id\":7,\"body\":\"Call back\","
                + "\"written\":\"01/07/2025 09:30\",\"owner\":\"usr-ALICE\",\"extra\":{\"k\":1}},"
                + "{\"note_id\":8,\"deleted\":true,\"body\":\"x\"}]}");
    Mapping m = p.mapRecord(doc, "", null);
    assertThat(m.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo("deleted"));
    MemoryDocument d = m.documents().get(0).document();
    assertThat(d.documentId()).isEqualTo("legacy_acme_7");
    assertThat(d.userId()).isEqualTo("alice");
    assertThat(d.createdAt()).isEqualTo("2025-07-01T08:30:00Z");
    assertThat(d.metadata().toString())
        .isEqualTo(
            "{\"k\":1,\"source_type\":\"note\",\"source_id\":7,\"source_created_at\":"
                + "\"01/07/2025 09:30\",\"created_at_assumed_zone\":true,\"crm_system\":\"acme\"}");
  }

  @Test
  void splitRecordsMatchTheSamePatterns(@TempDir Path dir) throws IOException {
    Profile p = write(dir, "crm.yaml", LEGACY);
    JsonNode element = JSON.readTree("{\"note_id\":9,\"text\":\"hi\"}");
    Mapping m = p.mapRecord(element, "/notes/4", null);
    assertThat(m.documents()).hasSize(1);
    assertThat(m.documents().get(0).document().document()).isEqualTo("hi");
    assertThat(p.mapRecord(element, "/other/4", null).unmatched()).isTrue();
  }

  @Test
  void badProfilesNameTheKey(@TempDir Path dir) {
    assertBad(
        dir,
        LEGACY.replace("legacy_{source}_{id}", "legacy_{foo}"),
        "profile bad.yaml: documents[0].fields.document_id.template: unknown placeholder {foo}");
    assertBad(
        dir,
        LEGACY.replace("zone: Europe/Lisbon", "zone: Mars/Olympus"),
        "documents[0].fields.document_created_at.timestamp: zone: 'Mars/Olympus'");
    assertBad(
        dir,
        LEGACY.replace("from: /notes/*", "from: notes"),
        "documents[0].from: 'notes' is not a JSON pointer");
    assertBad(
        dir,
        LEGACY.replace("lowercase: true", "lowercase: yes please"),
        "documents[0].fields.user_id.lowercase: expected true or false");
    assertBad(
        dir,
        LEGACY.replace("equals: true", "equal: true"),
        "documents[0].skip[0].when.deleted.equal: unknown test");
    assertBad(
        dir, LEGACY.replace("    source-id: note_id\n", ""), "documents[0].source-id: required");
    assertBad(
        dir,
        LEGACY.replace("document: [body, text]", "document: [\"body[x\"]"),
        "documents[0].fields.document[0]: bad filter");
    assertBad(
        dir, LEGACY.replace("    fields:", "    feilds:"), "documents[0].feilds: unknown key");
    assertBad(
        dir,
        LEGACY.replace("{constant: document}", "{constant: document, path: x}"),
        "documents[0].fields.document_type: expected exactly one of path, first-of, template, constant");
  }

  private static void assertBad(Path dir, String yaml, String message) {
    assertThatThrownBy(() -> write(dir, "bad.yaml", yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(message);
  }

  @Test
  void everyBundledProfileLoadsAndDescribesWhatItReads() {
    for (Profile p : Profiles.bundled()) {
      assertThat(p.description()).as(p.name()).isNotBlank();
      assertThat(p.sourceTypes()).as(p.name()).isNotEmpty();
    }
  }
}
