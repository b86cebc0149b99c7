package dev.synap.preflight.rules.read;

import static dev.synap.preflight.rules.read.SplitterHarness.JSONL;
import static dev.synap.preflight.rules.read.SplitterHarness.concat;
import static dev.synap.preflight.rules.read.SplitterHarness.ok;
import static dev.synap.preflight.rules.read.SplitterHarness.problem;
import static dev.synap.preflight.rules.read.SplitterHarness.readAll;
import static dev.synap.preflight.rules.read.SplitterHarness.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.read.RawRecord.Flaw;
import dev.synap.preflight.rules.read.SplitterHarness.Rec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesSplitterTest {

  @Test
  void everyTerminatorEndsOneLine() throws Exception {
    // 0: {"a":1}\n (8)  8: {"b":2}\r\n (9)  17: {"c":3}\r (8)  25: {"d":4}
    List<Rec> records = readAll(JSONL, "{\"a\":1}\n{\"b\":2}\r\n{\"c\":3}\r{\"d\":4}");
    assertThat(records)
        .containsExactly(
            ok(1, 0, "{\"a\":1}"),
            ok(2, 8, "{\"b\":2}"),
            ok(3, 17, "{\"c\":3}"),
            ok(4, 25, "{\"d\":4}"));
  }

  @Test
  void blankLinesCountButAreNotRecords() throws Exception {
    List<Rec> records = readAll(JSONL, "\n  \r\n{\"a\":1}\n\t\r\r{\"b\":2}\n\n");
    assertThat(records).containsExactly(ok(3, 5, "{\"a\":1}"), ok(6, 16, "{\"b\":2}"));
  }

  @Test
  void crAtTheVeryEndAndCrCrAreSeparateLines() throws Exception {
    assertThat(readAll(JSONL, "{}\r\r{}\r")).containsExactly(ok(1, 0, "{}"), ok(3, 4, "{}"));
  }

  @Test
  void multiByteCharactersSplitAcrossReadsStayWhole() throws Exception {
    String line1 = "{\"t\":\"é€😀\"}";
    String line2 = "{\"t\":\"日本語\"}";
    List<Rec> records = readAll(JSONL, line1 + "\r\n" + line2);
    assertThat(records).containsExactly(ok(1, 0, line1), ok(2, utf8(line1).length + 2, line2));
    assertThat(records.get(0).text()).isEqualTo(line1);
  }

  @Test
  void utf8ByteOrderMarkIsSkippedButCounted() throws Exception {
    byte[] input =
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("{}\n{\"b\":1}"));
    assertThat(readAll(JSONL, input)).containsExactly(ok(1, 3, "{}"), ok(2, 6, "{\"b\":1}"));
  }

  @Test
  void oversizedLineIsSkippedAndTheNextLinesKeepTheirPositions() throws Exception {
    byte[] big = new byte[5000];
    Arrays.fill(big, (byte) 'x');
    big[0] = '{';
    byte[] input = concat(utf8("{\"a\":1}\n"), big, utf8("\r\n{\"c\":3}\n\n{\"d\":4}"));
    List<Rec> records = readAll(JSONL, input);
    assertThat(records).hasSize(4);
    Rec over = records.get(1);
    assertThat(over.flaw()).isEqualTo(Flaw.OVERSIZED);
    assertThat(over.line()).isEqualTo(2);
    assertThat(over.offset()).isEqualTo(8);
    assertThat(over.length()).isEqualTo(5000);
    assertThat(over.bytes()).hasSize(1024).startsWith("{xxx");
    assertThat(over.detail())
        .isEqualTo("record is 5,000 bytes, over the read limit of 1,024; not parsed");
    assertThat(records.subList(2, 4))
        .containsExactly(ok(3, 8 + 5002, "{\"c\":3}"), ok(5, 8 + 5002 + 9, "{\"d\":4}"));
  }

  @Test
  void lineOfExactlyTheLimitIsNotOversized() throws Exception {
    byte[] line = new byte[1024];
    Arrays.fill(line, (byte) 'y');
    List<Rec> records = readAll(JSONL, concat(line, utf8("\n"), line, utf8("y")));
    assertThat(records).extracting(Rec::flaw).containsExactly(Flaw.NONE, Flaw.OVERSIZED);
    assertThat(records.get(0).length()).isEqualTo(1024);
    assertThat(records.get(1).length()).isEqualTo(1025);
  }

  @Test
  void nulAndInvalidUtf8PassThroughUntouched() throws Exception {
    byte[] bad = {'{', '"', 'a', '"', ':', '"', 0, (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
    List<Rec> records = readAll(JSONL, concat(bad, utf8("\n{}\n")));
    assertThat(records).hasSize(2);
    assertThat(records.get(0).bytes().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(bad);
    assertThat(records.get(1)).isEqualTo(ok(2, 13, "{}"));
  }

  @Test
  void malformedLinesAreStillRecords() throws Exception {
    assertThat(readAll(JSONL, "{\"a\":\n]]]\n{\"b\":2}"))
        .containsExactly(ok(1, 0, "{\"a\":"), ok(2, 6, "]]]"), ok(3, 10, "{\"b\":2}"));
  }

  @Test
  void emptyOrBlankFileIsOneStructureRecord() throws Exception {
    Rec empty = problem(1, 0, Flaw.STRUCTURE, "the file is empty");
    assertThat(readAll(JSONL, "")).containsExactly(empty);
    assertThat(readAll(JSONL, " \n\r\n\t\r")).containsExactly(empty);
    assertThat(readAll(JSONL, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}))
        .containsExactly(empty);
  }

  @Test
  void utf16WithByteOrderMarkIsOneEncodingRecord() throws Exception {
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "{}\n{}".getBytes(StandardCharsets.UTF_16LE));
    assertThat(readAll(JSONL, le))
        .containsExactly(
            problem(
                1, 0, Flaw.ENCODING, "the file is UTF-16LE (byte-order mark FF FE), not UTF-8"));
    byte[] be = "{}\n{}".getBytes(StandardCharsets.UTF_16); // Java writes FE FF first
    assertThat(readAll(JSONL, be))
        .containsExactly(
            problem(
                1, 0, Flaw.ENCODING, "the file is UTF-16BE (byte-order mark FE FF), not UTF-8"));
  }

  @Test
  void utf16AndUtf32WithoutByteOrderMarkAreRecognizedByTheirNulBytes() throws Exception {
    List<Rec> le = readAll(JSONL, "{\"a\":1}".getBytes(StandardCharsets.UTF_16LE));
    assertThat(le).hasSize(1);
    assertThat(le.get(0).flaw()).isEqualTo(Flaw.ENCODING);
    assertThat(le.get(0).detail()).contains("UTF-16LE").contains("not UTF-8");
    List<Rec> be32 =
        readAll(JSONL, "{\"a\":1}".getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
    assertThat(be32.get(0).detail()).contains("UTF-32BE");
  }

  @Test
  void aNulInsideTheFirstLineIsNotMistakenForUtf16() throws Exception {
    byte[] input = {'{', '"', 'a', '"', ':', '"', 0, '"', '}'};
    assertThat(readAll(JSONL, input)).extracting(Rec::flaw).containsExactly(Flaw.NONE);
  }
}
