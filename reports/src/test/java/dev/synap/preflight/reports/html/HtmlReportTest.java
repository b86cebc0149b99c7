package dev.synap.preflight.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synap.preflight.reports.ReportFixtures;
import dev.synap.preflight.reports.model.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\s([a-zA-Z:-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");
  private static final Pattern CSP =
      Pattern.compile(
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
              + " 'unsafe-inline'; img-src data:; script-src 'sha256-([A-Za-z0-9+/=]{44})';"
              + " base-uri 'none'; form-action 'none'\">");

  private static String html(ValidationReport report) {
    return new String(new HtmlReportWriter().render(report), StandardCharsets.UTF_8);
  }

  @Test
  void hasExactlyOneInlineScriptAndTheCspPinsItsHash() {
    for (ValidationReport report :
        List.of(ReportFixtures.realistic(), ReportFixtures.hostile(), ReportFixtures.empty())) {
      String html = html(report);
      String lower = html.toLowerCase(Locale.ROOT);
      int open = lower.indexOf("<script");
      assertThat(open).isPositive();
      assertThat(lower.indexOf("<script", open + 1)).isEqualTo(-1);
      assertThat(html.substring(open, open + 8)).isEqualTo("<script>");
      int close = html.indexOf("</script>");
      String script = html.substring(open + "<script>".length(), close);
      Matcher csp = CSP.matcher(html);
      assertThat(csp.find()).as("CSP meta present").isTrue();
      assertThat(csp.start()).isLessThan(open);
      assertThat(csp.group(1)).isEqualTo(HtmlReportWriter.scriptHash(script));
      assertThat(html).doesNotContain(HtmlReportWriter.HASH_PLACEHOLDER);
      // The script reads the DOM; it carries no report data.
      assertThat(script).doesNotContain("alert", "exports/", "u-17");
    }
  }

  @Test
  void hostileStringsAreNeverEmittedRaw() {
    String html = html(ReportFixtures.hostile());
    for (String hostile : ReportFixtures.HOSTILE) {
      if (hostile.matches(".*[<>\"'&].*")) {
        assertThat(html).doesNotContain(hostile);
      } else {
        // Nothing to escape (javascript:alert(4)): harmless as text, never inside a tag.
        assertThat(html).contains(hostile);
        assertThat(tags(html)).noneMatch(tag -> tag.contains(hostile));
      }
    }
    assertThat(tags(html)).noneMatch(tag -> tag.startsWith("<img"));
    assertThat(tags(html)).noneMatch(tag -> tag.contains("onmouseover") || tag.contains("onerror"));
    // ... but they are shown, escaped, so the test is not vacuous.
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    assertThat(html).contains("&#34; onmouseover=&#34;alert(3)");
    assertThat(html).contains("&#39;&gt;&lt;img src=x onerror=alert(5)&gt;");
  }

  @Test
  void controlCharactersLoneSurrogatesAndBidiOverridesAreMadeVisible() {
    String html = html(ReportFixtures.hostile());
    assertThat(html).doesNotContain("\u0000", "\u0007", "\u001b", "\u0085", "\u202E");
    assertThat(html).contains("ctl\\u0000nul\\u0007bell\\u001B[31mred\\u0085nel\\u007Fdel");
    assertThat(html).contains("lone \\uD83D surrogate and a pair \ud83d\ude00 ok");
    assertThat(html).contains("invoice\\u202Egnp.exe");
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(html.charAt(i + 1))).as("pair at %d", i).isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
      }
    }
  }

  @Test
  void tagsHaveNoEventHandlersAndNoNetworkUrls() {
    for (ValidationReport report : List.of(ReportFixtures.realistic(), ReportFixtures.hostile())) {
      String html = html(report);
      assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("http://", "https://", "//cdn");
      for (String tag : tags(html)) {
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
          String name = a.group(1).toLowerCase(Locale.ROOT);
          String value = a.group(2).toLowerCase(Locale.ROOT);
          assertThat(name).as("attribute in %s", tag).doesNotStartWith("on");
          if (name.equals("src") || name.equals("href") || name.equals("action")) {
            assertThat(value).as("%s in %s", name, tag).startsWith("\"#");
          }
          assertThat(value).doesNotContain("javascript:");
        }
        assertThat(tag.toLowerCase(Locale.ROOT))
            .doesNotStartWith("<link")
            .doesNotStartWith("<iframe")
            .doesNotStartWith("<img")
            .doesNotStartWith("<object");
      }
    }
  }

  @Test
  void longTextIsKeptWholeAndTruncatedOnlyByCss() {
    String html = html(ReportFixtures.hostile());
    assertThat(html).contains(ReportFixtures.LONG_MESSAGE);
    assertThat(html)
        .contains("#findings-table td{overflow:hidden;text-overflow:ellipsis;white-space:nowrap");
  }

  @Test
  void showsEverySectionOfTheReport() {
    String html = html(ReportFixtures.realistic());
    assertThat(html)
        .contains("<title>Gate failed · Synap Preflight validation report</title>")
        .contains("8 findings at or above error in 7 rules (first: malformed-record)")
        .contains("exit code <strong>1</strong>")
        .contains(ReportFixtures.SHA_A)
        .contains("exports/mem0/memories.jsonl.gz")
        .contains("showing 3 of 1,204")
        .contains("id=\"f-severity\"", "id=\"f-rule\"", "id=\"f-text\"", "id=\"f-shown\"")
        .contains("Showing 14 of 14 listed findings")
        .contains("acme-corp", "u-17")
        .contains("documentHardBytes", "524,288 (512.0 KiB)", "futureTolerance", "P1D")
        .contains("<svg class=\"chart\"")
        .contains("2026-02")
        .contains("aria-sort=\"none\"><button type=\"button\" data-type=\"number\">Line</button>");
    assertThat(count(html, "<rect class=\"bar\"")).isEqualTo(7 + 9);
    assertThat(count(html, "<tr data-rule=")).isEqualTo(14);
  }

  @Test
  void emptyReportRendersWithoutTablesOrCharts() {
    String html = html(ReportFixtures.empty());
    assertThat(html).contains("Gate passed", "No findings.", "No data.", "No input files.");
    assertThat(html).doesNotContain("id=\"findings-table\"", "<svg");
  }

  @Test
  void twentyThousandFindingsRenderQuicklyAndCompletely() {
    long start = System.nanoTime();
    String html = html(ReportFixtures.withFindings(20_000));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(count(html, "<tr data-rule=")).isEqualTo(20_000);
    assertThat(millis).as("render time in ms").isLessThan(10_000);
  }

  @Test
  void sealRefusesPagesWithoutExactlyOneScript() {
    assertThatThrownBy(() -> HtmlReportWriter.seal("<html>PREFLIGHT_SCRIPT_HASH</html>"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                HtmlReportWriter.seal(
                    "PREFLIGHT_SCRIPT_HASH<script>a()</script><script>b()</script>"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(HtmlReportWriter.seal("'sha256-PREFLIGHT_SCRIPT_HASH'<script>x</script>"))
        .startsWith("'sha256-" + HtmlReportWriter.scriptHash("x") + "'");
  }

  @Test
  void renderingIsDeterministic() {
    assertThat(html(ReportFixtures.realistic())).isEqualTo(html(ReportFixtures.realistic()));
  }

  private static List<String> tags(String html) {
    List<String> tags = new ArrayList<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      tags.add(m.group());
    }
    return tags;
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
