package dev.synap.preflight.reports.html;

import dev.synap.preflight.reports.ReportFormat;
import dev.synap.preflight.reports.ReportWriter;
import dev.synap.preflight.reports.model.ValidationReport;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Writes {@code report.html}: self-contained, offline, script locked down by a CSP hash. */
public final class HtmlReportWriter implements ReportWriter {

  /** The token in the template's CSP that {@link #seal} replaces with the script's hash. */
  static final String HASH_PLACEHOLDER = "PREFLIGHT_SCRIPT_HASH";

  private static final String SCRIPT_OPEN = "<script>";
  private static final String SCRIPT_CLOSE = "</script>";

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  @Override
  public ReportFormat format() {
    return ReportFormat.HTML;
  }

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    out.write(renderHtml(report).getBytes(StandardCharsets.UTF_8));
  }

  /** The page as text. */
  public static String renderHtml(ValidationReport report) {
    StringOutput output = new StringOutput(64 * 1024);
    ENGINE.render("report.jte", new HtmlView(report), new StrictHtmlOutput(output));
    return seal(output.toString());
  }

  /**
   * Computes the SHA-256 of the page's only inline script and writes it into the CSP. Fails when
   * the page does not hold exactly one {@code <script>} element, which would mean a template (or an
   * escaping bug) added one.
   */
  static String seal(String html) {
    int open = html.indexOf(SCRIPT_OPEN);
    int close = html.indexOf(SCRIPT_CLOSE, open + 1);
    if (open < 0
        || close < 0
        || html.indexOf("<script") != open
        || html.indexOf("<script", open + 1) >= 0
        || html.indexOf(SCRIPT_CLOSE, close + 1) >= 0) {
      throw new IllegalStateException("report.html must contain exactly one inline <script>");
    }
    int placeholder = html.indexOf(HASH_PLACEHOLDER);
    if (placeholder < 0 || placeholder > open) {
      throw new IllegalStateException("report.html lost its Content-Security-Policy placeholder");
    }
    String script = html.substring(open + SCRIPT_OPEN.length(), close);
    return html.substring(0, placeholder)
        + scriptHash(script)
        + html.substring(placeholder + HASH_PLACEHOLDER.length());
  }

  /** Base64 SHA-256 of a script's text as a CSP source expects it (without the prefix). */
  public static String scriptHash(String script) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
