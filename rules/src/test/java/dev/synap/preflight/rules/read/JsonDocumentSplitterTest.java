package dev.synap.preflight.rules.read;

import static dev.synap.preflight.rules.read.SplitterHarness.JSON;
import static dev.synap.preflight.rules.read.SplitterHarness.SMALL;
import static dev.synap.preflight.rules.read.SplitterHarness.concat;
import static dev.synap.preflight.rules.read.SplitterHarness.ok;
import static dev.synap.preflight.rules.read.SplitterHarness.problem;
import static dev.synap.preflight.rules.read.SplitterHarness.readAll;
import static dev.synap.preflight.rules.read.SplitterHarness.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.read.RawRecord.Flaw;
import dev.synap.preflight.rules.read.SplitterHarness.Rec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDocumentSplitterTest {

  @Test
  void prettyPrintedArrayGivesTheLineWhereEachElementStarts() throws Exception {
    String doc = "[\n  {\"id\": 1},\n  {\"id\": 2,\n   \"x\": [1, 2]}  \n]\n";
    assertThat(readAll(JSON, doc))
        .containsExactly(ok(2, 4, "{\"id\": 1}"), ok(3, 17, "{\"id\": 2,\n   \"x\": [1, 2]}"));
  }

  @Test
  void crlfAndLoneCrCountOneLineEach() throws Exception {
    String doc = "[\r\n{\"a\":1},\r{\"b\":2}\r\n]";
    assertThat(readAll(JSON, doc)).containsExactly(ok(2, 3, "{\"a\":1}"), ok(3, 12, "{\"b\":2}"));
  }

  @Test
  void envelopeObjectUsesItsFirstArrayField() throws Exception {
    String doc =
        "{\"version\":1,\"meta\":{\"x\":[9]},\"records\":[{\"a\":1},{\"b\":2}],\"next\":null}";
    assertThat(readAll(JSON, doc)).containsExactly(ok(1, 41, "{\"a\":1}"), ok(1, 49, "{\"b\":2}"));
    try (JsonDocumentSplitter s =
        new JsonDocumentSplitter(new ByteArrayInputStream(utf8(doc)), 0, SMALL)) {
      assertThat(s.recordsPath()).isNull();
      s.next();
      assertThat(s.recordsPath()).isEqualTo("/records");
    }
  }

  @Test
  void onlyTheFirstArrayFieldIsRead() throws Exception {
    String doc = "{\"results\":[{\"a\":1}],\"relations\":[{\"r\":1}]}";
    assertThat(readAll(JSON, doc)).containsExactly(ok(1, 12, "{\"a\":1}"));
  }

  @Test
  void rootArrayHasTheEmptyPointerAndEscapedKeysAreUnescaped() throws Exception {
    try (JsonDocumentSplitter s =
        new JsonDocumentSplitter(new ByteArrayInputStream(utf8("[{}]")), 0, SMALL)) {
      s.next();
      assertThat(s.recordsPath()).isEqualTo("");
    }
    try (JsonDocumentSplitter s =
        new JsonDocumentSplitter(
            new ByteArrayInputStream(utf8("{\"a/b~\\u0063\":[{}]}")), 0, SMALL)) {
      s.next();
      assertThat(s.recordsPath()).isEqualTo("/a~1b~0c");
    }
  }

  @Test
  void bracketsQuotesAndEscapesInsideStringsAreNotStructure() throws Exception {
    String e1 = "{\"t\":\"a ] } , \\\" [ {\"}";
    String e2 = "{\"u\":\"\\\\\",\"v\":\"]\"}";
    String e3 = "\"just, a ] string\"";
    assertThat(readAll(JSON, "[" + e1 + "," + e2 + ", " + e3 + "]"))
        .containsExactly(
            ok(1, 1, e1), ok(1, 2 + e1.length(), e2), ok(1, 4 + e1.length() + e2.length(), e3));
  }

  @Test
  void elementsOfAnyTypeAreEmitted() throws Exception {
    assertThat(readAll(JSON, "[1, \"x\", null, [2, {}], {\"a\": [ ]}]"))
        .extracting(Rec::bytes)
        .containsExactly("1", "\"x\"", "null", "[2, {}]", "{\"a\": [ ]}");
  }

  @Test
  void syntaxErrorsInsideAnElementStayInThatElement() throws Exception {
    assertThat(readAll(JSON, "[{\"a\" 1}, {b:2}, {\"c\":3}]"))
        .extracting(Rec::bytes)
        .containsExactly("{\"a\" 1}", "{b:2}", "{\"c\":3}");
  }

  @Test
  void inputEndingInsideAnElementTruncatesIt() throws Exception {
    assertThat(readAll(JSON, "[{\"a\":1},\n {\"b\": \"x"))
        .containsExactly(
            ok(1, 1, "{\"a\":1}"),
            new Rec(
                2, 11, 8, "{\"b\": \"x", Flaw.TRUNCATED, "the input ended inside this element"));
  }

  @Test
  void unterminatedStringResyncsAtTheNextElementLineAtTheSameColumn() throws Exception {
    // element 2's string never closes: every later line has an even number of quotes, so the
    // input ends inside a string; read again from element 3's line, 3 and 4 are elements again
    String json =
        "[\n"
            + "  {\"id\": 1, \"content\": \"a\"},\n"
            + "  {\"id\": 2, \"content\": \"never closed},  \n"
            + "  {\"id\": 3, \"content\": \"c\"},\r\n"
            + "  {\"id\": 4,\n    \"content\": \"d\"}\n"
            + "]\n";
    byte[] bytes = utf8(json);
    assertThat(readAll(JSON, bytes))
        .containsExactly(
            ok(2, offsetOf(bytes, "{\"id\": 1"), "{\"id\": 1, \"content\": \"a\"}"),
            new Rec(
                3,
                offsetOf(bytes, "{\"id\": 2"),
                36,
                "{\"id\": 2, \"content\": \"never closed},",
                Flaw.TRUNCATED,
                "a string in this element never closes: the input ended inside the string"
                    + " opened at line 6; treated as an unterminated string"),
            ok(4, offsetOf(bytes, "{\"id\": 3"), "{\"id\": 3, \"content\": \"c\"}"),
            ok(5, offsetOf(bytes, "{\"id\": 4"), "{\"id\": 4,\n    \"content\": \"d\"}"));
  }

  @Test
  void stringOpenAtTheReadLimitResyncsAndEveryLaterElementIsRead() throws Exception {
    StringBuilder sb = new StringBuilder("[\n  {\"id\": 0},\n  {\"id\": 1, \"c\": \"open},\n");
    for (int i = 2; i < 120; i++) {
      sb.append("  {\"id\": ").append(i).append(", \"c\": \"x\"},\n");
    }
    sb.append("  {\"id\": 120}\n]\n");
    byte[] bytes = utf8(sb.toString());
    assertThat(bytes.length).isGreaterThan(2 * 1024);
    List<Rec> records = readAll(JSON, bytes);
    assertThat(records).hasSize(121);
    assertThat(records.get(1))
        .isEqualTo(
            new Rec(
                3,
                offsetOf(bytes, "{\"id\": 1,"),
                22,
                "{\"id\": 1, \"c\": \"open},",
                Flaw.TRUNCATED,
                "a string in this element never closes: the element runs past the read"
                    + " limit of 1,024 bytes inside the string opened at line 45; treated as an"
                    + " unterminated string"));
    for (int i = 2; i < 120; i++) {
      String text = "{\"id\": " + i + ", \"c\": \"x\"}";
      assertThat(records.get(i)).isEqualTo(ok(2 + i, offsetOf(bytes, text), text));
    }
    assertThat(records.get(120))
        .isEqualTo(ok(122, offsetOf(bytes, "{\"id\": 120}"), "{\"id\": 120}"));
  }

  @Test
  void minifiedArrayCannotResync() throws Exception {
    // no line break inside the open string: nothing to cut at, the rest is one element as before
    String json = "[{\"id\":1},{\"id\":2,\"c\":\"open},{\"id\":3}]";
    assertThat(readAll(JSON, json))
        .containsExactly(
            ok(1, 1, "{\"id\":1}"),
            new Rec(
                1,
                10,
                28,
                "{\"id\":2,\"c\":\"open},{\"id\":3}]",
                Flaw.TRUNCATED,
                "the input ended inside this element"));
  }

  @Test
  void resyncsStopAtTheReplayCap() throws Exception {
    // every line ends inside a string whatever came before ('\"' is an escaped quote inside a
    // string and opens one outside), so each element reaches the read limit open and resyncs at the
    // next
    // line, re-reading most of the limit each time: after 4 x the read limit, no more resyncs
    StringBuilder sb = new StringBuilder("[\n");
    for (int i = 0; i < 40; i++) {
      sb.append("  {\\\"").append("y".repeat(200)).append("\n");
    }
    sb.append("]\n");
    byte[] bytes = utf8(sb.toString());
    List<Rec> records = readAll(JSON, bytes);
    int truncated = 0;
    for (Rec r : records.subList(0, records.size() - 1)) {
      assertThat(r.flaw()).isEqualTo(Flaw.TRUNCATED);
      assertThat(r.line()).isEqualTo(2 + truncated);
      assertThat(r.offset()).isEqualTo(4 + truncated * 206L);
      assertThat(r.length()).isEqualTo(203);
      truncated++;
    }
    assertThat(truncated).isBetween(4, 6);
    Rec last = records.get(records.size() - 1);
    assertThat(last.flaw()).isEqualTo(Flaw.OVERSIZED);
    assertThat(last.line()).isEqualTo(2 + truncated);
    assertThat(last.offset()).isEqualTo(4 + truncated * 206L);
    assertThat(last.detail()).endsWith("the input ended inside this element");
  }

  private static long offsetOf(byte[] haystack, String needle) {
    byte[] n = utf8(needle);
    outer:
    for (int i = 0; i + n.length <= haystack.length; i++) {
      for (int k = 0; k < n.length; k++) {
        if (haystack[i + k] != n[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("no " + needle);
  }

  @Test
  void inputEndingBetweenElementsIsAStructureProblem() throws Exception {
    assertThat(readAll(JSON, "[{\"a\":1}, {\"b\":2}\n"))
        .containsExactly(
            ok(1, 1, "{\"a\":1}"),
            ok(1, 10, "{\"b\":2}"),
            problem(
                2,
                18,
                Flaw.STRUCTURE,
                "the input ended before the record array closed (missing ']')"));
  }

  @Test
  void dataAfterTheRootIsAStructureProblem() throws Exception {
    assertThat(readAll(JSON, "[{\"a\":1}]\n  xyz [1]"))
        .containsExactly(
            ok(1, 1, "{\"a\":1}"),
            problem(2, 12, Flaw.STRUCTURE, "data after the end of the JSON document"));
    assertThat(readAll(JSON, "{\"r\":[{}],\"n\":{\"m\":[]}} }"))
        .containsExactly(
            ok(1, 6, "{}"),
            problem(1, 24, Flaw.STRUCTURE, "data after the end of the JSON document"));
  }

  @Test
  void envelopeThatNeverClosesIsAStructureProblem() throws Exception {
    assertThat(readAll(JSON, "{\"r\":[{}], \"more\": 1"))
        .containsExactly(
            ok(1, 6, "{}"),
            problem(1, 20, Flaw.STRUCTURE, "the input ended before the root object closed"));
  }

  @Test
  void rootsWithoutRecords() throws Exception {
    assertThat(readAll(JSON, "  \"[{\\\"a\\\":1}]\""))
        .containsExactly(
            problem(
                1, 2, Flaw.STRUCTURE, "the document is a JSON string (possibly double-encoded)"));
    assertThat(readAll(JSON, "42"))
        .containsExactly(
            problem(
                1,
                0,
                Flaw.STRUCTURE,
                "the document is a single JSON scalar, not an array or object"));
    assertThat(readAll(JSON, "\n{\"a\":1,\"b\":{\"c\":[1]}}"))
        .containsExactly(
            problem(
                2,
                1,
                Flaw.STRUCTURE,
                "the root object has no field whose value is an array of records"));
    assertThat(readAll(JSON, "<html>"))
        .containsExactly(
            problem(1, 0, Flaw.STRUCTURE, "the document does not start with '[' or '{'"));
  }

  @Test
  void emptyArrayHasNoRecordsAndEmptyFileIsAStructureProblem() throws Exception {
    assertThat(readAll(JSON, " [ ] ")).isEmpty();
    assertThat(readAll(JSON, ""))
        .containsExactly(problem(1, 0, Flaw.STRUCTURE, "the file is empty"));
    assertThat(readAll(JSON, "\r\n \n"))
        .containsExactly(problem(1, 0, Flaw.STRUCTURE, "the file is empty"));
  }

  @Test
  void strayCommasAreStructureProblems() throws Exception {
    assertThat(readAll(JSON, "[{},,{},]"))
        .containsExactly(
            ok(1, 1, "{}"),
            problem(1, 4, Flaw.STRUCTURE, "an empty element: a comma with no element before it"),
            ok(1, 5, "{}"),
            problem(1, 8, Flaw.STRUCTURE, "a comma before ']' with no element after it"));
  }

  @Test
  void oversizedElementIsSkippedAndTheNextOneKeepsItsPosition() throws Exception {
    byte[] big = new byte[5000];
    Arrays.fill(big, (byte) 'x');
    byte[] doc = concat(utf8("[{\"a\":1},\n{\"big\":\""), big, utf8("\"},\n{\"c\":\"]\"}]"));
    List<Rec> records = readAll(JSON, doc);
    assertThat(records).hasSize(3);
    assertThat(records.get(1).flaw()).isEqualTo(Flaw.OVERSIZED);
    assertThat(records.get(1).line()).isEqualTo(2);
    assertThat(records.get(1).offset()).isEqualTo(10);
    assertThat(records.get(1).length()).isEqualTo(5010);
    assertThat(records.get(1).bytes()).hasSize(1024).startsWith("{\"big\":\"xx");
    assertThat(records.get(2)).isEqualTo(ok(3, 10 + 5010 + 2, "{\"c\":\"]\"}"));
  }

  @Test
  void bomMultiByteAndInvalidBytesDoNotDisturbStructure() throws Exception {
    byte[] doc =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            utf8("[{\"t\":\"é😀\"},{\"u\":\""),
            new byte[] {(byte) 0xFF, (byte) 0xC3, 0, '"', '}', ']'});
    List<Rec> records = readAll(JSON, doc);
    assertThat(records).extracting(Rec::flaw).containsExactly(Flaw.NONE, Flaw.NONE);
    assertThat(records.get(0).offset()).isEqualTo(4);
    assertThat(records.get(0).text()).isEqualTo("{\"t\":\"é😀\"}");
    assertThat(records.get(1).bytes().getBytes(StandardCharsets.ISO_8859_1))
        .endsWith((byte) 0xFF, (byte) 0xC3, (byte) 0, (byte) '"', (byte) '}');
  }

  @Test
  void utf16IsAnEncodingProblem() throws Exception {
    byte[] doc = "[{\"a\":1}]".getBytes(StandardCharsets.UTF_16); // with FE FF
    assertThat(readAll(JSON, doc))
        .containsExactly(
            problem(
                1, 0, Flaw.ENCODING, "the file is UTF-16BE (byte-order mark FE FF), not UTF-8"));
  }
}
