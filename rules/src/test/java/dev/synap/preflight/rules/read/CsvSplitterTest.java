package dev.synap.preflight.rules.read;

import static dev.synap.preflight.rules.read.SplitterHarness.CSV;
import static dev.synap.preflight.rules.read.SplitterHarness.SMALL;
import static dev.synap.preflight.rules.read.SplitterHarness.concat;
import static dev.synap.preflight.rules.read.SplitterHarness.obviousCsv;
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
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvSplitterTest {

  @Test
  void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
    String csv =
        "id,content\r\n"
            + "1,\"hello, world\"\r\n"
            + "2,\"she said \"\"hi\"\"\"\r\n"
            + "3,\"line1\nline2\r\nline3\"\r\n"
            + "4,x";
    assertThat(readAll(CSV, csv))
        .containsExactly(
            ok(2, 12, "1,\"hello, world\""),
            ok(3, 30, "2,\"she said \"\"hi\"\"\""),
            ok(4, 51, "3,\"line1\nline2\r\nline3\""),
            ok(7, 75, "4,x"));
  }

  @Test
  void headerIsTrimmedAndByteOrderMarkStripped() throws Exception {
    byte[] csv =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(" id ,\"con,tent\" \n1,a\n"));
    assertThat(readAll(CSV, csv)).containsExactly(ok(2, 20, "1,a"));
    try (CsvSplitter s = new CsvSplitter(new ByteArrayInputStream(csv), 0, SMALL)) {
      assertThat(s.header()).isNull();
      s.next();
      assertThat(s.header()).containsExactly("id", "con,tent");
      DecodedRecord row = s.decoder().decode(utf8("7,b"), 3);
      assertThat(row.value().toString()).isEqualTo("{\"id\":\"7\",\"con,tent\":\"b\"}");
    }
  }

  @Test
  void blankLinesAreSkippedButCounted() throws Exception {
    assertThat(readAll(CSV, "\n\nid\r\r1\n  \n2\r")).containsExactly(ok(5, 6, "1"), ok(7, 11, "2"));
  }

  @Test
  void unterminatedQuoteTruncatesTheRecordToItsFirstLineAndTheNextLinesAreReadAgain()
      throws Exception {
    assertThat(readAll(CSV, "id,content\n1,ok\n2,\"abc\ndef,\n"))
        .containsExactly(
            ok(2, 11, "1,ok"),
            new Rec(
                3,
                16,
                6,
                "2,\"abc",
                Flaw.TRUNCATED,
                "unterminated quoted field starting at line 3"),
            ok(4, 23, "def,"));
  }

  @Test
  void rowsAfterAnUnterminatedQuoteKeepTheirExactLinesAndOffsets() throws Exception {
    // b's quote never closes: the doubled quotes in d are escaped quotes inside it, so the rows
    // after b were all one field; read again, d's quotes are literal and every row is its own
    String csv =
        "id,content\r\n"
            + "a,\"fine\r\nover two lines\"\r\n"
            + "b,\"never closed\r\n"
            + "c,world\r\n"
            + "\r\n"
            + "d,say \"\"hi\"\"\r\n"
            + "e,\n"
            + "f,x\r"
            + "g,\n";
    byte[] bytes = utf8(csv);
    assertThat(readAll(CSV, bytes))
        .containsExactly(
            ok(2, 12, "a,\"fine\r\nover two lines\""),
            new Rec(
                4,
                offsetOf(bytes, "b,\""),
                15,
                "b,\"never closed",
                Flaw.TRUNCATED,
                "unterminated quoted field starting at line 4"),
            ok(5, offsetOf(bytes, "c,world"), "c,world"),
            ok(7, offsetOf(bytes, "d,say"), "d,say \"\"hi\"\""),
            ok(8, offsetOf(bytes, "\ne,") + 1, "e,"),
            ok(9, offsetOf(bytes, "f,x"), "f,x"),
            ok(10, offsetOf(bytes, "g,"), "g,"));
  }

  @Test
  void twoUnterminatedQuotesAreTwoTruncatedRecordsAndTheRowsAroundThemAreRead() throws Exception {
    // 1's quote runs to the end (3's quotes do not close it: '"b' closes, '"d' opens again);
    // read again from line 3, row 3 opens a quote of its own that is still open at its line break
    String csv = "id,content\n1,\"open\n2,ok\n3,\"b\",c,\"d\n4,ok\n5,\"\"\n";
    byte[] bytes = utf8(csv);
    assertThat(readAll(CSV, bytes))
        .containsExactly(
            new Rec(
                2,
                11,
                7,
                "1,\"open",
                Flaw.TRUNCATED,
                // as without the resync: the quote still open at the end of the input
                "unterminated quoted field starting at line 4"),
            ok(3, offsetOf(bytes, "2,ok"), "2,ok"),
            new Rec(
                4,
                offsetOf(bytes, "3,"),
                10,
                "3,\"b\",c,\"d",
                Flaw.TRUNCATED,
                "unterminated quoted field starting at line 4"),
            ok(5, offsetOf(bytes, "4,ok"), "4,ok"),
            ok(6, offsetOf(bytes, "5,"), "5,\"\""));
  }

  @Test
  void aReReadRowCutAtItsLineBreakNamesTheQuoteStillOpenAtTheEnd() throws Exception {
    // first pass from 1: line 3's '"d' is still open at its line break, line 4 closes it and opens
    // '"z', open at the end. Read again, row 3 is cut at its line break and, like 1, names line 4
    String csv = "h\n1,\"a\n3,\"b\",c,\"d\nx\",y,\"z\n";
    assertThat(readAll(CSV, csv))
        .containsExactly(
            new Rec(
                2, 2, 4, "1,\"a", Flaw.TRUNCATED, "unterminated quoted field starting at line 4"),
            new Rec(
                3,
                7,
                10,
                "3,\"b\",c,\"d",
                Flaw.TRUNCATED,
                "unterminated quoted field starting at line 4"),
            new Rec(
                4,
                18,
                7,
                "x\",y,\"z",
                Flaw.TRUNCATED,
                "unterminated quoted field starting at line 4"));
  }

  @Test
  void theReReadPartIsParsedFromTheStartOfEachLine() throws Exception {
    // from 1's quote, the quote at the start of line 3 closes it and ',"c' opens one that runs to
    // the end; read again from line 3, that line opens and closes a quote and is a complete row
    String csv = "h\n1,\"a\n\",x,\"c\n3,ok\n";
    assertThat(readAll(CSV, csv))
        .containsExactly(
            new Rec(
                2, 2, 4, "1,\"a", Flaw.TRUNCATED, "unterminated quoted field starting at line 3"),
            ok(3, 7, "\",x,\"c"),
            ok(4, 14, "3,ok"));
  }

  @Test
  void unterminatedQuoteOnTheLastLineIsTheLastRecord() throws Exception {
    assertThat(readAll(CSV, "id\n1\n2,\"abc"))
        .containsExactly(
            ok(2, 3, "1"),
            new Rec(
                3,
                5,
                6,
                "2,\"abc",
                Flaw.TRUNCATED,
                "unterminated quoted field starting at line 3"));
  }

  @Test
  void quoteOpenAtTheReadLimitIsCutThereAndEveryLaterRowIsRead() throws Exception {
    // 2's quote never closes: at 1,024 bytes (the read limit) it is still open, so it is cut to
    // its first line and the rows it swallowed are read again, then the rows past the limit
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      rows.append(i).append(i % 3 == 0 ? ",row\r\n" : ",row\n");
    }
    String csv = "id,content\n1,ok\n2,\"open\n" + rows + "last,\"closed\"\n";
    byte[] bytes = utf8(csv);
    assertThat(bytes.length).isGreaterThan(2 * 1024);
    List<Rec> records = readAll(CSV, bytes);
    assertThat(records).hasSize(303);
    assertThat(records.get(0)).isEqualTo(ok(2, 11, "1,ok"));
    assertThat(records.get(1))
        .isEqualTo(
            new Rec(
                3,
                16,
                7,
                "2,\"open",
                Flaw.TRUNCATED,
                "quoted field starting at line 3 runs past the read limit of 1,024 bytes;"
                    + " treated as an unterminated quote"));
    for (int i = 0; i < 300; i++) {
      String text = i + ",row";
      long offset = offsetOf(bytes, "\n" + text + (i % 3 == 0 ? "\r" : "\n")) + 1;
      assertThat(records.get(2 + i)).as("row %d", i).isEqualTo(ok(4 + i, offset, text));
    }
    assertThat(records.get(302)).isEqualTo(ok(304, offsetOf(bytes, "last,"), "last,\"closed\""));
    assertThat(records).extracting(Rec::offset).isSorted();
  }

  @Test
  void aReReadRowStillInAQuoteAtItsLineBreakIsCutAndTheRowsAfterTheLimitAreRead() throws Exception {
    // 1's quote reaches the read limit open ('"b' closes it, '"d' opens the one still open there);
    // read again, row 3's '"d' is open at its line break (the first pass was inside a quote there
    // too): it is cut there, and
    // the rows after it, before and past the limit, are read
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      rows.append("r").append(i).append(",x\n");
    }
    String csv = "h\n1,\"a\n2,ok\n3,\"b\",c,\"d\n" + rows;
    byte[] bytes = utf8(csv);
    List<Rec> records = readAll(CSV, bytes);
    assertThat(records).hasSize(203);
    String why =
        "quoted field starting at line %d runs past the read limit of 1,024 bytes;"
            + " treated as an unterminated quote";
    assertThat(records.get(0))
        .isEqualTo(new Rec(2, 2, 4, "1,\"a", Flaw.TRUNCATED, String.format(Locale.ROOT, why, 4)));
    assertThat(records.get(1)).isEqualTo(ok(3, 7, "2,ok"));
    assertThat(records.get(2))
        .isEqualTo(
            new Rec(
                4, 12, 10, "3,\"b\",c,\"d", Flaw.TRUNCATED, String.format(Locale.ROOT, why, 4)));
    for (int i = 0; i < 200; i++) {
      String text = "r" + i + ",x";
      assertThat(records.get(3 + i))
          .isEqualTo(ok(5 + i, offsetOf(bytes, "\n" + text + "\n") + 1, text));
    }
  }

  @Test
  void unterminatedQuoteWhoseFirstLineIsOverTheReadLimitSaysWhatCouldNotBeChecked()
      throws Exception {
    // no line break within the read limit: nothing to re-read, the record runs to the end
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      rows.append(i).append(",row\n");
    }
    String csv = "id,content\n1,ok\n2,\"open" + "x".repeat(1100) + "\n" + rows;
    byte[] bytes = utf8(csv);
    long length = bytes.length - 16;
    List<Rec> records = readAll(CSV, bytes);
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).isEqualTo(ok(2, 11, "1,ok"));
    Rec open = records.get(1);
    assertThat(open.flaw()).isEqualTo(Flaw.OVERSIZED);
    assertThat(open.line()).isEqualTo(3);
    assertThat(open.offset()).isEqualTo(16);
    assertThat(open.length()).isEqualTo(length);
    assertThat(open.bytes()).hasSize(1024).startsWith("2,\"openxxx");
    assertThat(open.detail())
        .isEqualTo(
            String.format(
                Locale.ROOT,
                "record is %,d bytes, over the read limit of 1,024; not parsed;"
                    + " unterminated quoted field starting at line 3;"
                    + " the %,d bytes from line 3 to the end of the file could not be checked",
                length,
                length));
  }

  @Test
  void aQuotedFieldOverTheReadLimitOnOneLineStaysOneOversizedRecord() throws Exception {
    String csv = "h\n1,\"" + "y".repeat(1500) + "\"\n2,ok\n";
    List<Rec> records = readAll(CSV, csv);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).flaw()).isEqualTo(Flaw.OVERSIZED);
    assertThat(records.get(1)).isEqualTo(ok(3, 2 + 1505, "2,ok"));
  }

  /**
   * The resync rule, the obvious (quadratic) way: the whole input in memory, and a record the input
   * ends in inside a quote cut to its first line and the input scanned again from the next line.
   * The splitter must give exactly the same records.
   */
  @Test
  void randomInputsGiveWhatTheObviousWayGives() throws Exception {
    Random random = new Random(20240611);
    String[] tokens = {
      "a", ",", ",", "\"", "\"", "\"", "\"\"", "\n", "\n", "\n", "\r", "\r\n", " ", "\t", "é"
    };
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int count = random.nextInt(40);
      for (int i = 0; i < count; i++) {
        sb.append(tokens[random.nextInt(tokens.length)]);
        if (random.nextInt(60) == 0) {
          sb.append("x".repeat(300 + random.nextInt(900)));
        }
      }
      byte[] input = utf8(sb.toString());
      assertThat(readAll(CSV, input))
          .as("%s", sb.toString().replace("\n", "\\n").replace("\r", "\\r"))
          .isEqualTo(obviousCsv(input, 1024));
    }
  }

  /** As above, with inputs long enough that quotes often reach the read limit still open. */
  @Test
  void randomLongInputsGiveWhatTheObviousWayGives() throws Exception {
    Random random = new Random(20261124);
    String filler = "y".repeat(90);
    String[] tokens = {
      "a,", ",", ",\"", "\"\"", "\n", "\n", "\r\n", "\r", filler, filler, filler, filler
    };
    int early = 0;
    for (int n = 0; n < 400; n++) {
      StringBuilder sb = new StringBuilder("h\n");
      int count = 20 + random.nextInt(120);
      for (int i = 0; i < count; i++) {
        sb.append(tokens[random.nextInt(tokens.length)]);
      }
      byte[] input = utf8(sb.toString());
      List<Rec> records = readAll(CSV, input);
      assertThat(records)
          .as("%s", sb.toString().replace("\n", "\\n").replace("\r", "\\r"))
          .isEqualTo(obviousCsv(input, 1024));
      if (records.stream().anyMatch(r -> r.detail() != null && r.detail().contains("runs past"))) {
        early++;
      }
    }
    assertThat(early).as("inputs cut at the read limit").isGreaterThan(20);
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
  void quoteInsideAnUnquotedFieldIsLiteral() throws Exception {
    assertThat(readAll(CSV, "a,b\nx\"y,z\n1,2"))
        .containsExactly(ok(2, 4, "x\"y,z"), ok(3, 10, "1,2"));
  }

  @Test
  void oversizedRecordIsSkipped() throws Exception {
    byte[] big = new byte[3000];
    Arrays.fill(big, (byte) 'q');
    byte[] csv = concat(utf8("id,text\n1,\""), big, utf8("\n\"\n2,b\n"));
    List<Rec> records = readAll(CSV, csv);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).flaw()).isEqualTo(Flaw.OVERSIZED);
    assertThat(records.get(0).line()).isEqualTo(2);
    assertThat(records.get(0).length()).isEqualTo(3005);
    assertThat(records.get(1)).isEqualTo(ok(4, 8 + 3006, "2,b"));
  }

  @Test
  void emptyFileAndFileWithOnlyAHeader() throws Exception {
    assertThat(readAll(CSV, ""))
        .containsExactly(problem(1, 0, Flaw.STRUCTURE, "the file is empty"));
    assertThat(readAll(CSV, " \r\n"))
        .containsExactly(problem(1, 0, Flaw.STRUCTURE, "the file is empty"));
    assertThat(readAll(CSV, "id,content\r\n")).isEmpty();
  }

  @Test
  void unusableHeaderIsAStructureProblem() throws Exception {
    assertThat(readAll(CSV, "id,\"content\n1,2\n"))
        .containsExactly(
            problem(
                1,
                0,
                Flaw.STRUCTURE,
                "the header row is unusable: unterminated quoted field starting at line 1"));
  }

  @Test
  void utf16IsAnEncodingProblem() throws Exception {
    byte[] csv =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE}, "id\n1\n".getBytes(StandardCharsets.UTF_16LE));
    assertThat(readAll(CSV, csv))
        .containsExactly(
            problem(
                1, 0, Flaw.ENCODING, "the file is UTF-16LE (byte-order mark FF FE), not UTF-8"));
  }
}
