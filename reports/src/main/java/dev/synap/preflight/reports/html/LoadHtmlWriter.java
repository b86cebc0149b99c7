package dev.synap.preflight.reports.html;

import dev.synap.preflight.reports.load.LoadReport;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Locale;

/**
 * Renders {@code load-report.html} with the validate and verify reports' look (their stylesheet,
 * gate banner, cards and charts): self-contained, offline, without any script (its
 * Content-Security-Policy allows none).
 */
public final class LoadHtmlWriter {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private LoadHtmlWriter() {}

  /** The page as text; fails if the rendering holds a script element (an escaping bug). */
  public static String renderHtml(LoadReport report) {
    StringOutput output = new StringOutput(32 * 1024);
    ENGINE.render("load.jte", new LoadHtmlView(report), new StrictHtmlOutput(output));
    String html = output.toString();
    if (html.toLowerCase(Locale.ROOT).contains("<script")) {
      throw new IllegalStateException("load-report.html must not contain a <script>");
    }
    if (!html.contains(VerifyHtmlWriter.CSP)) {
      throw new IllegalStateException("load-report.html lost its Content-Security-Policy");
    }
    return html;
  }
}
