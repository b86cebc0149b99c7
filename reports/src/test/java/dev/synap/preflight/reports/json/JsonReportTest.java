package dev.synap.preflight.reports.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.synap.preflight.reports.ReportFixtures;
import dev.synap.preflight.reports.model.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonReportTest {

  private static final JsonSchema SCHEMA = loadSchema();

  private static JsonSchema loadSchema() {
    try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema resource on the classpath").isNotNull();
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<ValidationReport> reports() {
    return Stream.of(
        ReportFixtures.realistic(),
        ReportFixtures.hostile(),
        ReportFixtures.empty(),
        ReportFixtures.withFindings(50));
  }

  private static byte[] json(ValidationReport report) {
    return new JsonReportWriter().render(report);
  }

  private static JsonNode tree(ValidationReport report) throws IOException {
    return ReportJson.mapper().readTree(json(report));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void generatedReportsValidateAgainstTheSchema(ValidationReport report) throws IOException {
    Set<ValidationMessage> errors = SCHEMA.validate(tree(report));
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void roundTripsToAnEqualModel(ValidationReport report) throws IOException {
    ValidationReport back = ReportJson.read(new ByteArrayInputStream(json(report)));
    assertThat(back).isEqualTo(report);
  }

  @Test
  void hostileTextSurvivesExactlyIncludingLoneSurrogatesAndControls() throws IOException {
    ValidationReport hostile = ReportFixtures.hostile();
    byte[] bytes = json(hostile);
    String text = new String(bytes, StandardCharsets.UTF_8);
    // Lone surrogates cannot be UTF-8; Jackson must escape them rather than write '?'.
    assertThat(text).contains("\\uD83D surrogate").doesNotContain("?");
    assertThat(text).contains("\\u0000");
    assertThat(ReportJson.read(new ByteArrayInputStream(bytes)).findings())
        .isEqualTo(hostile.findings());
  }

  @Test
  void nullsAreWrittenExplicitlyAndNumbersAsNumbers() throws IOException {
    JsonNode root = tree(ReportFixtures.realistic());
    JsonNode first = root.get("findings").get(0);
    assertThat(first.has("documentId")).isTrue();
    assertThat(first.get("documentId").isNull()).isTrue();
    assertThat(first.get("field").isNull()).isTrue();
    assertThat(first.get("line").isIntegralNumber()).isTrue();
    assertThat(root.get("configuration").get("identityMap").isNull()).isTrue();
    assertThat(root.get("inputs").get(0).get("error").isNull()).isTrue();
    assertThat(root.get("configuration").get("limits").get("documentHardBytes").asLong())
        .isEqualTo(524_288L);
  }

  @Test
  void propertiesFollowRecordDeclarationOrder() throws IOException {
    JsonNode root = tree(ReportFixtures.realistic());
    assertThat(fieldNames(root)).containsExactlyElementsOf(componentNames(ValidationReport.class));
    assertThat(fieldNames(root.get("findings").get(0)))
        .containsExactly(
            "rule",
            "severity",
            "file",
            "line",
            "byteOffset",
            "documentId",
            "field",
            "message",
            "baseline");
    assertThat(fieldNames(root.get("rules").get(0)))
        .containsExactly(
            "rule",
            "severity",
            "description",
            "count",
            "errors",
            "warnings",
            "infos",
            "examples",
            "truncated");
  }

  @Test
  void mapsAreWrittenInKeyOrderWhateverTheCallerPassed() throws IOException {
    JsonNode severities = tree(ReportFixtures.realistic()).get("configuration").get("severities");
    List<String> keys = fieldNames(severities);
    assertThat(keys).hasSize(18).isSorted();
  }

  @Test
  void outputIsPrettyWithLfOnlyAndAFinalNewline() {
    String text = new String(json(ReportFixtures.realistic()), StandardCharsets.UTF_8);
    assertThat(text)
        .doesNotContain("\r")
        .endsWith("}\n")
        .contains("\n  \"schemaVersion\": \"1.1\"");
    assertThat(new String(json(ReportFixtures.empty()), StandardCharsets.UTF_8))
        .contains("\"findings\": []");
  }

  @Test
  void schemaRejectsWhatTheModelForbids() throws IOException {
    assertRejected(root -> ((ObjectNode) root.get("findings").get(0)).put("rule", "no-such-rule"));
    assertRejected(root -> ((ObjectNode) root.get("findings").get(0)).put("severity", "off"));
    assertRejected(root -> ((ObjectNode) root.get("rules").get(0)).put("severity", "fatal"));
    assertRejected(root -> ((ObjectNode) root.get("totals")).put("unexpected", 1));
    assertRejected(root -> ((ObjectNode) root).remove("gate"));
    assertRejected(root -> ((ObjectNode) root.get("findings").get(0)).put("line", -1));
    assertRejected(root -> ((ObjectNode) root.get("inputs").get(0)).put("sha256", "xyz"));
    assertRejected(root -> ((ObjectNode) root).put("generatedAt", "yesterday"));
    assertRejected(
        root -> ((ObjectNode) root.get("configuration").get("severities")).remove("mojibake"));
    assertRejected(
        root -> ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("rules")).remove(0));
  }

  @Test
  void schemaRuleEnumIsExactlyTheEighteenIdsInTableOrder() throws IOException {
    JsonNode schema;
    try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
      schema = ReportJson.mapper().readTree(in);
    }
    List<String> ids = new ArrayList<>();
    schema.get("$defs").get("ruleId").get("enum").forEach(n -> ids.add(n.asText()));
    assertThat(ids)
        .containsExactlyElementsOf(ReportFixtures.RULES.stream().map(r -> r[0]).toList());
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  private static void assertRejected(Consumer<JsonNode> breakIt) throws IOException {
    JsonNode root = tree(ReportFixtures.realistic());
    assertThat(SCHEMA.validate(root)).isEmpty();
    breakIt.accept(root);
    assertThat(SCHEMA.validate(root)).as("schema should reject %s", root).isNotEmpty();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> componentNames(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
