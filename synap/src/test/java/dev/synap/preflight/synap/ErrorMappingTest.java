package dev.synap.preflight.synap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synap.preflight.synap.FakeSynap.Reply;
import dev.synap.preflight.synap.error.ConflictException;
import dev.synap.preflight.synap.error.InsufficientCreditsException;
import dev.synap.preflight.synap.error.InvalidRequestException;
import dev.synap.preflight.synap.error.NotFoundException;
import dev.synap.preflight.synap.error.RateLimitedException;
import dev.synap.preflight.synap.error.ServerErrorException;
import dev.synap.preflight.synap.error.SynapException;
import dev.synap.preflight.synap.error.UnauthorizedException;
import dev.synap.preflight.synap.error.UnexpectedResponseException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each error status becomes its typed exception with status, service message and correlation id.
 */
class ErrorMappingTest {
  private FakeSynap fake;
  private SynapClient client;

  @BeforeEach
  void start() throws IOException {
    fake = new FakeSynap();
    client = TestClients.builder(fake, new RecordingSleeper()).maxAttempts(1).build();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, InvalidRequestException.class, false),
        Arguments.of(422, InvalidRequestException.class, false),
        Arguments.of(401, UnauthorizedException.class, false),
        Arguments.of(403, UnauthorizedException.class, false),
        Arguments.of(402, InsufficientCreditsException.class, false),
        Arguments.of(404, NotFoundException.class, false),
        Arguments.of(409, ConflictException.class, false),
        Arguments.of(429, RateLimitedException.class, true),
        Arguments.of(500, ServerErrorException.class, true),
        Arguments.of(503, ServerErrorException.class, true),
        Arguments.of(418, UnexpectedResponseException.class, false),
        Arguments.of(302, UnexpectedResponseException.class, false));
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @MethodSource("statuses")
  void statusMapsToItsException(
      int status, Class<? extends SynapException> type, boolean transientError) {
    fake.then(
        Reply.json(
                status,
                "{\"detail\":\"went wrong\",\"error\":\"Went wrong\",\"code\":\"SOME_CODE\"}")
            .withHeader("X-Correlation-Id", "corr-" + status));
    SynapException e = catchThrowableOfType(SynapException.class, () -> client.status("i1"));
    assertThat(e).isInstanceOf(type);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.serviceMessage()).isEqualTo("went wrong");
    assertThat(e.code()).isEqualTo("SOME_CODE");
    assertThat(e.correlationId()).isEqualTo("corr-" + status);
    assertThat(e.operation()).isEqualTo("GET /api/v1/memories/status/i1");
    assertThat(e.isTransient()).isEqualTo(transientError);
    assertThat(e.getMessage())
        .isEqualTo(
            "GET /api/v1/memories/status/i1: HTTP "
                + status
                + ": went wrong [SOME_CODE] (correlation id corr-"
                + status
                + ")");
  }

  @Test
  void detailObjectAsTheSdkReadsIt() {
    fake.then(
        Reply.json(
            409, "{\"detail\":{\"code\":\"transcript_conflict\",\"message\":\"different text\"}}"));
    SynapException e = catchThrowableOfType(SynapException.class, () -> client.get("m"));
    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.serviceMessage()).isEqualTo("different text");
    assertThat(e.code()).isEqualTo("transcript_conflict");
  }

  @Test
  void docShapeWithoutDetailAndARawBody() {
    fake.then(
        Reply.json(400, "{\"error\":\"document is required\",\"code\":\"INVALID_INPUT\"}"),
        new Reply(502, Map.of(), "<html>Bad gateway</html>\n", 0, false));
    SynapException doc = catchThrowableOfType(SynapException.class, () -> client.get("m"));
    assertThat(doc.serviceMessage()).isEqualTo("document is required");
    assertThat(doc.code()).isEqualTo("INVALID_INPUT");
    SynapException raw = catchThrowableOfType(SynapException.class, () -> client.get("m"));
    assertThat(raw.serviceMessage()).isEqualTo("<html>Bad gateway</html>");
    assertThat(raw.code()).isNull();
  }

  @Test
  void withoutAResponseHeaderTheCorrelationIdIsFromTheBodyElseTheOneSent() {
    fake.then(
        Reply.json(404, "{\"detail\":\"no such id\",\"correlation_id\":\"from-body\"}"),
        Reply.json(404, "{\"detail\":\"no such id\"}"));
    SynapException body = catchThrowableOfType(SynapException.class, () -> client.get("m"));
    assertThat(body.correlationId()).isEqualTo("from-body");
    SynapException sent = catchThrowableOfType(SynapException.class, () -> client.get("m"));
    assertThat(sent.correlationId()).isEqualTo(fake.last().header("X-Correlation-ID"));
  }

  @Test
  void rateLimitedCarriesRetryAfter() {
    fake.then(Reply.json(429, "{\"detail\":\"slow down\"}").withHeader("Retry-After", "12"));
    RateLimitedException e =
        catchThrowableOfType(RateLimitedException.class, () -> client.get("m"));
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void aSuccessWithAnUnreadableBodyIsAnUnexpectedResponse() {
    fake.then(Reply.ok("not json"), Reply.ok(""), Reply.ok("null"));
    for (int i = 0; i < 3; i++) {
      UnexpectedResponseException e =
          catchThrowableOfType(UnexpectedResponseException.class, () -> client.get("m"));
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.serviceMessage()).startsWith("unreadable response");
    }
  }
}
