package dev.synap.preflight.reports.junit;

import dev.synap.preflight.reports.ReportFormat;
import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.ReportWriter;
import dev.synap.preflight.reports.model.InputFile;
import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.RuleCount;
import dev.synap.preflight.reports.model.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes {@code report.junit.xml}. */
public final class JunitReportWriter implements ReportWriter {

  /** The suite name and the class name of every test case. */
  public static final String SUITE = "preflight.validate";

  /** At most this many examples are listed per failure or system-out. */
  public static final int MAX_LISTED = 50;

  @Override
  public ReportFormat format() {
    return ReportFormat.JUNIT;
  }

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    List<TestCase> cases = cases(report);
    long failures = cases.stream().filter(c -> c.failure != null).count();
    long errors = cases.stream().filter(c -> c.error != null).count();
    try {
      // The JDK's own implementation, so the bytes never depend on a StAX provider on the
      // classpath.
      XMLStreamWriter xml =
          XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      counts(xml, "synap-preflight", cases.size(), failures, errors, report.durationMillis());
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      counts(xml, SUITE, cases.size(), failures, errors, report.durationMillis());
      properties(xml, report);
      for (TestCase c : cases) {
        c.write(xml);
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML", e);
    }
  }

  private static void counts(
      XMLStreamWriter xml, String name, long tests, long failures, long errors, long millis)
      throws XMLStreamException {
    xml.writeAttribute("name", name);
    xml.writeAttribute("tests", Long.toString(tests));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", Long.toString(errors));
    xml.writeAttribute("skipped", "0");
    xml.writeAttribute(
        "time", String.format(Locale.ROOT, "%d.%03d", millis / 1000, Math.abs(millis % 1000)));
  }

  private static void properties(XMLStreamWriter xml, ValidationReport report)
      throws XMLStreamException {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("tool", report.tool().name() + " " + report.tool().version());
    props.put("generatedAt", report.generatedAt());
    props.put("profile", report.configuration().profile());
    props.put("instance", report.configuration().instance());
    props.put("failOn", report.gate().failOn());
    props.put("gate.passed", Boolean.toString(report.gate().passed()));
    props.put("gate.exitCode", Integer.toString(report.gate().exitCode()));
    props.put("gate.reason", report.gate().reason());
    xml.writeCharacters("\n    ");
    xml.writeStartElement("properties");
    for (Map.Entry<String, String> p : props.entrySet()) {
      xml.writeCharacters("\n      ");
      xml.writeEmptyElement("property");
      xml.writeAttribute("name", p.getKey());
      xml.writeAttribute("value", ReportText.oneLine(p.getValue()));
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  /** One test case per enabled rule, in report order, then one per unreadable input. */
  static List<TestCase> cases(ValidationReport report) {
    String failOn = report.gate().failOn();
    Map<String, List<ReportFinding>> byRule = new LinkedHashMap<>();
    for (ReportFinding f : report.findings()) {
      byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
    }
    List<TestCase> cases = new ArrayList<>();
    for (RuleCount rule : report.rules()) {
      if ("off".equals(rule.severity())) {
        continue;
      }
      List<ReportFinding> listed = byRule.getOrDefault(rule.rule(), List.of());
      List<ReportFinding> atOrAbove = new ArrayList<>();
      List<ReportFinding> below = new ArrayList<>();
      for (ReportFinding f : listed) {
        // with a baseline, accepted findings never fail a test case: they go to system-out
        boolean fails = ReportText.atOrAbove(f.severity(), failOn) && !f.accepted();
        (fails ? atOrAbove : below).add(f);
      }
      long failing =
          report.baseline() == null
              ? rule.countAtOrAbove(failOn)
              : report.baseline().newFailing(rule.rule());
      TestCase c = new TestCase(rule.rule());
      if (failing > 0) {
        c.failure =
            failing + (failing == 1 ? " finding" : " findings") + " at " + failOn + " or above";
        c.failureBody = listing(rule, atOrAbove, failOn, true);
      }
      if (!below.isEmpty()) {
        c.systemOut = listing(rule, below, failOn, false);
      }
      cases.add(c);
    }
    for (InputFile input : report.inputs()) {
      if (input.error() != null) {
        TestCase c = new TestCase("input " + input.path());
        c.error = input.error();
        cases.add(c);
      }
    }
    return cases;
  }

  private static String listing(
      RuleCount rule, List<ReportFinding> findings, String failOn, boolean failing) {
    StringBuilder b = new StringBuilder();
    b.append(rule.count())
        .append(" finding(s) of ")
        .append(rule.rule())
        .append(" (")
        .append(rule.severity())
        .append("); ")
        .append(findings.size())
        .append(failing ? " listed at or above " : " listed below ")
        .append(failOn);
    if (rule.truncated()) {
      b.append("; the report lists ").append(rule.examples()).append(" examples at most");
    }
    b.append('\n');
    int shown = Math.min(MAX_LISTED, findings.size());
    for (int i = 0; i < shown; i++) {
      b.append(line(findings.get(i))).append('\n');
    }
    if (findings.size() > shown) {
      b.append("... ").append(findings.size() - shown).append(" more in report.json\n");
    }
    return b.toString();
  }

  /** {@code file:line (byte offset) [documentId] field: message}, on one line. */
  static String line(ReportFinding f) {
    StringBuilder b = new StringBuilder();
    b.append(ReportText.oneLine(f.file()))
        .append(':')
        .append(f.line())
        .append(" (byte ")
        .append(f.byteOffset())
        .append(')');
    if (f.documentId() != null) {
      b.append(" [").append(ReportText.oneLine(f.documentId())).append(']');
    }
    if (f.field() != null) {
      b.append(' ').append(ReportText.oneLine(f.field()));
    }
    b.append(": ").append(ReportText.oneLine(f.message()));
    return b.toString();
  }

  /** A test case to write. */
  static final class TestCase {
    final String name;
    String failure;
    String failureBody;
    String systemOut;
    String error;

    TestCase(String name) {
      this.name = name;
    }

    void write(XMLStreamWriter xml) throws XMLStreamException {
      xml.writeCharacters("\n    ");
      boolean empty = failure == null && systemOut == null && error == null;
      if (empty) {
        xml.writeEmptyElement("testcase");
      } else {
        xml.writeStartElement("testcase");
      }
      xml.writeAttribute("classname", SUITE);
      xml.writeAttribute("name", ReportText.oneLine(name));
      if (empty) {
        return;
      }
      if (failure != null) {
        element(xml, "failure", failure, failureBody);
      }
      if (error != null) {
        element(xml, "error", error, "input unreadable: " + error + "\n");
      }
      if (systemOut != null) {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(ReportText.printable(systemOut));
        xml.writeEndElement();
      }
      xml.writeCharacters("\n    ");
      xml.writeEndElement();
    }

    private void element(XMLStreamWriter xml, String tag, String message, String body)
        throws XMLStreamException {
      xml.writeCharacters("\n      ");
      xml.writeStartElement(tag);
      xml.writeAttribute("message", ReportText.oneLine(message));
      xml.writeAttribute("type", "failure".equals(tag) ? name : "input-unreadable");
      xml.writeCharacters(ReportText.printable(body));
      xml.writeEndElement();
    }
  }
}
