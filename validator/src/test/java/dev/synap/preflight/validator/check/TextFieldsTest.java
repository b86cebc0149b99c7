package dev.synap.preflight.validator.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.validator.check.TextField.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextFieldsTest {
  @Test
  void topLevelStringsNameTheirSourceFieldsAndKinds() {
    MappedRecord r =
        FixtureRecords.map(
            FixtureRecords.parse(
                "{\"document_id\":\"d1\",\"document\":\"hello\",\"document_type\":\"email\","
                    + "\"document_created_at\":\"2024-01-01\",\"user_id\":\"u\","
                    + "\"customer_id\":\"c\",\"mode\":\"fast\"}"),
            Map.of("document", "content", "document_id", "id"));

    assertThat(TextFields.collect(r))
        .extracting(TextField::path, TextField::value, TextField::kind)
        .containsExactly(
            tuple("id", "d1", Kind.IDENTIFIER),
            tuple("content", "hello", Kind.CONTENT),
            tuple("document_type", "email", Kind.OTHER),
            tuple("document_created_at", "2024-01-01", Kind.OTHER),
            tuple("user_id", "u", Kind.IDENTIFIER),
            tuple("customer_id", "c", Kind.IDENTIFIER),
            tuple("mode", "fast", Kind.OTHER));
  }

  @Test
  void metadataKeysAndNestedValuesHavePaths() {
    MappedRecord r =
        FixtureRecords.map(
            "{\"document\":\"x\",\"metadata\":{\"topic\":\"t\",\"a\":{\"b\":\"v\"},"
                + "\"tags\":[\"x\",1,\"z\"],\"n\":null}}");

    assertThat(TextFields.collect(r))
        .filteredOn(t -> t.kind() == Kind.METADATA)
        .extracting(TextField::path, TextField::value)
        .containsExactly(
            tuple("metadata.{topic}", "topic"),
            tuple("metadata.topic", "t"),
            tuple("metadata.{a}", "a"),
            tuple("metadata.a.{b}", "b"),
            tuple("metadata.a.b", "v"),
            tuple("metadata.{tags}", "tags"),
            tuple("metadata.tags[0]", "x"),
            tuple("metadata.tags[2]", "z"),
            tuple("metadata.{n}", "n"));
  }

  @Test
  void oddKeysAreBracketedAndEscaped() {
    MappedRecord r =
        FixtureRecords.map(
            "{\"document\":\"x\",\"metadata\":{\"a.b\":\"1\",\"\":\"2\",\"k\\u0000\":\"3\"}}");

    assertThat(TextFields.collect(r))
        .filteredOn(t -> t.kind() == Kind.METADATA && !t.path().contains("{"))
        .extracting(TextField::path)
        .containsExactly("metadata[\"a.b\"]", "metadata[\"\"]", "metadata[\"k\\u0000\"]");
  }

  @Test
  void anObjectDocumentContributesItsStringsAsContent() {
    MappedRecord r =
        FixtureRecords.map(
            FixtureRecords.parse(
                "{\"document_id\":7,\"document\":{\"title\":\"T\",\"parts\":[\"p0\",{\"q\":\"Q\"}],"
                    + "\"n\":3}}"),
            Map.of("document", "content"));

    List<TextField> texts = TextFields.collect(r);

    assertThat(texts)
        .filteredOn(t -> t.kind() == Kind.CONTENT && !t.path().contains("{"))
        .extracting(TextField::path, TextField::value)
        .containsExactly(
            tuple("content.title", "T"),
            tuple("content.parts[0]", "p0"),
            tuple("content.parts[1].q", "Q"));
    assertThat(texts)
        .first()
        .extracting(TextField::path, TextField::value)
        .containsExactly("document_id", "7");
  }

  @Test
  void containersWhereStringsBelongAndNonStringsAreLeftOut() {
    MappedRecord r =
        FixtureRecords.map(
            "{\"document\":\"x\",\"user_id\":{\"nested\":\"s\"},\"customer_id\":[\"c\"],"
                + "\"mode\":null,\"metadata\":{\"n\":1,\"b\":true}}");

    assertThat(TextFields.collect(r))
        .extracting(TextField::path)
        .containsExactly("document", "metadata.{n}", "metadata.{b}");
  }

  @Test
  void factsAreComputedForEveryString() {
    MappedRecord r = FixtureRecords.map("{\"document\":\"Caf\\u00c3\\u00a9\\u0000\"}");

    TextFacts facts = TextFields.collect(r).get(0).facts();

    assertThat(facts.asciiOnly()).isFalse();
    assertThat(facts.hasControl()).isTrue();
    assertThat(facts.hasMojibakeCandidate()).isTrue();
    assertThat(facts.hasSurrogate()).isFalse();
  }

  @Test
  void deepNestingDoesNotOverflowTheStack() {
    String json =
        "{\"document\":\"x\",\"metadata\":" + "{\"a\":".repeat(900) + "\"deep\"" + "}".repeat(901);

    List<TextField> texts = TextFields.collect(FixtureRecords.map(json));

    assertThat(texts).last().extracting(TextField::path).asString().endsWith(".a.a");
    assertThat(texts).last().extracting(TextField::value).isEqualTo("deep");
  }
}
