package dev.synap.preflight.reports.html;

import dev.synap.preflight.reports.model.verify.VerifyReport;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Locale;

/**
 * Renders the verify {@code report.html}: self-contained, offline, and without any script at all
 * (its Content-Security-Policy allows none; per-query details use {@code <details>}).
 */
public final class VerifyHtmlWriter {
  /** The page's Content-Security-Policy. */
  public static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'";

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private VerifyHtmlWriter() {}

  /** The page as text; fails if the rendering holds a script element (an escaping bug). */
  public static String renderHtml(VerifyReport report) {
    StringOutput output = new StringOutput(64 * 1024);
    ENGINE.render("verify.jte", new VerifyHtmlView(report), new StrictHtmlOutput(output));
    String html = output.toString();
    if (html.toLowerCase(Locale.ROOT).contains("<script")) {
      throw new IllegalStateException("the verify report.html must not contain a <script>");
    }
    if (!html.contains(CSP)) {
      throw new IllegalStateException("the verify report.html lost its Content-Security-Policy");
    }
    return html;
  }
}
