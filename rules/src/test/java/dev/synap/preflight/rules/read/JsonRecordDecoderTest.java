package dev.synap.preflight.rules.read;

import static dev.synap.preflight.rules.read.SplitterHarness.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.config.Limits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonRecordDecoderTest {
  private final JsonRecordDecoder decoder = new JsonRecordDecoder(Limits.DEFAULTS);

  private DecodedRecord decode(String json) throws RecordSyntaxException {
    byte[] b = utf8(json);
    return decoder.decode(b, b.length);
  }

  private RecordSyntaxException failure(String json) {
    return catchThrowableOfType(RecordSyntaxException.class, () -> decode(json));
  }

  @Test
  void objectDecodes() throws Exception {
    DecodedRecord r =
        decode(
            "{\"id\":\"a\",\"n\":12,\"big\":123456789012345678901,\"f\":1.5,\"b\":true,\"z\":null,\"l\":[1,{\"x\":2}]}");
    assertThat(r.value().toString())
        .isEqualTo(
            "{\"id\":\"a\",\"n\":12,\"big\":123456789012345678901,\"f\":1.5,\"b\":true,\"z\":null,\"l\":[1,{\"x\":2}]}");
    assertThat(r.duplicateKeys()).isEmpty();
  }

  @Test
  void duplicateKeysAreReportedAsPathsAndTheLastValueWins() throws Exception {
    DecodedRecord r =
        decode(
            "{\"id\":1,\"metadata\":{\"topic\":\"a\",\"topic\":\"b\"},"
                + "\"messages\":[{\"role\":\"u\"},{},{\"role\":\"a\",\"role\":\"b\"}],\"id\":2}");
    assertThat(r.duplicateKeys()).containsExactly("metadata.topic", "messages[2].role", "id");
    assertThat(r.value().get("id").asInt()).isEqualTo(2);
    assertThat(r.value().at("/metadata/topic").asText()).isEqualTo("b");
    assertThat(r.value().at("/messages/2/role").asText()).isEqualTo("b");
  }

  @Test
  void duplicateInsideARootArray() throws Exception {
    assertThat(decode("[{\"a\":1,\"a\":null}]").duplicateKeys()).containsExactly("[0].a");
  }

  @Test
  void deepNestingIsASyntaxErrorNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    RecordSyntaxException e = failure(deep);
    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains("nesting depth")
        .contains("1000")
        .doesNotContain("StreamReadConstraints");
    assertThat(e.relativeOffset()).isBetween(1000L, 1001L);
  }

  @Test
  void hugeNumberIsASyntaxError() {
    RecordSyntaxException e = failure("{\"n\":" + "9".repeat(10_000) + "}");
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("Number value length").doesNotContain("`");
  }

  @Test
  void numberBeyondDoubleKeepsItsExactValue() throws Exception {
    assertThat(decode("{\"n\":1e999}").value().get("n").decimalValue())
        .isEqualByComparingTo("1e999");
  }

  @Test
  void exponentBeyondBigDecimalIsAClearSyntaxErrorAtTheNumber() {
    // found by ReaderFuzzTest#jsonRecord: BigDecimal's NumberFormatException used to surface as
    // "could not be parsed (NumberFormatException)" at offset 0
    RecordSyntaxException e = failure("{\"a\":1,\n\"m\":-1e8999789012345999}");
    assertThat(e.getMessage()).isEqualTo("number out of range: -1e8999789012345999");
    assertThat(e.relativeOffset()).isEqualTo(12); // the minus sign
    assertThat(e.relativeLine()).isEqualTo(1);
  }

  @Test
  void nanIsRejected() {
    RecordSyntaxException e = failure("{\"x\":NaN}");
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("NaN").doesNotContain("[Source").doesNotContain("`");
    assertThat(e.relativeOffset()).isBetween(5L, 8L);
  }

  @Test
  void twoValuesInOneRecordAreRejected() {
    RecordSyntaxException e = failure("{\"a\":1} {\"b\":2}");
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isEqualTo("more than one JSON value in the record");
    assertThat(e.relativeOffset()).isEqualTo(8);
    assertThat(failure("{} x")).isNotNull();
    assertThat(failure("{}}")).isNotNull();
  }

  @Test
  void syntaxErrorHasItsRelativeLineAndOffsetAndNoLocationNoise() {
    RecordSyntaxException e = failure("{\"a\": 1,\n  \"b\" 2}");
    assertThat(e).isNotNull();
    assertThat(e.relativeLine()).isEqualTo(1);
    assertThat(e.relativeOffset()).isEqualTo(15);
    assertThat(e.getMessage()).doesNotContain("[Source").doesNotContain("line:");
  }

  @Test
  void byteOrderMarkOrNulBytesAtTheStartOfARecordAreSyntaxErrors() {
    RecordSyntaxException bom = failure("\uFEFF{\"id\":\"a\"}");
    assertThat(bom.getMessage()).startsWith("a byte-order mark (EF BB BF) at the start");
    assertThat(bom.relativeOffset()).isZero();
    byte[] utf16 = "{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_16LE);
    RecordSyntaxException nul =
        catchThrowableOfType(
            RecordSyntaxException.class, () -> decoder.decode(utf16, utf16.length));
    assertThat(nul).hasMessageContaining("NUL byte at the start of the record");
    assertThat(nul.relativeOffset()).isEqualTo(1);
  }

  @Test
  void offsetPointsAtTheOffendingByteOrToken() {
    assertThat(failure("{\"a\":1,\u0000\"b\":2}").relativeOffset()).isEqualTo(7);
    assertThat(failure("{\"a\":1,\n \u0001\"b\":2}").relativeOffset()).isEqualTo(9);
    assertThat(failure("{\"x\":NaN}").relativeOffset()).isEqualTo(5);
    assertThat(failure("{\"x\": -Infinity}").relativeOffset()).isEqualTo(6);
    assertThat(failure("{\"x\":[1,\n Infinity]}").relativeOffset()).isEqualTo(10);
  }

  @Test
  void jacksonHintsAreRemovedWithoutBreakingParentheses() {
    assertThat(
            JsonRecordDecoder.clean(
                "Number value length (1001) exceeds the maximum allowed (1000, from"
                    + " `StreamReadConstraints.getMaxNumberLength()`)"))
        .isEqualTo("Number value length (1001) exceeds the maximum allowed (1000)");
    assertThat(
            JsonRecordDecoder.clean(
                "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to"
                    + " allow"))
        .isEqualTo("Non-standard token 'NaN' (JSON has no NaN or Infinity)");
    assertThat(JsonRecordDecoder.clean("Unexpected character (use `X` to allow) here"))
        .isEqualTo("Unexpected character here");
  }

  @Test
  void emptyAndTruncatedRecordsAreSyntaxErrors() {
    assertThat(failure("   ").getMessage()).isEqualTo("the record is empty");
    assertThat(failure("{\"a\": [1, 2")).isNotNull();
    assertThat(failure("{\"b\": \"x")).isNotNull();
  }

  @Test
  void nonObjectValuesDecodeForTheCallerToJudge() throws Exception {
    assertThat(decode("[1,2]").value().isArray()).isTrue();
    assertThat(decode("null").value().isNull()).isTrue();
    assertThat(decode(" \"text\" ").value().asText()).isEqualTo("text");
    assertThat(decode("42").value().asInt()).isEqualTo(42);
  }

  @Test
  void unescapedControlCharactersInsideStringsDecode() throws Exception {
    JsonNode v = decode("{\"t\":\"a\tb\u0000c\"}").value();
    assertThat(v.get("t").asText()).isEqualTo("a\tb\u0000c");
  }

  @Test
  void onlyTheGivenLengthIsRead() throws Exception {
    byte[] b = utf8("{\"a\":1}garbage");
    assertThat(decoder.decode(b, 7).value().toString()).isEqualTo("{\"a\":1}");
  }

  @Test
  void loneSurrogateEscapeDecodes() throws Exception {
    assertThat(decode("{\"t\":\"\\ud83d\"}").value().get("t").asText()).isEqualTo("\ud83d");
  }
}
