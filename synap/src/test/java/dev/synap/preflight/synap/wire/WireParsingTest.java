package dev.synap.preflight.synap.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Responses: unknown fields ignored, lenient statuses and timestamps, both context envelopes. */
class WireParsingTest {

  private static <T> T read(String json, Class<T> type) throws IOException {
    return WireJson.readerFor(type).readValue(json);
  }

  @Test
  void createResponseIgnoresUnknownFieldsAndReadsZuluTime() throws IOException {
    CreateMemoryResponse r =
        read(
            "{\"ingestion_id\":\"0b6f\",\"document_id\":\"d1\",\"status\":\"queued\","
                + "\"queued_at\":\"2024-03-15T10:30:00Z\",\"brand_new_field\":{\"x\":1}}",
            CreateMemoryResponse.class);
    assertThat(r.ingestionId()).isEqualTo("0b6f");
    assertThat(r.status()).isEqualTo(IngestStatus.QUEUED);
    assertThat(r.queuedAt())
        .isEqualTo(OffsetDateTime.of(2024, 3, 15, 10, 30, 0, 0, ZoneOffset.UTC));
    assertThat(r.isFailed()).isFalse();
  }

  @Test
  void batchResponseKeepsResultOrderAndFailedItems() throws IOException {
    BatchCreateResponse r =
        read(
            "{\"batch_id\":\"b\",\"total\":2,\"succeeded\":1,\"failed\":1,\"results\":["
                + "{\"ingestion_id\":\"i1\",\"document_id\":\"d1\",\"status\":\"queued\"},"
                + "{\"ingestion_id\":\"i2\",\"document_id\":\"d2\",\"status\":\"failed\","
                + "\"error_message\":\"duplicate document_id\"}]}",
            BatchCreateResponse.class);
    assertThat(r.results())
        .extracting(CreateMemoryResponse::documentId)
        .containsExactly("d1", "d2");
    assertThat(r.results().get(1).isFailed()).isTrue();
    assertThat(r.results().get(1).errorMessage()).isEqualTo("duplicate document_id");
    assertThat(r.failed()).isEqualTo(1);
  }

  @Test
  void statusReadsNaiveTimesAsUtcAndDefaultsMissingLists() throws IOException {
    IngestionStatus s =
        read(
            "{\"ingestion_id\":\"i\",\"document_id\":\"d\",\"status\":\"completed\","
                + "\"queued_at\":\"2024-03-15T10:30:00\",\"completed_at\":\"not a date\","
                + "\"memories_created\":2}",
            IngestionStatus.class);
    assertThat(s.queuedAt())
        .isEqualTo(OffsetDateTime.of(2024, 3, 15, 10, 30, 0, 0, ZoneOffset.UTC));
    assertThat(s.completedAt()).isNull();
    assertThat(s.memoryIds()).isEmpty();
    assertThat(s.isTerminal()).isTrue();
  }

  @Test
  void statusSpellingsAreReadLeniently() {
    assertThat(IngestStatus.fromWire("partial_success")).isEqualTo(IngestStatus.PARTIAL_SUCCESS);
    assertThat(IngestStatus.fromWire("Partial-Success")).isEqualTo(IngestStatus.PARTIAL_SUCCESS);
    assertThat(IngestStatus.fromWire("done")).isEqualTo(IngestStatus.COMPLETED);
    assertThat(IngestStatus.fromWire("error")).isEqualTo(IngestStatus.FAILED);
    assertThat(IngestStatus.fromWire("accepted")).isEqualTo(IngestStatus.QUEUED);
    assertThat(IngestStatus.fromWire("banana")).isEqualTo(IngestStatus.UNKNOWN);
    assertThat(IngestStatus.UNKNOWN.isTerminal()).isFalse();
    assertThat(IngestStatus.PROCESSING.isTerminal()).isFalse();
  }

  @Test
  void contextReadsTheWrapperAndEveryItemShape() throws IOException {
    ContextResponse r =
        read(
            "{\"context\":{"
                + "\"facts\":[{\"id\":\"f1\",\"content\":\"likes tea\",\"confidence\":\"inferred\","
                + "\"source_evidence\":[\"e1\"],\"relevance_score\":0.9}],"
                + "\"preferences\":[{\"id\":\"p1\",\"content\":\"dark mode\",\"strength\":0.6}],"
                + "\"episodes\":[{\"id\":\"e1\",\"summary\":\"trip\",\"significance\":0.4}],"
                + "\"emotions\":[{\"id\":\"m1\",\"context\":\"was happy\",\"intensity\":0.8,"
                + "\"emotion_type\":\"joy\"}],"
                + "\"temporal_events\":[{\"id\":\"t1\",\"content\":\"moved\",\"event_date\":\"2024-01-01\"}]},"
                + "\"ttl_seconds\":300,\"new_top_level\":true}",
            ContextResponse.class);
    assertThat(r.items()).extracting(ContextItem::id).containsExactly("f1", "p1", "e1", "m1", "t1");
    assertThat(r.items())
        .extracting(ContextItem::text)
        .containsExactly("likes tea", "dark mode", "trip", "was happy", "moved");
    assertThat(r.items()).extracting(ContextItem::score).containsExactly(0.75, 0.6, 0.4, 0.8, null);
    assertThat(r.context().facts().get(0).sourceEvidence()).containsExactly("e1");
    assertThat(r.ttlSeconds()).isEqualTo(300);
  }

  @Test
  void contextFallsBackToTopLevelListsAndAcceptsAnEmptyContext() throws IOException {
    ContextResponse top =
        read(
            "{\"facts\":[{\"id\":\"f\",\"content\":\"c\",\"confidence\":1}]}",
            ContextResponse.class);
    assertThat(top.items()).extracting(ContextItem::id).containsExactly("f");
    ContextResponse empty = read("{\"context\":{}}", ContextResponse.class);
    assertThat(empty.items()).isEmpty();
    assertThat(empty.context().size()).isZero();
  }

  @Test
  void confidenceWordsAndNumbers() {
    assertThat(Confidence.ofWord("explicit")).isEqualTo(1.0);
    assertThat(Confidence.ofWord("assumed")).isEqualTo(0.5);
    assertThat(Confidence.ofWord("0.3")).isEqualTo(0.3);
    assertThat(Confidence.ofWord("high")).isNull();
  }

  @Test
  void memoryDeleteWhoamiAndHealth() throws IOException {
    Memory m =
        read(
            "{\"memory_id\":\"m\",\"memory_type\":\"fact\",\"content\":\"c\",\"confidence\":0.9,"
                + "\"source_document_id\":\"doc-7\",\"created_at\":\"2024-03-15T10:30:00+01:00\"}",
            Memory.class);
    assertThat(m.sourceDocumentId()).isEqualTo("doc-7");
    assertThat(m.createdAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(
            read(
                    "{\"memory_id\":\"m\",\"deleted_at\":\"2024-03-15T10:30:00Z\"}",
                    DeleteMemoryResponse.class)
                .memoryId())
        .isEqualTo("m");
    Whoami w = read("{\"client_id\":\"cli_1\",\"instance_id\":\"inst_2\"}", Whoami.class);
    assertThat(w).isEqualTo(new Whoami("cli_1", "inst_2"));
    assertThat(read("{\"status\":\"ok\",\"version\":\"1\"}", Health.class).isOk()).isTrue();
    assertThat(read("{\"status\":\"degraded\"}", Health.class).isOk()).isFalse();
  }

  @Test
  void timestampsRoundTripInTheSdkFormat() {
    OffsetDateTime t = OffsetDateTime.of(2024, 3, 15, 10, 30, 0, 500_000, ZoneOffset.ofHours(-5));
    assertThat(WireTimestamps.format(t)).isEqualTo("2024-03-15T10:30:00.000500-05:00");
    assertThat(WireTimestamps.parse(WireTimestamps.format(t))).isEqualTo(t);
    assertThat(WireTimestamps.parse("")).isNull();
  }
}
