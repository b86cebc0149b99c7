package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is normal input: every hostile file of issue 7 runs through the real command line and
 * must come out as findings at the right place, with the exact exit code of DESIGN.md, without a
 * stack trace, and without keeping the rest of the file (or the other files) from being checked.
 * Inputs are generated here, in a temporary directory; nothing large is checked in.
 */
class HostileInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A Java class name such as IOException or StackOverflowError, as a stack trace would show. */
  private static final Pattern THROWABLE_NAME = Pattern.compile("\\b[A-Z]\\w+(Exception|Error)\\b");

  private static final String GOOD = "{\"id\":\"g1\",\"content\":\"fine\"}\n";

  @TempDir Path dir;

  /** The outcome of one run: exit code, the parsed report.json, console output. */
  private record Run(int exit, JsonNode report, String out, String err) {
    List<JsonNode> findings(String rule) {
      List<JsonNode> out = new ArrayList<>();
      for (JsonNode f : report.get("findings")) {
        if (f.get("rule").asText().equals(rule)) {
          out.add(f);
        }
      }
      return out;
    }

    /** The single finding of {@code rule} in the file named {@code fileName}. */
    JsonNode only(String rule, String fileName) {
      List<JsonNode> in = new ArrayList<>();
      for (JsonNode f : findings(rule)) {
        if (f.get("file").asText().endsWith(fileName)) {
          in.add(f);
        }
      }
      assertThat(in).as("%s findings in %s of %s", rule, fileName, report).hasSize(1);
      return in.get(0);
    }

    JsonNode input(String fileName) {
      for (JsonNode i : report.get("inputs")) {
        if (i.get("path").asText().endsWith(fileName)) {
          return i;
        }
      }
      throw new AssertionError("no input " + fileName + " in " + report.get("inputs"));
    }

    long total(String name) {
      return report.at("/totals/" + name).asLong();
    }
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  private Path write(String name, String content) throws IOException {
    return write(name, utf8(content));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] repeat(char c, int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) c);
    return b;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  /** Offset of the first occurrence of {@code needle} in {@code hay}, as a finding reports it. */
  private static long offsetOf(byte[] hay, String needle) {
    byte[] n = utf8(needle);
    outer:
    for (int i = 0; i + n.length <= hay.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (hay[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("no " + needle);
  }

  /** Runs {@code validate} with a JSON report and checks that nothing crashed visibly. */
  private Run validate(String... args) throws IOException {
    Path out = dir.resolve("report-" + System.nanoTime());
    List<String> all =
        new ArrayList<>(
            List.of(
                "validate",
                "--report-dir",
                out.toString(),
                "--format",
                "json",
                "--progress",
                "never",
                "--threads",
                "2"));
    all.addAll(List.of(args));
    CliRunner.Result r = CliRunner.run(all.toArray(new String[0]));
    for (String stream : new String[] {r.out(), r.err()}) {
      assertThat(stream).doesNotContain("\tat ").doesNotContainPattern(THROWABLE_NAME);
      assertThat(stream).doesNotContain("internal error");
    }
    Path json = out.resolve("report.json");
    assertThat(json).as("report.json; stdout: %s; stderr: %s", r.out(), r.err()).exists();
    String text = Files.readString(json, StandardCharsets.UTF_8);
    assertThat(text).doesNotContainPattern(THROWABLE_NAME);
    return new Run(r.exitCode(), JSON.readTree(text), r.out(), r.err());
  }

  private static String s(Path p) {
    return p.toString();
  }

  // 1 ------------------------------------------------------------------------------------------

  @Test
  void emptyAndWhitespaceOnlyFilesAreOneFindingEachAndTheNextFileIsChecked() throws IOException {
    Path empty = write("empty.jsonl", "");
    Path blank = write("blank.jsonl", "  \n\t\r\n   \n");
    Path blankJson = write("blank.json", "\n \n");
    Path blankCsv = write("blank.csv", "\r\n\r\n");
    Path good = write("good.jsonl", GOOD + "{\"id\":\"g2\"}\n");
    Run r = validate(s(empty), s(blank), s(blankJson), s(blankCsv), s(good));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    for (String name : new String[] {"empty.jsonl", "blank.jsonl", "blank.json", "blank.csv"}) {
      JsonNode f = r.only("malformed-record", name);
      assertThat(f.get("message").asText()).isEqualTo("the file is empty");
      assertThat(f.get("line").asLong()).isEqualTo(1);
      assertThat(f.get("byteOffset").asLong()).isZero();
      assertThat(r.input(name).get("records").asLong()).isZero();
      assertThat(r.input(name).get("error").isNull()).isTrue();
    }
    assertThat(r.input("good.jsonl").get("records").asLong()).isEqualTo(2);
    JsonNode missing = r.only("missing-field", "good.jsonl");
    assertThat(missing.get("line").asLong()).isEqualTo(2);
    assertThat(missing.get("documentId").asText()).isEqualTo("g2");
  }

  // 2 ------------------------------------------------------------------------------------------

  @Test
  void directoryGivenAsAFileExitsThreeAndTheOtherInputsAreChecked() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("export.jsonl"));
    Path good = write("good.jsonl", GOOD + "{\"id\":\"g2\"}\n");
    Run r = validate(s(folder), s(good));
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_OR_INTERNAL);
    assertThat(r.input("export.jsonl").get("error").asText()).contains("is a directory");
    assertThat(r.out()).contains("NOT READ: is a directory");
    assertThat(r.input("good.jsonl").get("records").asLong()).isEqualTo(2);
    assertThat(r.only("missing-field", "good.jsonl").get("line").asLong()).isEqualTo(2);
  }

  // 3 ------------------------------------------------------------------------------------------

  /**
   * Tests run as root here, and root reads a {@code chmod 000} file anyway, so permissions cannot
   * make a file unreadable. {@code /proc/self/mem} really fails: it is a regular file (size 0) that
   * opens fine, but reading it at offset 0 reads address 0 of this JVM, which is never mapped, so
   * the first {@code read} fails with EIO ("Input/output error"). That is the path of a disk or
   * network file system failing under the reader, the case a stack trace would come from.
   */
  @Test
  void fileThatFailsToReadExitsThreeWithoutAStackTrace() throws IOException {
    Path mem = Path.of("/proc/self/mem");
    Assumptions.assumeTrue(Files.isRegularFile(mem), "needs Linux /proc");
    Path good = write("good.jsonl", GOOD + "{\"id\":\"g2\"}\n");
    Run r = validate(s(mem), s(good));
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_OR_INTERNAL);
    assertThat(r.input("mem").get("error").asText()).startsWith("cannot read");
    assertThat(r.out()).contains("NOT READ: cannot read");
    assertThat(r.input("good.jsonl").get("records").asLong()).isEqualTo(2);
    assertThat(r.only("missing-field", "good.jsonl").get("line").asLong()).isEqualTo(2);
  }

  // 4 ------------------------------------------------------------------------------------------

  @Test
  void jsonArrayCutInsideAnElementKeepsTheElementsBeforeIt() throws IOException {
    byte[] bytes =
        utf8(
            "[\n{\"id\":\"a\",\"content\":\"x\"},\n{\"id\":\"b\"},\n"
                + "{\"id\":\"c\",\"content\":\"with a long tail that is cu");
    Path cut = write("cut.json", bytes);
    Path good = write("good.jsonl", GOOD);
    Run r = validate(s(cut), s(good));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    JsonNode f = r.only("malformed-record", "cut.json");
    assertThat(f.get("message").asText())
        .isEqualTo("truncated record: the input ended inside this element");
    assertThat(f.get("line").asLong()).isEqualTo(4);
    assertThat(f.get("byteOffset").asLong()).isEqualTo(offsetOf(bytes, "{\"id\":\"c\""));
    // the elements before the cut were checked: b has no content
    assertThat(r.only("missing-field", "cut.json").get("documentId").asText()).isEqualTo("b");
    assertThat(r.input("cut.json").get("records").asLong()).isEqualTo(3);
    assertThat(r.input("good.jsonl").get("records").asLong()).isEqualTo(1);
  }

  @Test
  void jsonLinesWithItsLastLineCutKeepsTheLinesBeforeIt() throws IOException {
    byte[] bytes = utf8("{\"id\":\"a\",\"content\":\"x\"}\n{\"id\":\"b\"}\n{\"id\":\"c\",\"cont");
    Path cut = write("cut.jsonl", bytes);
    Path good = write("good.jsonl", GOOD);
    Run r = validate(s(cut), s(good));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    JsonNode f = r.only("malformed-record", "cut.jsonl");
    assertThat(f.get("line").asLong()).isEqualTo(3);
    // a syntax error: the offset is where the parser gave up, the end of the input
    assertThat(f.get("byteOffset").asLong()).isEqualTo(bytes.length);
    assertThat(f.get("message").asText()).startsWith("not valid JSON: Unexpected end-of-input");
    assertThat(r.only("missing-field", "cut.jsonl").get("line").asLong()).isEqualTo(2);
    assertThat(r.input("good.jsonl").get("records").asLong()).isEqualTo(1);
  }

  // 5 ------------------------------------------------------------------------------------------

  /** The 1 GB line, scaled down: a 4 KiB read limit and a 1 MiB line with no newline in it. */
  @Test
  void lineFarOverTheReadLimitIsOneFindingAndTheNextLineIsChecked() throws IOException {
    Path config = write("limits.yaml", "limits:\n  record-read-bytes: 4096\n");
    byte[] first = utf8("{\"id\":\"before\",\"content\":\"x\"}\n");
    byte[] huge =
        concat(utf8("{\"id\":\"huge\",\"content\":\""), repeat('a', 1 << 20), utf8("\"}\n"));
    byte[] after = utf8("{\"id\":\"after\",\"created_at\":\"yesterday\"}\n");
    byte[] bytes = concat(first, huge, after);
    Path big = write("big.jsonl", bytes);
    Run r = validate("--config", s(config), s(big));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    JsonNode over = r.only("oversized-document", "big.jsonl");
    assertThat(over.get("line").asLong()).isEqualTo(2);
    assertThat(over.get("byteOffset").asLong()).isEqualTo(first.length);
    assertThat(over.get("documentId").asText()).isEqualTo("huge");
    assertThat(over.get("message").asText())
        .contains(String.format(java.util.Locale.ROOT, "%,d bytes", huge.length - 1))
        .contains("read limit of 4,096");
    // the line after it was read and checked on its own
    JsonNode missing = r.only("missing-field", "big.jsonl");
    assertThat(missing.get("line").asLong()).isEqualTo(3);
    assertThat(missing.get("byteOffset").asLong()).isEqualTo(first.length + huge.length);
    assertThat(missing.get("documentId").asText()).isEqualTo("after");
    assertThat(r.only("invalid-timestamp", "big.jsonl").get("line").asLong()).isEqualTo(3);
    assertThat(r.input("big.jsonl").get("records").asLong()).isEqualTo(3);
    assertThat(r.report().at("/configuration/limits/recordReadBytes").asLong()).isEqualTo(4096);
  }

  // 6 ------------------------------------------------------------------------------------------

  @Test
  void parserLimitsAndNonJsonNumbersAreFindingsNotCrashes() throws IOException {
    String deepPrefix = "{\"id\":\"deep\",\"content\":\"x\",\"m\":";
    byte[] deep = concat(utf8(deepPrefix), repeat('[', 100_000), repeat(']', 100_000), utf8("}\n"));
    byte[] digits =
        concat(utf8("{\"id\":\"num\",\"content\":\"x\",\"n\":"), repeat('9', 10_000), utf8("}\n"));
    byte[] specials =
        utf8(
            "{\"id\":\"nan\",\"content\":\"x\",\"n\":NaN}\n"
                + "{\"id\":\"inf\",\"content\":\"x\",\"n\":Infinity}\n"
                + "{\"id\":\"ninf\",\"content\":\"x\",\"n\":-Infinity}\n");
    byte[] bytes = concat(deep, digits, specials, utf8(GOOD));
    Path f = write("limits.jsonl", bytes);
    Run r = validate(s(f));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    List<JsonNode> bad = r.findings("malformed-record");
    assertThat(bad).hasSize(5);
    assertThat(bad.get(0).get("line").asLong()).isEqualTo(1);
    assertThat(bad.get(0).get("message").asText())
        .contains("nesting depth (1001) exceeds the maximum allowed (1000)");
    // the thousand-and-first '[' (the root object is depth 1), give or take Jackson's position
    assertThat(bad.get(0).get("byteOffset").asLong())
        .isBetween(deepPrefix.length() + 998L, deepPrefix.length() + 1000L);
    assertThat(bad.get(1).get("line").asLong()).isEqualTo(2);
    assertThat(bad.get(1).get("message").asText())
        .contains("Number value length (10000) exceeds the maximum allowed (1000)");
    assertThat(bad.get(1).get("byteOffset").asLong())
        .isBetween((long) deep.length, 10_100L + deep.length);
    String[] tokens = {"NaN", "Infinity", "-Infinity"};
    for (int i = 0; i < 3; i++) {
      JsonNode special = bad.get(2 + i);
      assertThat(special.get("line").asLong()).isEqualTo(3 + i);
      assertThat(special.get("message").asText())
          .contains("'" + tokens[i] + "'")
          .contains("JSON has no NaN or Infinity");
      assertThat(special.get("byteOffset").asLong())
          .isEqualTo(offsetOf(bytes, ":" + tokens[i] + "}") + 1);
    }
    // the good line after them was checked
    assertThat(r.input("limits.jsonl").get("records").asLong()).isEqualTo(6);
    assertThat(r.total("documents")).isEqualTo(1);
  }

  // 7 ------------------------------------------------------------------------------------------

  @Test
  void duplicateKeyIsAFindingAndTheRecordIsCheckedWithTheLastValue() throws IOException {
    Path f =
        write(
            "dup.jsonl",
            "{\"id\": \"1\", \"id\": \"2\", \"content\": \"x\"}\n"
                + "{\"id\": \"2\", \"content\": \"something else\"}\n");
    Run r = validate(s(f));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    JsonNode dup = r.only("malformed-record", "dup.jsonl");
    assertThat(dup.get("field").asText()).isEqualTo("id");
    assertThat(dup.get("line").asLong()).isEqualTo(1);
    assertThat(dup.get("documentId").asText()).isEqualTo("2");
    assertThat(dup.get("message").asText()).contains("key 'id' occurs more than once");
    // id "2" won: the next record with id "2" and other content conflicts with it
    JsonNode conflict = r.only("conflicting-id", "dup.jsonl");
    assertThat(conflict.get("line").asLong()).isEqualTo(2);
    assertThat(conflict.get("documentId").asText()).isEqualTo("2");
    assertThat(r.total("documents")).isEqualTo(2);
  }

  // 8 ------------------------------------------------------------------------------------------

  @Test
  void utf16AndUtf32FilesAreOneFindingEachAndTheOtherFilesAreChecked() throws IOException {
    String text = "{\"id\":\"a\",\"content\":\"x\"}\n{\"id\":\"b\",\"content\":\"y\"}\n";
    byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] be = text.getBytes(StandardCharsets.UTF_16BE);
    byte[] utf32le = text.getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
    byte[] utf32be = text.getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
    Path[] files = {
      write("u16le.jsonl", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le)),
      write("u16be.jsonl", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be)),
      write("u32le.jsonl", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, utf32le)),
      write("u32be.jsonl", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, utf32be)),
      write("u16.jsonl", le),
      write("good.jsonl", GOOD + "{\"id\":\"g2\"}\n")
    };
    String[][] expected = {
      {"u16le.jsonl", "the file is UTF-16LE (byte-order mark FF FE), not UTF-8"},
      {"u16be.jsonl", "the file is UTF-16BE (byte-order mark FE FF), not UTF-8"},
      {"u32le.jsonl", "the file is UTF-32LE (byte-order mark FF FE 00 00), not UTF-8"},
      {"u32be.jsonl", "the file is UTF-32BE (byte-order mark 00 00 FE FF), not UTF-8"},
      {"u16.jsonl", "the file looks like UTF-16LE (no byte-order mark"},
    };
    String[] args = new String[files.length];
    for (int i = 0; i < files.length; i++) {
      args[i] = s(files[i]);
    }
    Run r = validate(args);
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    for (String[] e : expected) {
      JsonNode f = r.only("invalid-utf8", e[0]);
      assertThat(f.get("message").asText()).startsWith(e[1]);
      assertThat(f.get("line").asLong()).isEqualTo(1);
      assertThat(f.get("byteOffset").asLong()).isZero();
      // current behaviour: reported once, the file is not read further
      assertThat(r.input(e[0]).get("records").asLong()).isZero();
      assertThat(r.input(e[0]).get("error").isNull()).isTrue();
    }
    assertThat(r.findings("invalid-utf8")).hasSize(expected.length);
    assertThat(r.input("good.jsonl").get("records").asLong()).isEqualTo(2);
    assertThat(r.only("missing-field", "good.jsonl").get("line").asLong()).isEqualTo(2);
  }

  // 9 ------------------------------------------------------------------------------------------

  @Test
  void utf8ByteOrderMarkAtTheStartIsSilentlyAccepted() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path jsonl =
        write("bom.jsonl", concat(bom, utf8(GOOD + "{\"id\":\"g2\",\"content\":\"y\"}\n")));
    Path json = write("bom.json", concat(bom, utf8("[{\"id\":\"j1\",\"content\":\"x\"}]")));
    Path csv = write("bom.csv", concat(bom, utf8("id,content\nc1,hello\n")));
    Run r = validate(s(jsonl), s(json), s(csv));
    assertThat(r.exit()).as(r.report().toString()).isEqualTo(ExitCodes.PASSED);
    assertThat(r.report().get("findings")).isEmpty();
    assertThat(r.total("documents")).isEqualTo(4);
    assertThat(r.input("bom.csv").get("records").asLong()).isEqualTo(1);
  }

  @Test
  void byteOrderMarkInTheMiddleOfTheFileIsAFindingOnItsLineOnly() throws IOException {
    byte[] head = utf8("{\"id\":\"a\",\"content\":\"x\"}\n{\"id\":\"b\",\"content\":\"y\"}\n");
    byte[] bytes =
        concat(
            head,
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            utf8("{\"id\":\"c\",\"content\":\"z\"}\n{\"id\":\"d\"}\n"));
    Path f = write("midbom.jsonl", bytes);
    Run r = validate(s(f));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    JsonNode bom = r.only("malformed-record", "midbom.jsonl");
    assertThat(bom.get("line").asLong()).isEqualTo(3);
    assertThat(bom.get("byteOffset").asLong()).isEqualTo(head.length);
    assertThat(bom.get("message").asText()).contains("byte-order mark (EF BB BF)");
    // the lines around it are untouched; the line after it is checked
    assertThat(r.only("missing-field", "midbom.jsonl").get("line").asLong()).isEqualTo(4);
    assertThat(r.report().get("findings")).hasSize(2);
    assertThat(r.input("midbom.jsonl").get("records").asLong()).isEqualTo(4);
  }

  // 10 -----------------------------------------------------------------------------------------

  @Test
  void crlfAndLoneCrLineEndingsKeepLinesAndOffsetsExact() throws IOException {
    for (String eol : new String[] {"\r\n", "\r"}) {
      String name = eol.length() == 2 ? "crlf" : "cr";
      byte[] lines =
          utf8(
              "{\"id\":\"a\",\"content\":\"x\"}"
                  + eol
                  + eol
                  + "{\"id\":\"b\",\"content\":tru}"
                  + eol
                  + "{\"id\":\"c\"}"
                  + eol);
      byte[] array =
          utf8(
              "["
                  + eol
                  + "{\"id\":\"a\",\"content\":\"x\"},"
                  + eol
                  + "{\"id\":\"b\","
                  + eol
                  + " \"content\": tru},"
                  + eol
                  + "{\"id\":\"c\"}"
                  + eol
                  + "]"
                  + eol);
      Path jsonl = write(name + ".jsonl", lines);
      Path json = write(name + ".json", array);
      Run r = validate(s(jsonl), s(json));
      assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);

      JsonNode syntax = r.only("malformed-record", name + ".jsonl");
      assertThat(syntax.get("line").asLong()).as(name).isEqualTo(3);
      assertThat(syntax.get("byteOffset").asLong()).as(name).isEqualTo(offsetOf(lines, "tru}"));
      JsonNode missing = r.only("missing-field", name + ".jsonl");
      assertThat(missing.get("line").asLong()).as(name).isEqualTo(4);
      assertThat(missing.get("byteOffset").asLong())
          .as(name)
          .isEqualTo(offsetOf(lines, "{\"id\":\"c\"}"));

      JsonNode inArray = r.only("malformed-record", name + ".json");
      assertThat(inArray.get("line").asLong()).as(name).isEqualTo(3);
      assertThat(inArray.get("byteOffset").asLong()).as(name).isEqualTo(offsetOf(array, "tru}"));
      assertThat(inArray.get("message").asText()).as(name).endsWith("(line 4)");
      JsonNode missingInArray = r.only("missing-field", name + ".json");
      assertThat(missingInArray.get("line").asLong()).as(name).isEqualTo(5);
      assertThat(missingInArray.get("byteOffset").asLong())
          .as(name)
          .isEqualTo(offsetOf(array, "{\"id\":\"c\"}"));
    }
  }

  // 11 -----------------------------------------------------------------------------------------

  /**
   * A quote that never closes: the finding is on the row where it opened, and that row is cut at
   * its line break; the rows the open quote had swallowed (RFC 4180 allows line breaks in a quoted
   * field) are read again from the next line, so they are checked with their own lines and offsets.
   */
  @Test
  void csvQuoteThatNeverClosesIsOneFindingAndTheRowsAfterItAreChecked() throws IOException {
    byte[] bytes = utf8("id,content\na,hello\nb,\"unbalanced\nc,world\nd,\n");
    Path f = write("open.csv", bytes);
    Path good = write("good.jsonl", GOOD);
    Run r = validate(s(f), s(good));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    JsonNode open = r.only("malformed-record", "open.csv");
    assertThat(open.get("line").asLong()).isEqualTo(3);
    assertThat(open.get("byteOffset").asLong()).isEqualTo(offsetOf(bytes, "b,"));
    assertThat(open.get("message").asText())
        .isEqualTo("truncated record: unterminated quoted field starting at line 3");
    // a, c and d were checked: d's missing content is seen, at d's own line and offset
    JsonNode d = r.only("missing-field", "open.csv");
    assertThat(d.get("line").asLong()).isEqualTo(5);
    assertThat(d.get("byteOffset").asLong()).isEqualTo(offsetOf(bytes, "\nd,") + 1);
    assertThat(d.get("documentId").asText()).isEqualTo("d");
    assertThat(r.input("open.csv").get("records").asLong()).isEqualTo(4);
    assertThat(r.input("good.jsonl").get("records").asLong()).isEqualTo(1);
  }

  /**
   * The same far from the end of the file, scaled down: a 4 KiB read limit and 1 MiB of rows after
   * the quote. The open quote reaches the read limit and is cut there, so the rows it swallowed and
   * every row after them are still checked with their own lines and offsets.
   */
  @Test
  void csvQuoteThatNeverClosesFarFromTheEndIsOneFindingAndTheRestIsChecked() throws IOException {
    Path config = write("limits.yaml", "limits:\n  record-read-bytes: 4096\n");
    StringBuilder rows = new StringBuilder("id,content\na,hello\nb,\"unbalanced\n");
    int count = 0;
    while (rows.length() < (1 << 20)) {
      rows.append("r").append(count++).append(",fine\n");
    }
    rows.append("z,\n");
    byte[] bytes = utf8(rows.toString());
    Path f = write("far.csv", bytes);
    Run r = validate("--config", s(config), s(f));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    JsonNode open = r.only("malformed-record", "far.csv");
    assertThat(open.get("line").asLong()).isEqualTo(3);
    assertThat(open.get("byteOffset").asLong()).isEqualTo(offsetOf(bytes, "b,"));
    assertThat(open.get("message").asText())
        .isEqualTo(
            "truncated record: quoted field starting at line 3 runs past the read limit of"
                + " 4,096 bytes; treated as an unterminated quote");
    // z, the last row, 1 MiB after the damage, is checked at its own line and offset
    JsonNode z = r.only("missing-field", "far.csv");
    assertThat(z.get("line").asLong()).isEqualTo(4 + count);
    assertThat(z.get("byteOffset").asLong()).isEqualTo(offsetOf(bytes, "\nz,") + 1);
    assertThat(z.get("documentId").asText()).isEqualTo("z");
    assertThat(r.input("far.csv").get("records").asLong()).isEqualTo(3 + count);
  }

  /**
   * The JSON counterpart: a string that never closes in a pretty-printed array is one finding on
   * the element where it opened, cut to its first line, and the elements after it (the next line
   * that starts with '{' at the same column) are checked with their own lines and offsets.
   */
  @Test
  void jsonStringThatNeverClosesIsOneFindingAndTheElementsAfterItAreChecked() throws IOException {
    byte[] bytes =
        utf8(
            "[\n"
                + "  {\"id\": \"a\", \"content\": \"hello\"},\n"
                + "  {\"id\": \"b\", \"content\": \"unbalanced},\n"
                + "  {\"id\": \"c\", \"content\": \"world\"},\n"
                + "  {\"id\": \"d\"}\n"
                + "]\n");
    Path f = write("open.json", bytes);
    Run r = validate(s(f));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    JsonNode open = r.only("malformed-record", "open.json");
    assertThat(open.get("line").asLong()).isEqualTo(3);
    assertThat(open.get("byteOffset").asLong()).isEqualTo(offsetOf(bytes, "{\"id\": \"b\""));
    assertThat(open.get("message").asText())
        .startsWith("truncated record: a string in this element never closes: the input ended")
        .endsWith("treated as an unterminated string");
    JsonNode d = r.only("missing-field", "open.json");
    assertThat(d.get("line").asLong()).isEqualTo(5);
    assertThat(d.get("byteOffset").asLong()).isEqualTo(offsetOf(bytes, "{\"id\": \"d\""));
    assertThat(d.get("documentId").asText()).isEqualTo("d");
    assertThat(r.input("open.json").get("records").asLong()).isEqualTo(4);
  }

  /**
   * A quote that a later quote closes: the rows in between are joined into one, and the text after
   * the closing quote gives it away (a finding at the row's start, offset at that text). The rows
   * after the closing quote are checked again.
   */
  @Test
  void csvQuoteClosedByALaterQuoteIsAFindingAndLaterRowsAreChecked() throws IOException {
    byte[] bytes = utf8("id,content\na,hello\nb,\"unbalanced\nc,world\nd,\"ok\"\ne,\n");
    Path f = write("joined.csv", bytes);
    Run r = validate(s(f));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    JsonNode joined = r.only("malformed-record", "joined.csv");
    assertThat(joined.get("line").asLong()).isEqualTo(3);
    assertThat(joined.get("byteOffset").asLong()).isEqualTo(offsetOf(bytes, "ok\""));
    assertThat(joined.get("message").asText())
        .contains("text after the closing quote of column 'content'")
        .contains("spans 3 lines")
        .endsWith("(line 5)");
    JsonNode e = r.only("missing-field", "joined.csv");
    assertThat(e.get("line").asLong()).isEqualTo(6);
    assertThat(e.get("documentId").asText()).isEqualTo("e");
    assertThat(r.input("joined.csv").get("records").asLong()).isEqualTo(3);
  }

  // 12 -----------------------------------------------------------------------------------------

  /** JSON Lines that compress poorly, so a cut gzip file keeps most of its records. */
  private static byte[] noisyJsonl(int lines) {
    Random random = new Random(7);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      sb.append("{\"id\":\"r")
          .append(i)
          .append("\",\"content\":\"")
          .append(Long.toHexString(random.nextLong()))
          .append("\"}\n");
    }
    return utf8(sb.toString());
  }

  @Test
  void truncatedGzipChecksTheRecordsBeforeTheDamageAndExitsOne() throws IOException {
    byte[] gz = gzip(noisyJsonl(20_000));
    Path cut = write("cut.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
    Path good = write("good.jsonl", GOOD);
    Run r = validate(s(cut), s(good));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    JsonNode damage = r.only("malformed-record", "cut.jsonl.gz");
    assertThat(damage.get("message").asText())
        .contains("the gzip stream is truncated or corrupt after")
        .contains("the records before this point were checked");
    JsonNode input = r.input("cut.jsonl.gz");
    // the line where reading stopped: the one after the last complete record
    assertThat(damage.get("line").asLong()).isEqualTo(input.get("records").asLong() + 1);
    assertThat(input.get("error").isNull()).isTrue();
    assertThat(input.get("gzip").asBoolean()).isTrue();
    long records = input.get("records").asLong();
    assertThat(records).isBetween(1_000L, 19_999L);
    assertThat(damage.get("byteOffset").asLong()).isGreaterThan(records * 30);
    assertThat(r.report().get("findings")).hasSize(1);
    assertThat(r.total("documents")).isEqualTo(records + 1);
  }

  @Test
  void gzipBombStopsAtTheDecompressionRatioLimitAndExitsOne() throws IOException {
    Path config = write("ratio.yaml", "limits:\n  max-decompression-ratio: 100\n");
    byte[] head = utf8(GOOD + "{\"id\":\"g2\"}\n");
    // 64 MiB of one letter: about 64 KiB compressed, a ratio near DEFLATE's maximum of 1032
    byte[] gz = gzip(concat(head, repeat('x', 64 << 20)));
    Path bomb = write("bomb.jsonl.gz", gz);
    Path good = write("good.jsonl", GOOD);
    Run r = validate("--config", s(config), s(bomb), s(good));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    JsonNode stop = r.only("malformed-record", "bomb.jsonl.gz");
    assertThat(stop.get("message").asText())
        .contains("decompression ratio of")
        .contains("over limits.max-decompression-ratio 100 ")
        .contains(String.format(java.util.Locale.ROOT, "%,d compressed bytes", gz.length));
    // stopped a little after the first MiB, long before the 64 MiB
    assertThat(stop.get("byteOffset").asLong()).isBetween((long) head.length, 100L * gz.length);
    assertThat(r.input("bomb.jsonl.gz").get("error").isNull()).isTrue();
    assertThat(r.input("bomb.jsonl.gz").get("records").asLong()).isEqualTo(2);
    assertThat(r.only("missing-field", "bomb.jsonl.gz").get("line").asLong()).isEqualTo(2);
    assertThat(r.input("good.jsonl").get("records").asLong()).isEqualTo(1);
    assertThat(r.report().at("/configuration/limits/maxDecompressionRatio").asLong())
        .isEqualTo(100);
  }

  /**
   * Damage before the first record that decodes to an object, while the run still reads ahead to
   * choose a profile: a malformed-record finding and exit 1, as when the damage comes later.
   */
  @Test
  void gzipDamagedBeforeTheFirstGoodRecordIsAFindingNotAnUnreadableFile() throws IOException {
    byte[] gz = gzip(concat(utf8("not json\n{\"id\":\"a\",\"content\":\""), repeat('y', 200_000)));
    Path cut = write("early.jsonl.gz", Arrays.copyOf(gz, gz.length - 30));
    Run r = validate(s(cut));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(r.input("early.jsonl.gz").get("error").isNull()).isTrue();
    assertThat(r.findings("malformed-record")).hasSize(2);
  }

  // 13 -----------------------------------------------------------------------------------------

  @Test
  void nulBytesControlCharactersAndDoubleEncodedJsonAreFindings() throws IOException {
    byte[] utf16Line = "{\"id\":\"w\",\"content\":\"wide\"}".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes =
        concat(
            utf8("{\"id\":\"a\",\"content\":\"x\u0000y\"}\n"),
            utf8("{\"id\":\"b\",\u0000\"content\":\"z\"}\n"),
            utf8("{\"id\":\"c\",\"content\":\"c1 \u0085 and \u009f\"}\n"),
            utf16Line,
            utf8("\n\"{\\\"id\\\":\\\"s\\\",\\\"content\\\":\\\"x\\\"}\"\n"),
            utf8(GOOD));
    Path f = write("controls.jsonl", bytes);
    Path doubled =
        write("doubled.json", "\"[{\\\"id\\\":\\\"a\\\",\\\"content\\\":\\\"x\\\"}]\"\n");
    Run r = validate(s(f), s(doubled));
    assertThat(r.exit()).isEqualTo(ExitCodes.GATE_FAILED);

    List<JsonNode> control = r.findings("control-char");
    assertThat(control).hasSize(2);
    assertThat(control.get(0).get("line").asLong()).isEqualTo(1);
    assertThat(control.get(0).get("field").asText()).isEqualTo("content");
    assertThat(control.get(0).get("message").asText()).contains("U+0000");
    assertThat(control.get(1).get("line").asLong()).isEqualTo(3);
    assertThat(control.get(1).get("message").asText()).contains("U+0085").contains("U+009F");

    List<JsonNode> bad = new ArrayList<>();
    for (JsonNode m : r.findings("malformed-record")) {
      if (m.get("file").asText().endsWith("controls.jsonl")) {
        bad.add(m);
      }
    }
    assertThat(bad).hasSize(3);
    assertThat(bad.get(0).get("line").asLong()).isEqualTo(2);
    assertThat(bad.get(0).get("byteOffset").asLong())
        .isEqualTo(offsetOf(bytes, "\u0000\"content\""));
    assertThat(bad.get(0).get("message").asText()).contains("Illegal character");
    assertThat(bad.get(1).get("line").asLong()).isEqualTo(4);
    assertThat(bad.get(1).get("message").asText()).contains("NUL byte at the start");
    assertThat(bad.get(2).get("line").asLong()).isEqualTo(5);
    assertThat(bad.get(2).get("message").asText())
        .isEqualTo("the record is a JSON string, not a JSON object");

    JsonNode whole = r.only("malformed-record", "doubled.json");
    assertThat(whole.get("message").asText())
        .isEqualTo("the document is a JSON string (possibly double-encoded)");
    assertThat(whole.get("line").asLong()).isEqualTo(1);
    // the good line at the end was checked
    assertThat(r.input("controls.jsonl").get("records").asLong()).isEqualTo(6);
    assertThat(r.total("documents")).isEqualTo(3);
  }

  // 14 -----------------------------------------------------------------------------------------

  @Test
  void manyBadFilesAndOneGoodInOneRunExitWithTheWorstCode() throws IOException {
    Path empty = write("empty.jsonl", "");
    Path utf16 =
        write(
            "utf16.jsonl",
            concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE}, "{}".getBytes(StandardCharsets.UTF_16LE)));
    Path cut = write("cut.json", "[{\"id\":\"x\",\"content\":\"y\"},{\"id\":");
    Path syntax = write("syntax.jsonl", "{\"id\":\"s\",\"content\":}\n");
    StringBuilder clean = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      clean
          .append("{\"id\":\"ok")
          .append(i)
          .append("\",\"content\":\"text ")
          .append(i)
          .append("\"}\n");
    }
    Path good = write("good.jsonl", clean.toString());
    Path folder = Files.createDirectory(dir.resolve("folder.jsonl"));
    String[] bad = {s(empty), s(utf16), s(cut), s(syntax)};

    Run gateOnly = validate(s(empty), s(utf16), s(cut), s(syntax), s(good));
    assertThat(gateOnly.exit()).isEqualTo(ExitCodes.GATE_FAILED);
    Run unreadable = validate(s(empty), s(utf16), s(folder), s(cut), s(syntax), s(good));
    assertThat(unreadable.exit()).isEqualTo(ExitCodes.INPUT_OR_INTERNAL);
    assertThat(unreadable.input("folder.jsonl").get("error").asText()).contains("directory");

    for (Run r : new Run[] {gateOnly, unreadable}) {
      assertThat(r.only("malformed-record", "empty.jsonl").get("message").asText())
          .isEqualTo("the file is empty");
      assertThat(r.only("invalid-utf8", "utf16.jsonl").get("message").asText())
          .contains("UTF-16LE");
      assertThat(r.only("malformed-record", "cut.json").get("message").asText())
          .startsWith("truncated record");
      assertThat(r.only("malformed-record", "syntax.jsonl").get("line").asLong()).isEqualTo(1);
      assertThat(r.input("good.jsonl").get("records").asLong()).isEqualTo(500);
      assertThat(r.total("distinctIds")).isEqualTo(501);
      for (JsonNode f : r.report().get("findings")) {
        assertThat(f.get("file").asText()).doesNotEndWith("good.jsonl");
      }
      assertThat(r.report().get("findings")).hasSize(bad.length);
    }
  }
}
