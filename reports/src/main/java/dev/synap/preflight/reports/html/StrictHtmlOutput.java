package dev.synap.preflight.reports.html;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * jte's context-aware HTML output, stricter in element bodies: besides {@code & < >} it also
 * escapes both quote characters there. Quotes in text are harmless to a browser, but escaping them
 * means no fragment of untrusted text (e.g. {@code " onmouseover="x}) ever appears verbatim in the
 * page, which keeps naive scanners and copy-paste into attribute contexts safe too. Attribute,
 * script and style contexts keep jte's own escaping.
 */
final class StrictHtmlOutput extends OwaspHtmlTemplateOutput {
  private final TemplateOutput target;
  private String tagName;
  private String attributeName;

  StrictHtmlOutput(TemplateOutput target) {
    super(target);
    this.target = target;
  }

  @Override
  public void setContext(String tagName, String attributeName) {
    super.setContext(tagName, attributeName);
    this.tagName = tagName;
    this.attributeName = attributeName;
  }

  @Override
  public void writeUserContent(String value) {
    if (value == null
        || attributeName != null
        || "script".equals(tagName)
        || "style".equals(tagName)) {
      super.writeUserContent(value);
      return;
    }
    target.writeContent(escapeText(value));
  }

  /** Escapes {@code & < > " '} as character references. */
  static String escapeText(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String replacement;
      switch (c) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = "&#34;";
          break;
        case '\'':
          replacement = "&#39;";
          break;
        default:
          replacement = null;
      }
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(value.length() + 16).append(value, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString();
  }
}
