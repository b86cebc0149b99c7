package dev.synap.preflight.reports.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.reports.ReportFixtures;
import dev.synap.preflight.reports.model.RuleCount;
import dev.synap.preflight.reports.model.ValidationReport;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

  private static Document parse(ValidationReport report) throws Exception {
    byte[] xml = new JunitReportWriter().render(report);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(new ByteArrayInputStream(xml));
  }

  private static List<Element> elements(Element parent, String tag) {
    NodeList list = parent.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static Element testcase(Document doc, String name) {
    return elements(doc.getDocumentElement(), "testcase").stream()
        .filter(e -> e.getAttribute("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void oneCasePerEnabledRuleWithCorrectCounts() throws Exception {
    Document doc = parse(ReportFixtures.realistic());
    Element suites = doc.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    List<Element> suiteList = elements(suites, "testsuite");
    assertThat(suiteList).hasSize(1);
    Element suite = suiteList.get(0);
    assertThat(suite.getAttribute("name")).isEqualTo("preflight.validate");
    List<Element> cases = elements(suite, "testcase");
    // 18 rules, not-nfc is off.
    assertThat(cases).hasSize(17);
    assertThat(cases).allMatch(c -> c.getAttribute("classname").equals("preflight.validate"));
    assertThat(cases).noneMatch(c -> c.getAttribute("name").equals("not-nfc"));
    List<String> failing =
        cases.stream()
            .filter(c -> c.getElementsByTagName("failure").getLength() == 1)
            .map(c -> c.getAttribute("name"))
            .toList();
    assertThat(failing)
        .containsExactly(
            "malformed-record",
            "missing-field",
            "invalid-field",
            "invalid-utf8",
            "conflicting-id",
            "invalid-timestamp",
            "scope-mismatch");
    for (Element e : List.of(suites, suite)) {
      assertThat(e.getAttribute("tests")).isEqualTo("17");
      assertThat(e.getAttribute("failures")).isEqualTo("7");
      assertThat(e.getAttribute("errors")).isEqualTo("0");
      assertThat(e.getAttribute("time")).isEqualTo("4.812");
    }
  }

  @Test
  void failureListsExamplesAndBelowGateFindingsGoToSystemOut() throws Exception {
    Document doc = parse(ReportFixtures.realistic());
    Element conflicting = testcase(doc, "conflicting-id");
    Element failure = (Element) conflicting.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("1 finding at error or above");
    assertThat(failure.getAttribute("type")).isEqualTo("conflicting-id");
    assertThat(failure.getTextContent())
        .contains(
            "exports/zep/sessions.json:201 (byte 30111) [zep-msg-0007] id: id 'zep-msg-0007'"
                + " first seen");

    Element timestamp = testcase(doc, "invalid-timestamp");
    Element tsFailure = (Element) timestamp.getElementsByTagName("failure").item(0);
    assertThat(tsFailure.getAttribute("message")).isEqualTo("1 finding at error or above");
    assertThat(tsFailure.getTextContent()).contains("2091-02-30").doesNotContain("no time zone");
    assertThat(timestamp.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("no time zone");

    Element duplicate = testcase(doc, "duplicate-id");
    assertThat(duplicate.getElementsByTagName("failure").getLength()).isZero();
    String out = duplicate.getElementsByTagName("system-out").item(0).getTextContent();
    assertThat(out).contains("1204 finding(s) of duplicate-id").contains("m-000002");

    Element quiet = testcase(doc, "unknown-identity");
    assertThat(quiet.getChildNodes().getLength()).isZero();
  }

  @Test
  void warningsFailWhenTheGateIsWarning() throws Exception {
    ValidationReport r = ReportFixtures.realistic();
    ValidationReport strict =
        with(
            r,
            r.rules(),
            r.findings(),
            new dev.synap.preflight.reports.model.Gate("warning", false, 1, "warnings"));
    Document doc = parse(strict);
    Element duplicate = testcase(doc, "duplicate-id");
    Element failure = (Element) duplicate.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("1204 findings at warning or above");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("10");
  }

  @Test
  void hostileTextStillParsesAndIsMadeVisible() throws Exception {
    Document doc = parse(ReportFixtures.hostile());
    Element malformed = testcase(doc, "malformed-record");
    String body = malformed.getElementsByTagName("failure").item(0).getTextContent();
    assertThat(body)
        .contains("<script>alert(1)</script>")
        .contains("ctl\\u0000nul\\u0007bell\\u001B[31mred\\u0085nel\\u007Fdel")
        .contains("lone \\uD83D surrogate and a pair \ud83d\ude00 ok")
        .contains("a | b `code` c\\u000Anew line\\u000D\\u000A| x |");
    // every listed finding is on exactly one line
    assertThat(body.split("\n")).hasSize(1 + 9);
    // the unreadable input is an error case of its own
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(18 + 1));
    Element error = (Element) doc.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message")).isEqualTo("cannot read: <script>alert(1)</script>");
    assertThat(testcase(doc, "control-char").getTextContent())
        .contains(ReportFixtures.LONG_MESSAGE);
  }

  @Test
  void emptyReportIsAllPassing() throws Exception {
    Document doc = parse(ReportFixtures.empty());
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("18");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void capsTheListingAtFifty() throws Exception {
    Document doc = parse(ReportFixtures.withFindings(18 * 60));
    String body =
        testcase(doc, "malformed-record").getElementsByTagName("failure").item(0).getTextContent();
    assertThat(body.split("\n")).hasSize(1 + 50 + 1);
    assertThat(body).contains("... 10 more in report.json");
  }

  @Test
  void aMixedSeverityRuleFailsOnItsExactGatingCountEvenWhenExamplesAreCut() throws Exception {
    ValidationReport r = ReportFixtures.realistic();
    List<RuleCount> rules = new java.util.ArrayList<>();
    for (RuleCount c : r.rules()) {
      if (c.rule().equals("invalid-timestamp")) {
        // 5 errors and 7 infos, no example listed at all: only the exact counts can tell.
        c = new RuleCount(c.rule(), "error", c.description(), 12, 5, 0, 7, 0, true);
      } else if (c.rule().equals("not-nfc")) {
        c = new RuleCount(c.rule(), "warning", c.description(), 3, 0, 0, 3, 0, true);
      }
      rules.add(c);
    }
    ValidationReport mixed =
        with(
            r,
            rules,
            r.findings().stream()
                .filter(f -> !f.rule().equals("invalid-timestamp") && !f.rule().equals("not-nfc"))
                .toList(),
            r.gate());
    Document doc = parse(mixed);
    Element timestamp = testcase(doc, "invalid-timestamp");
    assertThat(
            ((Element) timestamp.getElementsByTagName("failure").item(0)).getAttribute("message"))
        .isEqualTo("5 findings at error or above");
    assertThat(testcase(doc, "not-nfc").getElementsByTagName("failure").getLength()).isZero();
  }

  /** The report with other rule counts, findings and gate. */
  private static ValidationReport with(
      ValidationReport r,
      List<RuleCount> rules,
      List<dev.synap.preflight.reports.model.ReportFinding> findings,
      dev.synap.preflight.reports.model.Gate gate) {
    return new ValidationReport(
        r.schemaVersion(),
        r.tool(),
        r.command(),
        r.generatedAt(),
        r.durationMillis(),
        r.configuration(),
        r.inputs(),
        r.totals(),
        rules,
        findings,
        gate,
        r.histograms(),
        r.scopes());
  }
}
