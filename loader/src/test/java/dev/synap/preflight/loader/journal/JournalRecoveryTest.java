package dev.synap.preflight.loader.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalRecoveryTest {
  @TempDir Path tmp;

  static final List<JournalRecord> RECORDS =
      List.of(
          new JournalRecord.Header(
              1,
              "test",
              "2026-11-24T00:00:00Z",
              "generic",
              List.of(new ExportFile("a.jsonl", 10, "00".repeat(32))),
              Map.of("sample", "0")),
          new JournalRecord.RunStarted(
              "2026-11-24T00:00:01Z", "load", true, "failed: 2 errors", Map.of(), 0, 40),
          new JournalRecord.BatchSent(1, List.of("a", "b", "ü\n\"x")),
          new JournalRecord.BatchResult(
              1,
              List.of(
                  new ItemResult("a", ItemResult.Outcome.ACCEPTED, "ing-a", null),
                  new ItemResult("b", ItemResult.Outcome.REJECTED, null, "bad type"),
                  new ItemResult("ü\n\"x", ItemResult.Outcome.LOADED_BY_CONFLICT, null, "409"))),
          new JournalRecord.Polled("a", "ing-a", "completed", List.of("m1", "m2"), null),
          new JournalRecord.Deleted("a", "m1", false));

  private static byte[] encodeAll(List<JournalRecord> records) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (JournalRecord r : records) {
      out.write(JournalCodec.encode(r));
    }
    return out.toByteArray();
  }

  @Test
  void everyRecordRoundTrips() throws Exception {
    Path dir = tmp.resolve("j");
    try (Journal j = Journal.open(dir)) {
      for (JournalRecord r : RECORDS) {
        j.append(r);
      }
    }
    List<JournalRecord> read = new ArrayList<>();
    JournalReader.Recovery rec = JournalReader.read(dir.resolve(Journal.FILE), read::add);
    assertThat(read).isEqualTo(RECORDS);
    assertThat(rec.tornBytes()).isZero();
    assertThat(rec.records()).isEqualTo(RECORDS.size());
  }

  @Test
  void truncationAtEveryByteOffsetKeepsExactlyTheWholeRecordsBeforeIt() throws Exception {
    byte[] full = encodeAll(RECORDS);
    List<Integer> ends = new ArrayList<>();
    int end = 0;
    for (JournalRecord r : RECORDS) {
      end += JournalCodec.encode(r).length;
      ends.add(end);
    }
    for (int cut = 0; cut <= full.length; cut++) {
      Path dir = tmp.resolve("cut" + cut);
      Files.createDirectories(dir);
      Files.write(dir.resolve(Journal.FILE), Arrays.copyOf(full, cut));
      int whole = 0;
      while (whole < ends.size() && ends.get(whole) <= cut) {
        whole++;
      }
      int intact = whole == 0 ? 0 : ends.get(whole - 1);
      try (Journal j = Journal.open(dir)) {
        assertThat(j.recovery().records()).as("records at cut %d", cut).isEqualTo(whole);
        assertThat(j.recovery().intactBytes()).isEqualTo(intact);
        assertThat(j.recovery().tornBytes()).isEqualTo(cut - intact);
        j.append(new JournalRecord.BatchSent(77, List.of("after")));
      }
      List<JournalRecord> read = new ArrayList<>();
      JournalReader.read(dir.resolve(Journal.FILE), read::add);
      List<JournalRecord> expected = new ArrayList<>(RECORDS.subList(0, whole));
      expected.add(new JournalRecord.BatchSent(77, List.of("after")));
      assertThat(read).as("after resume at cut %d", cut).isEqualTo(expected);
    }
  }

  @Test
  void aZeroFilledTailIsTornNotDamage() throws Exception {
    Path dir = tmp.resolve("zeros");
    Files.createDirectories(dir);
    byte[] full = encodeAll(RECORDS);
    byte[] withZeros = Arrays.copyOf(full, full.length + 4096);
    Files.write(dir.resolve(Journal.FILE), withZeros);
    try (Journal j = Journal.open(dir)) {
      assertThat(j.recovery().records()).isEqualTo(RECORDS.size());
      assertThat(j.recovery().tornBytes()).isEqualTo(4096);
      assertThat(j.state().doc("a").phase()).isEqualTo(DocPhase.COMPLETED);
    }
    assertThat(Files.size(dir.resolve(Journal.FILE))).isEqualTo(full.length);
  }

  @Test
  void aFlippedByteBeforeIntactRecordsIsRefusedAndTheFileLeftAlone() throws Exception {
    Path dir = tmp.resolve("damaged");
    Files.createDirectories(dir);
    byte[] full = encodeAll(RECORDS);
    int second = JournalCodec.encode(RECORDS.get(0)).length + 20;
    full[second] ^= 0x01;
    Files.write(dir.resolve(Journal.FILE), full);
    assertThatThrownBy(() -> Journal.open(dir))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("damaged at record 2")
        .hasMessageContaining("intact records after it");
    assertThat(Files.readAllBytes(dir.resolve(Journal.FILE))).isEqualTo(full);
  }

  @Test
  void aSecondWriterIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
    Path dir = tmp.resolve("locked");
    try (Journal first = Journal.open(dir)) {
      assertThatThrownBy(() -> Journal.open(dir))
          .isInstanceOf(JournalException.class)
          .hasMessageContaining("in use by another preflight process");
      first.append(RECORDS.get(0));
    }
    try (Journal again = Journal.open(dir)) {
      assertThat(again.state().header()).contains((JournalRecord.Header) RECORDS.get(0));
    }
  }

  @Test
  void aHookThatThrowsLeavesTheJournalClosedLikeADeadProcess() throws Exception {
    Path dir = tmp.resolve("hook");
    AppendHook crashAfterFirst =
        new AppendHook() {
          @Override
          public void afterAppend(JournalRecord record) {
            throw new IllegalStateException("boom");
          }
        };
    try (Journal j = Journal.open(dir, crashAfterFirst)) {
      assertThatThrownBy(() -> j.append(RECORDS.get(0))).hasMessage("boom");
      assertThatThrownBy(() -> j.append(RECORDS.get(1))).isInstanceOf(JournalClosedException.class);
    }
    assertThat(Journal.readOnly(dir).header()).isPresent();
    assertThat(Journal.readOnly(dir).runs()).isEmpty();
  }

  @Test
  void aStreamThatGivesAFewBytesAtATimeReadsTheSameRecords() throws Exception {
    // Lines that fit in one chunk are read in place, longer ones gathered across chunks: every
    // split of the stream must give the same records and the same torn tail.
    List<JournalRecord> records = new ArrayList<>(RECORDS);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 9000; i++) {
      many.add("document-" + i + "-é");
    }
    records.add(new JournalRecord.BatchSent(2, many)); // one line over 100 KB
    records.add(new JournalRecord.Deleted("b", "m2", true));
    byte[] whole = encodeAll(records);
    byte[] torn = Arrays.copyOf(whole, whole.length + 17);
    System.arraycopy(
        "0badc0de {\"t\":\"de".getBytes(StandardCharsets.UTF_8), 0, torn, whole.length, 17);
    Path file = tmp.resolve("journal.log");
    Files.write(file, torn);
    List<JournalRecord> expected = new ArrayList<>();
    JournalReader.Recovery direct = JournalReader.read(file, expected::add);
    assertThat(expected).isEqualTo(records);
    assertThat(direct.tornBytes()).isEqualTo(17);
    for (int most : new int[] {1, 3, 64, 1000, 70_000}) {
      List<JournalRecord> got = new ArrayList<>();
      JournalReader.Recovery r =
          JournalReader.read(file, new Trickle(torn, most, new java.util.Random(most)), got::add);
      assertThat(got).as("at most %d bytes a read", most).isEqualTo(records);
      assertThat(r).isEqualTo(direct);
    }
  }

  /** Gives between 1 and {@code most} bytes a read. */
  private static final class Trickle extends java.io.InputStream {
    private final byte[] bytes;
    private final int most;
    private final java.util.Random random;
    private int pos;

    Trickle(byte[] bytes, int most, java.util.Random random) {
      this.bytes = bytes;
      this.most = most;
      this.random = random;
    }

    @Override
    public int read() {
      return pos < bytes.length ? bytes[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(most)), bytes.length - pos);
      System.arraycopy(bytes, pos, b, off, n);
      pos += n;
      return n;
    }
  }
}
