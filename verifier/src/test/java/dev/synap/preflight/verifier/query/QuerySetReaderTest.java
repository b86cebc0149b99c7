package dev.synap.preflight.verifier.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synap.preflight.verifier.scope.QueryScope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuerySetReaderTest {
  @TempDir Path dir;

  private Path file(String... lines) throws Exception {
    Path f = dir.resolve("queries.jsonl");
    Files.write(f, List.of(lines), StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void readsScopesFromIdsAndExpectedDocuments() throws Exception {
    List<VerifyQuery> qs =
        QuerySetReader.read(
            file(
                "{\"id\": \"a\", \"query\": \"refund\", \"user_id\": \"u1\", \"customer_id\": \"acme\","
                    + " \"expected_document_ids\": [\"d1\", 7]}",
                "",
                "{\"query\": \"travel\", \"customer_id\": \"acme\", \"document_id\": \"d3\"}",
                "{\"query\": \"hours\"}",
                "{\"query\": \"hours\", \"scope\": \"client\"}"));
    assertThat(qs).hasSize(4);
    assertThat(qs.get(0).scope()).isEqualTo(QueryScope.user("u1", "acme"));
    assertThat(qs.get(0).expectedDocumentIds()).containsExactly("d1", "7");
    assertThat(qs.get(1).id()).isEqualTo("q3");
    assertThat(qs.get(1).scope()).isEqualTo(QueryScope.customer("acme"));
    assertThat(qs.get(1).knownItem()).isTrue();
    assertThat(qs.get(2).scope()).isEqualTo(QueryScope.client());
    assertThat(qs.get(2).knownItem()).isFalse();
    assertThat(qs.get(3).id()).isEqualTo("q5");
  }

  @Test
  void errorsNameFileLineAndField() throws Exception {
    Path f = file("{\"query\": \"ok\"}", "{\"query\": \"x\", \"user\": \"u1\"}");
    assertThatThrownBy(() -> QuerySetReader.read(f))
        .isInstanceOf(QuerySetException.class)
        .hasMessageStartingWith(f + ":2: user: unknown field");
  }

  @Test
  void everyKindOfBadLineIsReported() throws Exception {
    assertThatThrownBy(() -> QuerySetReader.read(file("{\"query\": ")))
        .hasMessageContaining(":1: not valid JSON");
    assertThatThrownBy(() -> QuerySetReader.read(file("[1]")))
        .hasMessageContaining(":1: expected a JSON object");
    assertThatThrownBy(() -> QuerySetReader.read(file("{\"query\": \"  \"}")))
        .hasMessageContaining(":1: query: required");
    assertThatThrownBy(() -> QuerySetReader.read(file("{\"query\": 5}")))
        .hasMessageContaining(":1: query: expected a string, found number");
    assertThatThrownBy(
            () -> QuerySetReader.read(file("{\"query\": \"a\", \"scope\": \"customer\"}")))
        .hasMessageContaining(":1: scope: a customer scope needs a customer id");
    assertThatThrownBy(() -> QuerySetReader.read(file("{\"query\": \"a\", \"scope\": \"world\"}")))
        .hasMessageContaining(":1: scope: 'world' is not user");
    assertThatThrownBy(
            () ->
                QuerySetReader.read(file("{\"query\": \"a\", \"expected_document_ids\": \"d1\"}")))
        .hasMessageContaining(":1: expected_document_ids: expected an array");
    assertThatThrownBy(
            () ->
                QuerySetReader.read(
                    file("{\"id\": \"x\", \"query\": \"a\"}", "{\"id\": \"x\", \"query\": \"b\"}")))
        .hasMessageContaining(":2: id: 'x' is used by an earlier query");
    assertThatThrownBy(() -> QuerySetReader.read(file("", " "))).hasMessageContaining("no queries");
  }

  @Test
  void labelsAndTagsAreReadOnceEachAndUnknownLabelsNameTheirLine() throws Exception {
    Path f =
        file(
            "{\"query\": \"a\", \"expected_document_ids\": [\"d1\", \"d2\", \"d1\"],"
                + " \"tags\": [\"temporal\", \"multi-hop\", \"temporal\"]}",
            "",
            "{\"query\": \"b\", \"expected_document_ids\": [\"d3\", \"d9\"]}");
    List<VerifyQuery> qs = QuerySetReader.read(f);
    assertThat(qs.get(0).expectedDocumentIds()).containsExactly("d1", "d2");
    assertThat(qs.get(0).tags()).containsExactly("temporal", "multi-hop");
    assertThat(qs.get(0).origin()).isEqualTo(f + ":1");
    assertThat(qs.get(1).tags()).isEmpty();
    QuerySetReader.requireKnownDocuments(qs.subList(0, 1), id -> id.startsWith("d"));
    assertThatThrownBy(() -> QuerySetReader.requireKnownDocuments(qs, id -> !id.equals("d9")))
        .isInstanceOf(QuerySetException.class)
        .hasMessageStartingWith(f + ":3: expected_document_ids: 'd9' is not a document");
    assertThatThrownBy(() -> QuerySetReader.read(file("{\"query\": \"a\", \"tags\": \"x\"}")))
        .hasMessageContaining(":1: tags: expected an array");
    assertThatThrownBy(() -> QuerySetReader.read(file("{\"query\": \"a\", \"tags\": [3]}")))
        .hasMessageContaining(":1: tags: each tag is a non-empty string");
  }

  @Test
  void invalidUtf8IsAnError() throws Exception {
    Path f = dir.resolve("bad.jsonl");
    Files.write(f, new byte[] {'{', '"', 'q', (byte) 0xC3, '"', '}'});
    assertThatThrownBy(() -> QuerySetReader.read(f)).hasMessageContaining("not UTF-8");
  }
}
