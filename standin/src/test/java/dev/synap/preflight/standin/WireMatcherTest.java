package dev.synap.preflight.standin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The replay comparison itself must catch drift, or the wire test proves nothing. */
class WireMatcherTest {
  private final WireMatcher matcher = new WireMatcher();

  @Test
  void extraMissingAndWrongFieldsAreReported() {
    assertThat(matcher.compare(Api.parse("{\"a\":1}"), Api.parse("{\"a\":1,\"b\":2}")))
        .singleElement()
        .asString()
        .contains("keys");
    assertThat(matcher.compare(Api.parse("{\"a\":\"x\"}"), Api.parse("{\"a\":\"y\"}")))
        .singleElement()
        .asString()
        .contains("$.a");
    assertThat(matcher.compare(Api.parse("[1,2]"), Api.parse("[1]"))).hasSize(1);
    assertThat(matcher.compare(Api.parse("{\"t\":0.0}"), Api.parse("{\"t\":0}"))).isEmpty();
  }

  @Test
  void placeholdersCheckTheirKindAndCapture() {
    assertThat(matcher.compare(Api.parse("\"{{uuid}}\""), Api.parse("\"nope\""))).hasSize(1);
    assertThat(
            matcher.compare(Api.parse("\"{{iso}}\""), Api.parse("\"2024-03-15T10:30:00+00:00\"")))
        .isEmpty();
    String id = "6f1c5a0e-1b2c-4d3e-8f90-123456789abc";
    assertThat(matcher.compare(Api.parse("\"{{uuid:x}}\""), Api.parse("\"" + id + "\""))).isEmpty();
    assertThat(matcher.substitute("/status/{{x}}")).isEqualTo("/status/" + id);
    assertThat(matcher.compare(Api.parse("\"{{x}}\""), Api.parse("\"other\""))).hasSize(1);
  }
}
