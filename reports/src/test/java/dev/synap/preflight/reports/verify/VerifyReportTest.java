package dev.synap.preflight.reports.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.synap.preflight.reports.ReportFixtures;
import dev.synap.preflight.reports.VerifyReports;
import dev.synap.preflight.reports.json.ReportJson;
import dev.synap.preflight.reports.model.verify.VerifyReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VerifyReportTest {
  /** The page's schema, loaded once (draft 2020-12, formats asserted). */
  static final JsonSchema SCHEMA = loadSchema();

  private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");

  static JsonSchema loadSchema() {
    try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.VERIFY_SCHEMA_RESOURCE)) {
      assertThat(in).as("schema resource on the classpath").isNotNull();
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<VerifyReport> reports() {
    return Stream.of(VerifyFixtures.realistic(), VerifyFixtures.hostile(), VerifyFixtures.empty());
  }

  private static JsonNode tree(VerifyReport r) throws IOException {
    return ReportJson.mapper().readTree(VerifyReports.json(r));
  }

  private static String html(VerifyReport r) {
    return new String(VerifyReports.html(r), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("reports")
  void validatesAgainstTheSchema(VerifyReport report) throws IOException {
    Set<ValidationMessage> errors = SCHEMA.validate(tree(report));
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void roundTripsToAnEqualModel(VerifyReport report) throws IOException {
    VerifyReport back = ReportJson.readVerify(new ByteArrayInputStream(VerifyReports.json(report)));
    assertThat(back).isEqualTo(report);
  }

  @Test
  void theSchemaRejectsWhatTheContractForbids() throws IOException {
    ObjectNode extra = (ObjectNode) tree(VerifyFixtures.realistic());
    extra.put("surprise", 1);
    assertThat(SCHEMA.validate(extra)).isNotEmpty();
    ObjectNode badMethod = (ObjectNode) tree(VerifyFixtures.realistic());
    ((ObjectNode) badMethod.get("queries").get(0).get("items").get(0)).put("method", "guess");
    assertThat(SCHEMA.validate(badMethod)).isNotEmpty();
    ObjectNode nan = (ObjectNode) tree(VerifyFixtures.realistic());
    ((ObjectNode) nan.get("queries").get(0)).put("recall", "NaN");
    assertThat(SCHEMA.validate(nan)).isNotEmpty();
    ObjectNode negativeBuild = (ObjectNode) tree(VerifyFixtures.realistic());
    ((ObjectNode) negativeBuild.get("baseline")).put("buildMillis", -1);
    assertThat(SCHEMA.validate(negativeBuild)).isNotEmpty();
    ObjectNode noReplayTime = (ObjectNode) tree(VerifyFixtures.realistic());
    ((ObjectNode) noReplayTime.get("metrics")).remove("replayMillis");
    assertThat(SCHEMA.validate(noReplayTime)).isNotEmpty();
    ObjectNode noCoverage = (ObjectNode) tree(VerifyFixtures.realistic());
    noCoverage.remove("coverage");
    assertThat(SCHEMA.validate(noCoverage)).isNotEmpty();
  }

  @Test
  void htmlRunsNoScriptAndLocksEverythingDownWithItsCsp() {
    for (VerifyReport r : reports().toList()) {
      String html = html(r);
      assertThat(html.toLowerCase(java.util.Locale.ROOT))
          .doesNotContain("<script", "http-equiv=\"refresh");
      assertThat(html)
          .contains(
              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                  + " style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action"
                  + " 'none'\">");
      for (String tag : tags(html)) {
        assertThat(tag).doesNotContainPattern("\\son[a-z]+\\s*=");
        assertThat(tag).doesNotContain("src=\"http", "href=\"http", "href=\"//");
      }
    }
  }

  @Test
  void hostileStringsAreShownEscapedNeverRaw() {
    String html = html(VerifyFixtures.hostile());
    for (String hostile : ReportFixtures.HOSTILE) {
      if (hostile.matches(".*[<>\"'&].*")) {
        assertThat(html).doesNotContain(hostile);
      }
      assertThat(tags(html)).noneMatch(tag -> tag.contains(hostile));
    }
    assertThat(tags(html)).noneMatch(tag -> tag.startsWith("<img"));
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("&#39;&gt;&lt;img src=x onerror=alert(5)&gt;");
    assertThat(html).doesNotContain("\u0000", "\u001b", "\u202E");
    assertThat(html).contains("ctl\\u0000nul\\u001B[31m\\u202Egnp.exe");
    // Anchors come from positions, never from the hostile ids.
    assertThat(html).contains("id=\"q-1\"", "href=\"#q-1\"");
  }

  @Test
  void leaksAndErrorsAreHighlightedAndSideBySide() {
    String html = html(VerifyFixtures.realistic());
    assertThat(html).contains("<tr class=\"leak\">");
    assertThat(html).contains("scope leak</span>");
    assertThat(html).contains("<details id=\"q-1\" class=\"query leak\" open>");
    assertThat(html).contains("<details id=\"q-2\" class=\"query bad\" open>");
    assertThat(html).contains("Fetch failed: TransportException: GET timed out");
    assertThat(html).contains("BM25(k1=0.9, b=0.4), analyzer english, instance b2c");
    assertThat(html).contains("<span class=\"badge miss\">missing</span>");
    String clean = html(VerifyFixtures.empty());
    assertThat(clean).contains("Gate passed").doesNotContain("class=\"query");
  }

  @Test
  void markdownListsTheVerdictMetricsAndLeaks() {
    String md =
        new String(VerifyReports.markdown(VerifyFixtures.realistic()), StandardCharsets.UTF_8);
    assertThat(md).contains("❌ **Gate failed** (exit code 1)");
    assertThat(md).contains("| recall@3 | 0.500 | [0.500, 0.500] | 1 |");
    assertThat(md).contains("| s0001 | mem-9 | d9 | user u2 | user u1 | source-document-id |");
    assertThat(md)
        .contains(
            "8 of 10 documents loaded with a memory; 1 failed or made none; 0 with no known"
                + " outcome (untracked or still queued); 1 not");
    String hostile =
        new String(VerifyReports.markdown(VerifyFixtures.hostile()), StandardCharsets.UTF_8);
    assertThat(hostile).doesNotContain("<script>", "<img");
  }

  @Test
  void writesEveryFileIntoTheDirectory(@TempDir Path dir) throws IOException {
    VerifyReports.write(VerifyFixtures.realistic(), dir.resolve("out"));
    for (String f : VerifyReports.FILES) {
      assertThat(dir.resolve("out").resolve(f)).isNotEmptyFile();
    }
    assertThat(Files.readAllBytes(dir.resolve("out/report.json")))
        .isEqualTo(VerifyReports.json(VerifyFixtures.realistic()));
  }

  private static java.util.List<String> tags(String html) {
    java.util.List<String> out = new java.util.ArrayList<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
