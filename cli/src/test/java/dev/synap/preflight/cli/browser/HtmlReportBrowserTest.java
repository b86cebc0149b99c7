package dev.synap.preflight.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.cli.PreflightCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report of a hostile export in headless Chromium and checks that nothing the
 * export carried ever runs. The payloads arrive through document ids, user and customer ids,
 * document types, timestamps, metadata keys and the file name; each one, if it executed, would set
 * an attribute on the root element that the page's source never spells out (the name is built by
 * concatenation), so its presence in the rendered DOM is proof of execution. Controls show the
 * probe works: the same payload inserted raw does run once the Content-Security-Policy is removed,
 * and is blocked while it is present.
 */
class HtmlReportBrowserTest {
  private static final String PAYLOAD = "document.documentElement.setAttribute('data-'+'pwned',1)";
  private static final String FIRED = "data-pwned=";
  private static final Pattern CSP =
      Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>");
  private static final Pattern SCRIPT_URL =
      Pattern.compile("(?i)\\s(?:href|src|action|formaction)\\s*=\\s*\"?\\s*javascript:");

  @TempDir static Path dir;
  private static HeadlessChromium chromium;
  private static String html;

  @BeforeAll
  static void renderHostileReport() throws IOException, InterruptedException {
    chromium = HeadlessChromium.findOrInstall();
    Path input = dir.resolve("x\"'><svg onload=" + PAYLOAD + ">.jsonl");
    Files.writeString(input, hostileExport(), StandardCharsets.UTF_8);
    Path reports = dir.resolve("report");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      String[] args = {"validate", "--report-dir", reports.toString(), input.toString()};
      code =
          PreflightCommand.execute(
              args, o, e, Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC));
    }
    assertThat(code).as(err.toString()).isEqualTo(1);
    html = Files.readString(reports.resolve("report.html"), StandardCharsets.UTF_8);
  }

  private static String hostileExport() {
    String svg = "\\\"><svg onload=" + PAYLOAD + ">";
    String img = "<img src=x onerror=" + PAYLOAD + ">";
    String script = "</script><script>" + PAYLOAD + "</script>";
    String breaker = "' autofocus onfocus='" + PAYLOAD + "' x='";
    return String.join(
        "\n",
        "{\"id\":\"" + svg + "\",\"content\":\"\",\"user_id\":\"" + img + "\"}",
        "{\"id\":\""
            + script
            + "\",\"content\":\"a\",\"customer_id\":\""
            + script
            + "\","
            + "\"created_at\":\"<script>"
            + PAYLOAD
            + "</script>\"}",
        "{\"id\":\"t1\",\"content\":\"b\",\"document_type\":\"javascript:"
            + PAYLOAD
            + "\","
            + "\"user_id\":\""
            + breaker
            + "\"}",
        "{\"id\":\"t2\",\"content\":\"c\",\"metadata\":{\""
            + breaker
            + "\":1,\""
            + breaker
            + "\":2,\"u\":\"javascript:"
            + PAYLOAD
            + "\"}}",
        "");
  }

  @Test
  void everyPayloadReachesTheReportAsEscapedText() {
    assertThat(html)
        .contains("&lt;svg onload=")
        .contains("&lt;img src=x onerror=")
        .contains("&lt;/script&gt;&lt;script&gt;")
        .contains("autofocus onfocus=")
        .contains("javascript:document.documentElement")
        .doesNotContain("<svg onload=")
        .doesNotContain("<img src=x")
        .doesNotContain("<script>document");
  }

  @Test
  void nothingRunsInTheReportAsWritten() throws IOException, InterruptedException {
    String dom = render("as-written.html", html);
    assertThat(dom).as("the report's own script ran under its policy").contains("class=\"js\"");
    assertThat(dom).doesNotContain(FIRED);
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
