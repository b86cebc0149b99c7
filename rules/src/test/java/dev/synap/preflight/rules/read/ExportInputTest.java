package dev.synap.preflight.rules.read;

import static dev.synap.preflight.rules.read.SplitterHarness.concat;
import static dev.synap.preflight.rules.read.SplitterHarness.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.read.RawRecord.Flaw;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportInputTest {
  @TempDir Path dir;

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static List<RawRecord> drain(RecordSplitter s) throws IOException {
    List<RawRecord> out = new ArrayList<>();
    RawRecord r;
    while ((r = s.next()) != null) {
      out.add(r);
    }
    return out;
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  /** Lines that compress poorly, so a cut gzip file loses only its end. */
  private static byte[] noisyJsonl(int lines) {
    Random random = new Random(42);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      sb.append("{\"id\":")
          .append(i)
          .append(",\"r\":\"")
          .append(Long.toHexString(random.nextLong()))
          .append("\"}\n");
    }
    return utf8(sb.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a.jsonl|{}|JSONL",
        "a.ndjson|[1]|JSONL",
        "a.JSONLINES|x|JSONL",
        "a.csv|{}|CSV",
        "a.json|[{}]|JSON",
        "a.json|{\"records\":[{}]}|JSON",
        "a.json|{\"a\":1}\\n\\n {\"b\":2}|JSONL",
        "a.json|{\"a\":1}\\n|JSON",
        "a.json|{\\n\"a\":1}\\n{|JSON",
        "a.txt|  [1]|JSON",
        "a.txt|{\"a\":\"}\"} \\n{\"b\":2}|JSONL",
        "a.txt|{\"records\":\\n[]}|JSON",
        "a.txt|id,content\\n1,x|CSV",
        "export|{\"a\":1}|JSONL",
        "agent.af|\"{\\\"agents\\\":[]}\"\\n|JSON",
        "agent.af|\"{\\\"agents\\\":[ never closed within the sniffed bytes|JSON",
        "a.txt|\"id\",\"content\"\\n\"1\",\"x\"|CSV",
        "a.txt|\"content\"\\n\"hello\"|CSV",
      })
  void formatFromExtensionAndContent(String name, String content, InputFormat expected)
      throws Exception {
    Path p = write(name, utf8(content.replace("\\n", "\n")));
    try (ExportInput input = ExportInput.open(p, 3, Limits.DEFAULTS)) {
      assertThat(input.format()).isEqualTo(expected);
      assertThat(input.gzip()).isFalse();
    }
  }

  @Test
  void plainFileStreamsWithHashAndProgress() throws Exception {
    byte[] content = utf8("{\"a\":1}\n{\"b\":2}\n");
    Path p = write("x.jsonl", content);
    try (ExportInput input = ExportInput.open(p, 7, Limits.DEFAULTS)) {
      assertThat(input.path()).isEqualTo(p);
      assertThat(input.sizeBytes()).isEqualTo(content.length);
      List<RawRecord> records = drain(input.splitter());
      assertThat(records).extracting(RawRecord::line).containsExactly(1L, 2L);
      assertThat(records).extracting(RawRecord::fileIndex).containsOnly(7);
      assertThat(input.sha256Hex()).isEqualTo(sha256(content));
      assertThat(input.rawBytesRead()).isEqualTo(content.length);
      assertThat(input.recordsPath()).isNull();
    }
  }

  @Test
  void anUndigestedInputReadsTheSameRecordsAndRefusesAHash() throws Exception {
    byte[] content = gzip(noisyJsonl(300));
    Path p = write("export.jsonl.gz", content);
    List<RawRecord> digested;
    try (ExportInput input = ExportInput.open(p, 0, Limits.DEFAULTS)) {
      digested = drain(input.splitter());
    }
    try (ExportInput input = ExportInput.openUndigested(p, 0, Limits.DEFAULTS, probe -> false)) {
      List<RawRecord> plain = drain(input.splitter());
      assertThat(plain).hasSize(300);
      assertThat(plain)
          .extracting(RawRecord::line, RawRecord::byteOffset, RawRecord::length)
          .isEqualTo(
              digested.stream()
                  .map(
                      r ->
                          org.assertj.core.groups.Tuple.tuple(r.line(), r.byteOffset(), r.length()))
                  .toList());
      assertThat(input.rawBytesRead()).isEqualTo(content.length);
      assertThatThrownBy(input::sha256Hex)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("without a digest");
    }
  }

  @Test
  void gzipIsDetectedByMagicBytesAndTheHashIsOfTheCompressedFile() throws Exception {
    byte[] content = noisyJsonl(5000);
    byte[] gz = gzip(content);
    Path p = write("export.dat", gz); // no .gz extension: the magic bytes decide
    try (ExportInput input = ExportInput.open(p, 0, Limits.DEFAULTS)) {
      assertThat(input.gzip()).isTrue();
      assertThat(input.format()).isEqualTo(InputFormat.JSONL);
      List<RawRecord> records = drain(input.splitter());
      assertThat(records).hasSize(5000);
      RawRecord last = records.get(4999);
      assertThat(last.line()).isEqualTo(5000);
      assertThat(last.byteOffset() + last.length() + 1).isEqualTo(content.length);
      assertThat(input.sha256Hex()).isEqualTo(sha256(gz));
      assertThat(input.rawBytesRead()).isEqualTo(gz.length);
    }
  }

  @Test
  void multiMemberGzipIsReadToTheEnd() throws Exception {
    byte[] gz = concat(gzip(utf8("[{\"a\":1},")), gzip(utf8("{\"b\":2}]")));
    Path p = write("two.json.gz", gz);
    try (ExportInput input = ExportInput.open(p, 0, Limits.DEFAULTS)) {
      assertThat(input.format()).isEqualTo(InputFormat.JSON);
      assertThat(drain(input.splitter()))
          .extracting(r -> new String(r.bytes(), StandardCharsets.UTF_8))
          .containsExactly("{\"a\":1}", "{\"b\":2}");
      assertThat(input.recordsPath()).isEqualTo("");
    }
  }

  @Test
  void truncatedGzipThrowsCorruptInputAfterTheGoodRecords() throws Exception {
    byte[] content = noisyJsonl(20_000);
    byte[] gz = gzip(content);
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
    Path p = write("cut.jsonl.gz", cut);
    try (ExportInput input = ExportInput.open(p, 0, Limits.DEFAULTS)) {
      RecordSplitter s = input.splitter();
      List<RawRecord> good = new ArrayList<>();
      CorruptInputException failure = null;
      try {
        RawRecord r;
        while ((r = s.next()) != null) {
          good.add(r);
        }
      } catch (CorruptInputException e) {
        failure = e;
      }
      assertThat(failure).as("a truncated gzip stream must not end quietly").isNotNull();
      assertThat(good).hasSizeGreaterThan(1000).hasSizeLessThan(20_000);
      String[] lines = new String(content, StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < good.size(); i++) {
        assertThat(good.get(i).line()).isEqualTo(i + 1);
        assertThat(new String(good.get(i).bytes(), StandardCharsets.UTF_8)).isEqualTo(lines[i]);
      }
      RawRecord last = good.get(good.size() - 1);
      assertThat(failure.decompressedOffset())
          .isGreaterThanOrEqualTo(last.byteOffset() + last.length());
      assertThat(failure.getMessage()).contains("gzip");
      assertThatThrownBy(s::next).isInstanceOf(CorruptInputException.class);
      assertThat(input.sha256Hex()).isEqualTo(sha256(cut));
    }
  }

  private static Limits ratioLimit(int maxRatio) {
    Limits d = Limits.DEFAULTS;
    return new Limits(
        d.documentHardBytes(),
        d.documentSoftBytes(),
        d.metadataBytes(),
        d.recordReadBytes(),
        d.futureTolerance(),
        d.notBefore(),
        d.maxNestingDepth(),
        d.maxNumberLength(),
        maxRatio);
  }

  /** Good lines, then {@code fillBytes} of one letter on one line: compresses about 1000:1. */
  private static byte[] bomb(int goodLines, int fillBytes) {
    byte[] good = noisyJsonl(goodLines);
    byte[] out = java.util.Arrays.copyOf(good, good.length + fillBytes);
    java.util.Arrays.fill(out, good.length, out.length, (byte) 'x');
    return out;
  }

  @Test
  void gzipBombStopsAtTheRatioLimitAfterTheGoodRecords() throws Exception {
    byte[] gz = gzip(bomb(100, 8 << 20));
    Path p = write("bomb.jsonl.gz", gz);
    try (ExportInput input = ExportInput.open(p, 0, ratioLimit(50))) {
      RecordSplitter s = input.splitter();
      List<RawRecord> good = new ArrayList<>();
      CorruptInputException failure = null;
      try {
        for (RawRecord r = s.next(); r != null; r = s.next()) {
          good.add(r);
        }
      } catch (CorruptInputException e) {
        failure = e;
      }
      assertThat(failure).as("a decompression bomb must not be read to its end").isNotNull();
      assertThat(good).hasSize(100);
      assertThat(failure.getMessage())
          .contains("decompression ratio of")
          .contains("limits.max-decompression-ratio 50 ")
          .contains(String.format(java.util.Locale.ROOT, "%,d compressed bytes", gz.length));
      // stopped soon after the grace mebibyte, far before the 8 MiB of the bomb
      RawRecord last = good.get(good.size() - 1);
      assertThat(failure.decompressedOffset())
          .isGreaterThanOrEqualTo(last.byteOffset() + last.length())
          .isLessThanOrEqualTo(Math.max(ExportInput.RATIO_GRACE_BYTES, 50L * gz.length));
      assertThatThrownBy(s::next).isInstanceOf(CorruptInputException.class);
      assertThat(input.sha256Hex()).isEqualTo(sha256(gz));
    }
  }

  @Test
  void defaultRatioLimitCatchesAMaximallyCompressedBomb() throws Exception {
    // DEFLATE cannot do much better than 1032:1; a run of one byte gets close to that
    Path p = write("zeros.jsonl.gz", gzip(bomb(1, 64 << 20)));
    try (ExportInput input = ExportInput.open(p, 0, Limits.DEFAULTS)) {
      RecordSplitter s = input.splitter();
      assertThat(s.next().line()).isEqualTo(1);
      assertThatThrownBy(s::next)
          .isInstanceOf(CorruptInputException.class)
          .hasMessageContaining("limits.max-decompression-ratio 1,000 ");
    }
  }

  @Test
  void ratioIsNotEnforcedBelowOneMebibyteNorForOrdinaryCompression() throws Exception {
    byte[] small = bomb(10, 900 << 10);
    try (ExportInput input = ExportInput.open(write("s.jsonl.gz", gzip(small)), 0, ratioLimit(2))) {
      assertThat(drain(input.splitter())).hasSize(11);
    }
    byte[] ordinary = noisyJsonl(200_000);
    try (ExportInput input =
        ExportInput.open(write("o.jsonl.gz", gzip(ordinary)), 0, ratioLimit(10))) {
      assertThat(drain(input.splitter())).hasSize(200_000);
    }
  }

  @Test
  void gzipWithABrokenHeaderFailsOnTheFirstRecord() throws Exception {
    Path p = write("bad.jsonl.gz", new byte[] {0x1F, (byte) 0x8B, 1, 2, 3});
    try (ExportInput input = ExportInput.open(p, 0, Limits.DEFAULTS)) {
      assertThat(input.gzip()).isTrue();
      assertThatThrownBy(input.splitter()::next).isInstanceOf(CorruptInputException.class);
    }
  }

  @Test
  void emptyFileIsOneStructureRecordForEveryFormat() throws Exception {
    for (String name : List.of("e.jsonl", "e.json", "e.csv", "e.unknown", "e.jsonl.gz")) {
      byte[] content =
          name.endsWith(".gz") ? gzip(new byte[0]) : utf8(name.startsWith("e.c") ? "" : " \n");
      try (ExportInput input = ExportInput.open(write(name, content), 0, Limits.DEFAULTS)) {
        List<RawRecord> records = drain(input.splitter());
        assertThat(records).as(name).hasSize(1);
        assertThat(records.get(0).flaw()).isEqualTo(Flaw.STRUCTURE);
        assertThat(records.get(0).detail()).isEqualTo("the file is empty");
      }
    }
  }

  @Test
  void utf16FileIsOneEncodingRecord() throws Exception {
    byte[] content =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "{\"a\":1}\n".getBytes(StandardCharsets.UTF_16LE));
    try (ExportInput input = ExportInput.open(write("u.jsonl", content), 0, Limits.DEFAULTS)) {
      List<RawRecord> records = drain(input.splitter());
      assertThat(records).hasSize(1);
      assertThat(records.get(0).flaw()).isEqualTo(Flaw.ENCODING);
      assertThat(records.get(0).detail())
          .isEqualTo("the file is UTF-16LE (byte-order mark FF FE), not UTF-8");
    }
  }

  @Test
  void envelopeReportsItsRecordsPathAndCsvItsHeader() throws Exception {
    Path json = write("env.json", utf8("{\"version\":1,\"records\":[{\"a\":1}]}"));
    try (ExportInput input = ExportInput.open(json, 0, Limits.DEFAULTS)) {
      RawRecord first = input.splitter().next();
      assertThat(first.byteOffset()).isEqualTo(24);
      assertThat(input.recordsPath()).isEqualTo("/records");
    }
    Path csv = write("rows.csv.gz", gzip(utf8("id,content\n1,hi\n")));
    try (ExportInput input = ExportInput.open(csv, 0, Limits.DEFAULTS)) {
      RawRecord row = input.splitter().next();
      DecodedRecord decoded = input.splitter().decoder().decode(row.bytes(), row.bytes().length);
      assertThat(decoded.value().toString()).isEqualTo("{\"id\":\"1\",\"content\":\"hi\"}");
    }
  }

  @Test
  void largeFileCrossingTheSniffWindowIsReadWhole() throws Exception {
    byte[] content = noisyJsonl(10_000); // about 400 KB, far over the 64 KiB sniff window
    try (ExportInput input = ExportInput.open(write("big.unknown", content), 0, Limits.DEFAULTS)) {
      assertThat(input.format()).isEqualTo(InputFormat.JSONL);
      List<RawRecord> records = drain(input.splitter());
      assertThat(records).hasSize(10_000);
      long offset = 0;
      for (RawRecord r : records) {
        assertThat(r.byteOffset()).isEqualTo(offset);
        offset += r.length() + 1;
      }
    }
  }
}
