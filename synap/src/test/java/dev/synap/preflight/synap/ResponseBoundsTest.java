package dev.synap.preflight.synap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synap.preflight.synap.FakeSynap.Reply;
import dev.synap.preflight.synap.error.ResponseOutOfContractException;
import dev.synap.preflight.synap.error.UnexpectedResponseException;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import dev.synap.preflight.synap.wire.UserContextRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers out of contract are that call's error, never a crash or an unbounded read: bodies over
 * the cap (by Content-Length or chunked), more items than max_results, batch answers that reuse an
 * ingestion id or name another document; and non-JSON, deeply nested, wrongly typed bodies stay
 * {@link UnexpectedResponseException}. None of them is retried.
 */
class ResponseBoundsTest {
  private FakeSynap fake;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeSynap();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private SynapClient client(long cap) {
    return TestClients.builder(fake, new RecordingSleeper()).maxResponseBytes(cap).build();
  }

  private static String items(int n) {
    StringBuilder b = new StringBuilder("{\"context\": {\"facts\": [");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"id\": \"m")
          .append(i)
          .append("\", \"content\": \"x\"}");
    }
    return b.append("]}}").toString();
  }

  private static UserContextRequest fetch(int max) {
    return UserContextRequest.of("u1", null, List.of("q"), max);
  }

  @Test
  void theDefaultCapIsFourMebibytes() {
    assertThat(SynapClientBuilder.DEFAULT_MAX_RESPONSE_BYTES).isEqualTo(4L * 1024 * 1024);
    assertThatThrownBy(() -> SynapClient.builder().maxResponseBytes(10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBodyOverTheCapIsRefusedByItsLengthOrCutWhenChunked() {
    String big = items(200); // about 7 KB
    fake.then(Reply.ok(big), Reply.chunked(big), Reply.ok(items(3)));
    SynapClient c = client(2048);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> c.fetchUser(fetch(10)))
          .isInstanceOf(ResponseOutOfContractException.class)
          .hasMessageContaining("over the client's limit of 2,048 bytes")
          .hasMessageContaining("HTTP 200");
    }
    assertThat(c.fetchUser(fetch(10)).items()).hasSize(3);
    assertThat(fake.seen()).hasSize(3); // never retried
  }

  @Test
  void moreItemsThanMaxResultsIsThatCallsError() {
    fake.then(Reply.ok(items(11)), Reply.ok(items(10)));
    SynapClient c = client(SynapClientBuilder.DEFAULT_MAX_RESPONSE_BYTES);
    assertThatThrownBy(() -> c.fetchUser(fetch(10)))
        .isInstanceOf(ResponseOutOfContractException.class)
        .hasMessageContaining("holds 11 items, more than the max_results of 10");
    assertThat(c.fetchUser(fetch(10)).items()).hasSize(10);
  }

  @Test
  void nonJsonDeeplyNestedAndWronglyTypedAnswersAreUnexpectedResponses() {
    String nested = "{\"context\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    fake.then(
        Reply.ok("<html>gateway</html>"),
        Reply.ok(nested),
        Reply.ok("{\"context\": {\"facts\": \"not a list\"}}"),
        Reply.ok("[1, 2, 3]"));
    SynapClient c = client(SynapClientBuilder.DEFAULT_MAX_RESPONSE_BYTES);
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> c.fetchUser(fetch(10)))
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("unreadable response");
    }
  }

  private static List<CreateMemoryRequest> docs(int n) {
    List<CreateMemoryRequest> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new CreateMemoryRequest("text " + i, null, "d" + i, null, "u1", null, null, null));
    }
    return out;
  }

  private static String batch(String... idPairs) {
    StringBuilder b = new StringBuilder("{\"batch_id\": \"b\", \"results\": [");
    for (int i = 0; i < idPairs.length; i += 2) {
      b.append(i == 0 ? "" : ",")
          .append("{\"ingestion_id\": \"")
          .append(idPairs[i])
          .append("\", \"document_id\": \"")
          .append(idPairs[i + 1])
          .append("\", \"status\": \"queued\"}");
    }
    return b.append("]}").toString();
  }

  @Test
  void aBatchAnswerReusingAnIngestionIdOrNamingAnotherDocumentIsFlagged() {
    fake.then(
        Reply.ok(batch("ing-1", "d0", "ing-1", "d1", "ing-1", "d2")),
        Reply.ok(batch("ing-1", "d0", "ing-2", "d2", "ing-3", "d1")),
        Reply.ok(batch("ing-1", "d0", "ing-2", "d1", "ing-3", "d2")));
    SynapClient c = client(SynapClientBuilder.DEFAULT_MAX_RESPONSE_BYTES);
    assertThatThrownBy(() -> c.batchCreate(docs(3)))
        .isInstanceOf(ResponseOutOfContractException.class)
        .hasMessageContaining("results 0 and 1 carry the same ingestion_id ing-1");
    assertThatThrownBy(() -> c.batchCreate(docs(3)))
        .isInstanceOf(ResponseOutOfContractException.class)
        .hasMessageContaining("result 1 names document_id d2, not d1");
    assertThat(c.batchCreate(docs(3)).results()).hasSize(3);
  }
}
