package dev.synap.preflight.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.cli.CliRunner;
import dev.synap.preflight.cli.LoadedStandin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verify report of a hostile load in headless Chromium: document ids, user ids and text carry
 * payloads, the stand-in returns them as item content and metadata ({@code source_document_id}),
 * the query file's ids and texts carry more, and every fetch leaks an item so the leak table shows
 * them too. The page runs no script at all; a payload that ran would set an attribute on the root
 * element that no source spells out. Controls prove the probe.
 */
class VerifyReportBrowserTest {
  private static final String PAYLOAD = "document.documentElement.setAttribute('data-'+'pwned',1)";
  private static final String FIRED = "data-pwned=";
  private static final Pattern CSP =
      Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>");
  private static final Pattern SCRIPT_URL =
      Pattern.compile("(?i)\\s(?:href|src|action|formaction)\\s*=\\s*\"?\\s*javascript:");
  private static final List<String> HOSTILE =
      List.of(
          "<img src=x onerror=" + PAYLOAD + ">",
          "</script><script>" + PAYLOAD + "</script>",
          "\"><svg onload=" + PAYLOAD + ">",
          "' autofocus onfocus='" + PAYLOAD + "' x='",
          "javascript:" + PAYLOAD);

  @TempDir static Path dir;
  private static HeadlessChromium chromium;
  private static LoadedStandin standin;
  private static String html;

  @BeforeAll
  static void renderHostileReport() throws Exception {
    chromium = HeadlessChromium.findOrInstall();
    List<LoadedStandin.Doc> docs = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String h = HOSTILE.get(i);
      docs.add(
          new LoadedStandin.Doc("d" + i + h, "alpha beta " + h + " gamma.", "u" + i + h, null));
    }
    standin = new LoadedStandin(dir, docs, true);
    ObjectMapper json = new ObjectMapper();
    StringBuilder queries = new StringBuilder();
    for (int i = 0; i < HOSTILE.size(); i++) {
      ObjectNode q = json.createObjectNode();
      q.put("id", "q" + i + HOSTILE.get(i));
      q.put("query", "alpha beta gamma " + HOSTILE.get(i));
      q.put("user_id", "u" + i + HOSTILE.get(i));
      q.putArray("expected_document_ids").add("d" + i + HOSTILE.get(i));
      queries.append(json.writeValueAsString(q)).append('\n');
    }
    Path queryFile = dir.resolve("queries.jsonl");
    Files.writeString(queryFile, queries, StandardCharsets.UTF_8);
    standin.server.faults().leakRate(1.0);
    Path reports = dir.resolve("report");
    CliRunner.Result r =
        CliRunner.runWithEnv(
            Map.of("SYNAP_API_KEY", LoadedStandin.KEY),
            "verify",
            "--profile",
            "generic",
            standin.export.toString(),
            "--base-url",
            standin.baseUrl(),
            "--queries",
            queryFile.toString(),
            "--journal",
            standin.journal.toString(),
            "--report-dir",
            reports.toString(),
            "--progress",
            "never");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    html = Files.readString(reports.resolve("report.html"), StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() throws IOException {
    standin.close();
  }

  @Test
  void everyPayloadReachesTheReportAsEscapedText() {
    assertThat(html)
        .contains("&lt;img src=x onerror=")
        .contains("&lt;/script&gt;&lt;script&gt;")
        .contains("&lt;svg onload=")
        .contains("autofocus onfocus=")
        .contains("source_document_id=d0&lt;img")
        .contains("scope leak</span>")
        .doesNotContain("<img src=x")
        .doesNotContain("<svg onload=")
        .doesNotContain("<script");
  }

  @Test
  void nothingRunsInTheReportAsWritten() throws IOException, InterruptedException {
    String dom = render("as-written.html", html);
    assertThat(dom).contains("Gate failed").doesNotContain(FIRED);
    assertThat(SCRIPT_URL.matcher(dom).find()).as("no javascript: URL attribute").isFalse();
  }

  @Test
  void escapingAloneKeepsEveryPayloadInertWithoutThePolicy()
      throws IOException, InterruptedException {
    String withoutPolicy = CSP.matcher(html).replaceFirst("");
    assertThat(withoutPolicy).doesNotContain("Content-Security-Policy");
    assertThat(render("no-policy.html", withoutPolicy)).doesNotContain(FIRED);
  }

  @Test
  void controlARawPayloadRunsWithoutThePolicyAndIsBlockedWithIt()
      throws IOException, InterruptedException {
    String raw = "<svg onload=\"" + PAYLOAD + "\"></svg>";
    String injected = html.replaceFirst("<main", raw + "<main");
    assertThat(render("control-open.html", CSP.matcher(injected).replaceFirst(""))).contains(FIRED);
    assertThat(render("control-policy.html", injected)).doesNotContain(FIRED);
  }

  private static String render(String name, String page) throws IOException, InterruptedException {
    Path file = dir.resolve(name);
    Files.writeString(file, page, StandardCharsets.UTF_8);
    return chromium.dumpDom(file, dir);
  }
}
