package dev.synap.preflight.rules.read;

import static dev.synap.preflight.rules.read.SplitterHarness.CSV;
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
  void unterminatedQuoteTruncatesTheRecord() throws Exception {
    assertThat(readAll(CSV, "id,content\n1,ok\n2,\"abc\ndef,\n"))
        .containsExactly(
            ok(2, 11, "1,ok"),
            new Rec(
                3,
                16,
                12,
                "2,\"abc\ndef,\n",
                Flaw.TRUNCATED,
                "unterminated quoted field starting at line 3"));
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
