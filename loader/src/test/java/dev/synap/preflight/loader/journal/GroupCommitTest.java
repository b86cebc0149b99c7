package dev.synap.preflight.loader.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A group of records written with one force, a crash in the middle of one, and old/new formats. */
class GroupCommitTest {
  @TempDir Path tmp;

  private static JournalRecord.Header header(int format) {
    return new JournalRecord.Header(
        format,
        "test",
        "2026-11-24T00:00:00Z",
        "generic",
        List.of(new ExportFile("a.jsonl", 10, "00".repeat(32))),
        Map.of());
  }

  private static List<JournalRecord> polls(int n) {
    List<JournalRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new JournalRecord.Polled("d" + i, "ing-" + i, "completed", List.of("m" + i), null));
    }
    return out;
  }

  private void loadTen(Journal j) throws JournalException {
    List<String> ids = new ArrayList<>();
    List<ItemResult> items = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add("d" + i);
      items.add(new ItemResult("d" + i, ItemResult.Outcome.ACCEPTED, "ing-" + i, null));
    }
    j.append(new JournalRecord.BatchSent(1, ids));
    j.append(new JournalRecord.BatchResult(1, items));
  }

  @Test
  void aGroupIsForcedOnceAndAppliedWhole() throws Exception {
    Path dir = tmp.resolve("j");
    try (Journal j = Journal.openForExport(dir, header(1), AppendHook.NONE)) {
      loadTen(j);
      long before = j.forces();
      assertThat(j.state().tally().awaiting()).isEqualTo(10);
      j.append(polls(10));
      assertThat(j.forces()).isEqualTo(before + 1);
      assertThat(j.state().tally().completed()).isEqualTo(10);
      assertThat(j.state().tally().awaiting()).isZero();
      j.append(List.of());
      assertThat(j.forces()).as("an empty group forces nothing").isEqualTo(before + 1);
    }
    LoadState replayed = Journal.readOnly(dir);
    assertThat(replayed.tally().completed()).isEqualTo(10);
    assertThat(replayed.doc("d7").memoryIds()).containsExactly("m7");
  }

  @Test
  void aGroupTornByACrashKeepsItsIntactPrefixAndTheLoadResumes() throws Exception {
    Path dir = tmp.resolve("j");
    try (Journal j = Journal.openForExport(dir, header(1), AppendHook.NONE)) {
      loadTen(j);
    }
    Path file = dir.resolve(Journal.FILE);
    byte[] group = new byte[0];
    for (JournalRecord r : polls(10)) {
      byte[] line = JournalCodec.encode(r);
      byte[] both = Arrays.copyOf(group, group.length + line.length);
      System.arraycopy(line, 0, both, group.length, line.length);
      group = both;
    }
    // the crash came while the group's write was under way: four records and a half reached disk
    int cut = 0;
    for (int lines = 0; lines < 4; cut++) {
      if (group[cut] == '\n') {
        lines++;
      }
    }
    Files.write(file, Arrays.copyOf(group, cut + 20), StandardOpenOption.APPEND);
    try (Journal j = Journal.open(dir)) {
      assertThat(j.recovery().tornBytes()).isEqualTo(20);
      assertThat(j.state().tally().completed()).isEqualTo(4);
      assertThat(j.state().tally().awaiting()).as("the rest are polled again").isEqualTo(6);
      j.append(polls(10).subList(4, 10));
      assertThat(j.state().tally().completed()).isEqualTo(10);
    }
    assertThat(Journal.readOnly(dir).tally().completed()).isEqualTo(10);
  }

  @Test
  void aJournalOfANewerFormatIsRefusedNamingTheVersion() throws Exception {
    Path dir = tmp.resolve("j");
    Files.createDirectories(dir);
    Files.write(dir.resolve(Journal.FILE), JournalCodec.encode(header(99)));
    assertThatThrownBy(() -> Journal.readOnly(dir))
        .isInstanceOf(JournalRefusedException.class)
        .hasMessageContaining("format 99")
        .hasMessageContaining("reads formats 1 to " + JournalRecord.Header.FORMAT);
    assertThatThrownBy(() -> Journal.open(dir)).isInstanceOf(JournalRefusedException.class);
  }

  @Test
  void aJournalOfTheFirstFormatIsRead() throws Exception {
    Path dir = tmp.resolve("j");
    try (Journal j = Journal.openForExport(dir, header(1), AppendHook.NONE)) {
      loadTen(j);
    }
    assertThat(Journal.readOnly(dir).header()).get().extracting(h -> h.format()).isEqualTo(1);
    assertThat(Journal.readOnly(dir).tally().accepted()).isEqualTo(10);
  }
}
