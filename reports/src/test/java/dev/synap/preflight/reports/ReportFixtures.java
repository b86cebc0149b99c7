package dev.synap.preflight.reports;

import dev.synap.preflight.reports.model.BaselineSummary;
import dev.synap.preflight.reports.model.Bucket;
import dev.synap.preflight.reports.model.Configuration;
import dev.synap.preflight.reports.model.Gate;
import dev.synap.preflight.reports.model.Histograms;
import dev.synap.preflight.reports.model.IdCount;
import dev.synap.preflight.reports.model.InputFile;
import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.RuleCount;
import dev.synap.preflight.reports.model.ScopeSummary;
import dev.synap.preflight.reports.model.ToolInfo;
import dev.synap.preflight.reports.model.Totals;
import dev.synap.preflight.reports.model.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reports to render in tests: a realistic one, one full of hostile text, an empty one. */
public final class ReportFixtures {
  private ReportFixtures() {}

  /** The 18 rule ids with default severity and description, in DESIGN.md table order. */
  public static final List<String[]> RULES =
      List.of(
          new String[] {
            "malformed-record",
            "error",
            "the line or element is not a JSON object (syntax error, array, null, truncated)"
          },
          new String[] {
            "missing-field", "error", "a required field (text or id) is absent, null or blank"
          },
          new String[] {
            "invalid-field",
            "error",
            "wrong type or value: document_type not in Synap's list, metadata not an object, bad"
                + " mode"
          },
          new String[] {"invalid-utf8", "error", "bytes that are not valid UTF-8"},
          new String[] {"lone-surrogate", "error", "an unpaired UTF-16 surrogate"},
          new String[] {"control-char", "error", "C0/C1 control characters other than tab, LF, CR"},
          new String[] {"mojibake", "warning", "text that was UTF-8 decoded as Latin-1/CP1252"},
          new String[] {"replacement-char", "warning", "U+FFFD present: an earlier lossy decode"},
          new String[] {"not-nfc", "warning", "text not in Unicode NFC"},
          new String[] {
            "oversized-document", "error", "document over the hard limit (UTF-8 bytes)"
          },
          new String[] {"large-document", "warning", "document over the soft limit (UTF-8 bytes)"},
          new String[] {
            "oversized-metadata", "error", "metadata over its limit (serialized bytes)"
          },
          new String[] {
            "duplicate-id", "warning", "a document id seen before, with identical content"
          },
          new String[] {
            "conflicting-id",
            "error",
            "a document id seen before with different content: one of them would be lost"
          },
          new String[] {
            "duplicate-content", "warning", "identical normalized content under different ids"
          },
          new String[] {
            "invalid-timestamp",
            "error",
            "unparseable, impossible or far-future created_at; naive times are info"
          },
          new String[] {
            "scope-mismatch", "error", "identity combination the target instance rejects"
          },
          new String[] {
            "unknown-identity",
            "error",
            "a user/customer id missing from the identity map, when one is given"
          });

  public static final String SHA_A =
      "3f4c9b2a6d1e8f7a0b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a";
  public static final String SHA_B =
      "a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00";

  /** The hostile strings every test checks for. */
  public static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "</script><script>alert(2)</script>",
          "\" onmouseover=\"alert(3)",
          "javascript:alert(4)",
          "'><img src=x onerror=alert(5)>");

  /** A 10,000-character message. */
  public static final String LONG_MESSAGE = longMessage();

  private static String longMessage() {
    StringBuilder b = new StringBuilder("very long message start ");
    while (b.length() < 9_990) {
      b.append("lorem ipsum ");
    }
    b.setLength(9_990);
    b.append(" LONG_END");
    while (b.length() < 10_000) {
      b.append('.');
    }
    return b.toString();
  }

  /** A run over two files that fails the gate on errors. */
  public static ValidationReport realistic() {
    List<ReportFinding> f = new ArrayList<>();
    String a = "exports/mem0/memories.jsonl.gz";
    String b = "exports/zep/sessions.json";
    f.add(
        finding(
            "malformed-record",
            "error",
            a,
            118,
            52_311,
            null,
            null,
            "unexpected end of input: expected '}' (record truncated)"));
    f.add(
        finding(
            "missing-field", "error", a, 204, 90_114, null, "id", "required field 'id' is blank"));
    f.add(
        finding(
            "invalid-field",
            "error",
            b,
            37,
            4_410,
            "zep-msg-0041",
            "document_type",
            "document_type 'voice_note' is not one of Synap's document types"));
    f.add(
        finding(
            "invalid-utf8",
            "error",
            a,
            311,
            141_906,
            "m-000311",
            "content",
            "bytes C3 28 at byte offset 141,950 are not valid UTF-8"));
    f.add(
        finding(
            "mojibake",
            "warning",
            a,
            12,
            3_318,
            "m-000012",
            "content",
            "looks like UTF-8 read as CP1252: 'CafÃ©' (did you mean 'Café'?)"));
    f.add(
        finding(
            "mojibake",
            "warning",
            b,
            88,
            10_202,
            "zep-msg-0088",
            "content",
            "looks like UTF-8 read as CP1252: 'donâ€™t'"));
    f.add(
        finding(
            "large-document",
            "warning",
            b,
            140,
            19_877,
            "zep-msg-0140",
            "content",
            "document text is 201,344 bytes of UTF-8, over the soft limit of 131,072"));
    for (int i = 0; i < 3; i++) {
      f.add(
          finding(
              "duplicate-id",
              "warning",
              a,
              400 + i,
              160_000 + i * 410L,
              "m-00000" + i,
              "id",
              "id 'm-00000" + i + "' first seen at line " + (i + 1) + " with identical content"));
    }
    f.add(
        finding(
            "conflicting-id",
            "error",
            b,
            201,
            30_111,
            "zep-msg-0007",
            "id",
            "id 'zep-msg-0007' first seen at exports/zep/sessions.json:9 with different content"));
    f.add(
        finding(
            "invalid-timestamp",
            "error",
            a,
            77,
            31_700,
            "m-000077",
            "created_at",
            "created_at '2091-02-30T10:00:00Z' is not a valid date"));
    f.add(
        finding(
            "invalid-timestamp",
            "info",
            a,
            78,
            32_005,
            "m-000078",
            "created_at",
            "created_at '2025-03-01T10:00:00' has no time zone; read as UTC"));
    f.add(
        finding(
            "scope-mismatch",
            "error",
            b,
            9,
            1_004,
            "zep-msg-0009",
            "user_id",
            "user_id 'u-17' without customer_id is rejected by a b2b instance"));

    Map<String, long[]> counts = new LinkedHashMap<>();
    counts.put("malformed-record", new long[] {1, 1});
    counts.put("missing-field", new long[] {1, 1});
    counts.put("invalid-field", new long[] {1, 1});
    counts.put("invalid-utf8", new long[] {1, 1});
    counts.put("mojibake", new long[] {2, 2});
    counts.put("large-document", new long[] {1, 1});
    counts.put("duplicate-id", new long[] {1_204, 3});
    counts.put("conflicting-id", new long[] {1, 1});
    counts.put("invalid-timestamp", new long[] {2, 2});
    counts.put("scope-mismatch", new long[] {1, 1});
    Map<String, String> severityOverrides = Map.of("not-nfc", "off");
    List<RuleCount> rules = rules(counts, severityOverrides, Map.of(), f);

    return new ValidationReport(
        ValidationReport.SCHEMA_VERSION,
        new ToolInfo("synap-preflight", "0.1.0"),
        ValidationReport.COMMAND_VALIDATE,
        "2026-11-24T09:15:02.481Z",
        4_812,
        configuration(severityOverrides, 3, null, "b2b"),
        List.of(
            new InputFile(a, 1_482_113, SHA_A, "jsonl", true, "mem0", 4_210, null),
            new InputFile(b, 806_532, SHA_B, "json", false, "zep", 1_395, null)),
        new Totals(5_605, 5_603, 1_216, 8, 1_207, 1, 4_399),
        rules,
        f,
        new Gate(
            "error", false, 1, "8 findings at or above error in 7 rules (first: malformed-record)"),
        new Histograms(
            List.of(
                new Bucket("<1 KiB", 3_911),
                new Bucket("1-4 KiB", 1_204),
                new Bucket("4-16 KiB", 402),
                new Bucket("16-64 KiB", 71),
                new Bucket("64-128 KiB", 12),
                new Bucket("128-512 KiB", 3),
                new Bucket(">512 KiB", 0)),
            List.of(
                new Bucket("2025-07", 310),
                new Bucket("2025-08", 512),
                new Bucket("2025-09", 488),
                new Bucket("2025-10", 701),
                new Bucket("2025-11", 842),
                new Bucket("2025-12", 655),
                new Bucket("2026-01", 903),
                new Bucket("2026-02", 1_011),
                new Bucket("2026-03", 179))),
        new ScopeSummary(
            4_870,
            612,
            121,
            318,
            27,
            List.of(new IdCount("u-17", 402), new IdCount("u-4", 311), new IdCount("u-203", 97)),
            List.of(new IdCount("acme-corp", 2_104), new IdCount("globex", 1_377))));
  }

  /** Hostile text in every untrusted string: ids, fields, messages, files, descriptions, paths. */
  public static ValidationReport hostile() {
    String control = "ctl\u0000nul\u0007bell\u001b[31mred\u0085nel\u007fdel";
    String lone = "lone \ud83d surrogate and a pair \ud83d\ude00 ok";
    String pipes = "a | b `code` c\nnew line\r\n| x |";
    String bidi = "invoice\u202Egnp.exe";
    List<String> texts = new ArrayList<>(HOSTILE);
    texts.add(control);
    texts.add(lone);
    texts.add(pipes);
    texts.add(bidi);
    List<ReportFinding> findings = new ArrayList<>();
    int line = 1;
    for (String t : texts) {
      findings.add(finding("malformed-record", "error", t, line, line * 100L, t, t, t));
      line++;
    }
    findings.add(finding("control-char", "error", "data/x.jsonl", 0, 0, null, null, LONG_MESSAGE));
    findings.add(
        finding(
            "mojibake", "warning", "C:\\exports\\my file#1.jsonl", 3, 7, "d", "content", pipes));

    Map<String, long[]> counts = new LinkedHashMap<>();
    counts.put("malformed-record", new long[] {texts.size(), texts.size()});
    counts.put("control-char", new long[] {1, 1});
    counts.put("mojibake", new long[] {1, 1});
    Map<String, String> descriptions = new LinkedHashMap<>();
    descriptions.put("malformed-record", String.join(" ", HOSTILE));
    descriptions.put("control-char", control + " " + lone);
    descriptions.put("mojibake", pipes);

    List<InputFile> inputs = new ArrayList<>();
    for (String t : texts) {
      inputs.add(new InputFile(t, 10, SHA_A, "jsonl", false, "generic", 1, null));
    }
    inputs.add(
        new InputFile(
            "broken.csv", 0, null, "csv", false, null, 0, "cannot read: " + HOSTILE.get(0)));
    return new ValidationReport(
        ValidationReport.SCHEMA_VERSION,
        new ToolInfo("synap-preflight", "0.1.0"),
        ValidationReport.COMMAND_VALIDATE,
        "2026-11-24T09:15:02Z",
        12,
        configuration(Map.of(), 1000, HOSTILE.get(4), "b2c"),
        inputs,
        new Totals(texts.size() + 2, 2, findings.size(), findings.size() - 1, 1, 0, 2),
        rules(counts, Map.of(), descriptions, findings),
        findings,
        new Gate("error", false, 3, "input unreadable: " + HOSTILE.get(1)),
        new Histograms(
            List.of(new Bucket(HOSTILE.get(0), 1), new Bucket(control, 2)),
            List.of(new Bucket(HOSTILE.get(2), 3))),
        new ScopeSummary(
            1,
            1,
            0,
            1,
            1,
            List.of(new IdCount(HOSTILE.get(3), 1), new IdCount(lone, 1)),
            List.of(new IdCount(HOSTILE.get(1), 1))));
  }

  /** A run over no records at all: empty lists everywhere, nothing optional set. */
  public static ValidationReport empty() {
    return new ValidationReport(
        ValidationReport.SCHEMA_VERSION,
        new ToolInfo("synap-preflight", "0.1.0"),
        ValidationReport.COMMAND_VALIDATE,
        "2026-11-24T09:15:02Z",
        0,
        configuration(Map.of(), 1000, null, "b2c"),
        List.of(),
        new Totals(0, 0, 0, 0, 0, 0, 0),
        rules(Map.of(), Map.of(), Map.of(), List.of()),
        List.of(),
        new Gate("error", true, 0, "no findings"),
        new Histograms(List.of(), List.of()),
        new ScopeSummary(0, 0, 0, 0, 0, List.of(), List.of()));
  }

  /** A report with {@code n} findings spread over the rules, for size and speed checks. */
  public static ValidationReport withFindings(int n) {
    ValidationReport base = realistic();
    List<ReportFinding> findings = new ArrayList<>(n);
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      long[] c = counts.computeIfAbsent(RULES.get(i % RULES.size())[0], k -> new long[2]);
      c[0]++;
      c[1]++;
      String[] rule = RULES.get(i % RULES.size());
      findings.add(
          finding(
              rule[0],
              rule[1],
              "exports/big/part-" + (i % 7) + ".jsonl",
              i + 1,
              i * 311L,
              "doc-" + i,
              "content",
              "finding number " + i + " of the big run"));
    }
    return new ValidationReport(
        base.schemaVersion(),
        base.tool(),
        base.command(),
        base.generatedAt(),
        base.durationMillis(),
        base.configuration(),
        base.inputs(),
        new Totals(n, n, n, 0, 0, 0, n),
        rules(counts, Map.of(), Map.of(), findings),
        findings,
        base.gate(),
        base.histograms(),
        base.scopes());
  }

  /** {@code base} with other findings and a baseline summary (null for none). */
  public static ValidationReport withFindings(
      ValidationReport base, List<ReportFinding> findings, BaselineSummary baseline) {
    return new ValidationReport(
        base.schemaVersion(),
        base.tool(),
        base.command(),
        base.generatedAt(),
        base.durationMillis(),
        base.configuration(),
        base.inputs(),
        base.totals(),
        base.rules(),
        findings,
        base.gate(),
        base.histograms(),
        base.scopes(),
        baseline);
  }

  static ReportFinding finding(
      String rule,
      String severity,
      String file,
      long line,
      long offset,
      String documentId,
      String field,
      String message) {
    return new ReportFinding(rule, severity, file, line, offset, documentId, field, message);
  }

  /**
   * Rule counts: {@code counts} gives {count, listed} per rule; the severity split comes from the
   * listed findings, and any unlisted remainder is counted at the rule's own severity.
   */
  private static List<RuleCount> rules(
      Map<String, long[]> counts,
      Map<String, String> severities,
      Map<String, String> descriptions,
      List<ReportFinding> findings) {
    List<RuleCount> rules = new ArrayList<>();
    for (String[] r : RULES) {
      long[] c = counts.getOrDefault(r[0], new long[] {0, 0});
      String severity = severities.getOrDefault(r[0], r[1]);
      Map<String, Long> split = new LinkedHashMap<>();
      long listed = 0;
      for (ReportFinding f : findings) {
        if (f.rule().equals(r[0])) {
          split.merge(f.severity(), 1L, Long::sum);
          listed++;
        }
      }
      split.merge(severity, c[0] - listed, Long::sum);
      rules.add(
          new RuleCount(
              r[0],
              severity,
              descriptions.getOrDefault(r[0], r[2]),
              c[0],
              split.getOrDefault("error", 0L),
              split.getOrDefault("warning", 0L),
              split.getOrDefault("info", 0L),
              (int) c[1],
              c[1] < c[0]));
    }
    return rules;
  }

  private static Configuration configuration(
      Map<String, String> severityOverrides, int maxExamples, String identityMap, String instance) {
    Map<String, Long> limits = new LinkedHashMap<>();
    limits.put("documentHardBytes", 524_288L);
    limits.put("documentSoftBytes", 131_072L);
    limits.put("metadataBytes", 65_536L);
    limits.put("recordReadBytes", 8_388_608L);
    limits.put("maxNestingDepth", 1_000L);
    limits.put("maxNumberLength", 1_000L);
    Map<String, String> text = new LinkedHashMap<>();
    text.put("futureTolerance", "P1D");
    text.put("notBefore", "1970-01-01T00:00:00Z");
    Map<String, String> severities = new LinkedHashMap<>();
    for (String[] r : RULES) {
      severities.put(r[0], severityOverrides.getOrDefault(r[0], r[1]));
    }
    return new Configuration(
        "auto", limits, text, severities, "error", instance, maxExamples, identityMap, false);
  }
}
