package dev.synap.preflight.loader.catchup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.ExportFile;
import dev.synap.preflight.loader.journal.ItemResult;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.JournalRefusedException;
import dev.synap.preflight.loader.journal.LoadState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain's latest state folded from journals written record by record: retirements, re-sends,
 * rejections, a rolled-back catch-up, and the links that must be refused.
 */
class JournalChainTest {
  @TempDir Path tmp;

  private static JournalRecord.Header header(String profile, Path since) {
    return new JournalRecord.Header(
        since == null ? JournalRecord.Header.LOAD_FORMAT : JournalRecord.Header.CATCH_UP_FORMAT,
        "test",
        "2026-12-04T00:00:00Z",
        profile,
        List.of(new ExportFile("a.jsonl", 10, "00".repeat(32))),
        Map.of(),
        since == null ? null : since.toAbsolutePath().normalize().toString());
  }

  private static void loaded(Journal j, long batch, String id, String fp, String memory)
      throws Exception {
    j.append(new JournalRecord.BatchSent(batch, List.of(id), List.of(fp)));
    j.append(
        new JournalRecord.BatchResult(
            batch,
            List.of(new ItemResult(id, ItemResult.Outcome.ACCEPTED, "ing-" + memory, null))));
    j.append(new JournalRecord.Polled(id, "ing-" + memory, "completed", List.of(memory), null));
  }

  private Path first() throws Exception {
    Path a = tmp.resolve("a");
    try (Journal j = Journal.openForExport(a, header("generic", null), AppendHook.NONE)) {
      loaded(j, 1, "d1", "f1", "m1");
      loaded(j, 2, "d2", "f2", "m2");
      loaded(j, 3, "d3", "f3", "m3");
      j.append(new JournalRecord.BatchSent(4, List.of("d4"), List.of("f4")));
      j.append(
          new JournalRecord.BatchResult(
              4, List.of(new ItemResult("d4", ItemResult.Outcome.REJECTED, null, "too long"))));
    }
    return a;
  }

  @Test
  void aFirstLoadAloneIsItsOwnLatestState() throws Exception {
    JournalChain chain = JournalChain.read(first());
    assertThat(new TreeSet<>(chain.documentIds())).containsExactly("d1", "d2", "d3");
    assertThat(chain.size()).isEqualTo(3);
    assertThat(chain.prior("d2").fingerprint()).isEqualTo("f2");
    assertThat(chain.prior("d4")).as("rejected").isNull();
    assertThat(chain.prior("nowhere")).isNull();
    assertThat(chain.unsettled()).isEmpty();
  }

  @Test
  void aJournalWithDocumentsInFlightIsNamedAsUnsettled() throws Exception {
    Path a = first();
    try (Journal j = Journal.open(a, AppendHook.NONE)) {
      j.append(new JournalRecord.BatchSent(9, List.of("d7", "d8"), List.of("f7", "f8")));
    }
    assertThat(JournalChain.read(a).unsettled())
        .containsExactly(Map.entry(a.toAbsolutePath().normalize(), 2L));
  }

  @Test
  void laterVersionsReplaceEarlierOnesAndRetirementsDropThem() throws Exception {
    Path a = first();
    Path c = tmp.resolve("c");
    try (Journal j = Journal.openForExport(c, header("generic", a), AppendHook.NONE)) {
      // d1 changed under the conflict policy: held, retired, sent again.
      j.append(new JournalRecord.BatchSent(1, List.of("d1"), List.of("f1b")));
      j.append(
          new JournalRecord.BatchResult(
              1,
              List.of(
                  new ItemResult("d1", ItemResult.Outcome.HELD_BY_PREVIOUS, null, "duplicate"))));
      assertThat(j.state().isHeld("d1")).isTrue();
      j.append(new JournalRecord.Retiring("d1", JournalRecord.Retiring.REPLACED, List.of("m1")));
      assertThat(j.state().isHeld("d1")).isFalse();
      assertThat(j.state().doc("d1").phase()).isEqualTo(DocPhase.PENDING);
      j.append(new JournalRecord.Deleted("d1", "m1", false));
      loaded(j, 2, "d1", "f1b", "m1b");
      // d2 removed; d3 changed but rejected (upsert: its earlier version stays); d5 added.
      j.append(new JournalRecord.Retiring("d2", JournalRecord.Retiring.REMOVED, List.of("m2")));
      j.append(new JournalRecord.Deleted("d2", "m2", false));
      j.append(new JournalRecord.BatchSent(3, List.of("d3"), List.of("f3b")));
      j.append(
          new JournalRecord.BatchResult(
              3, List.of(new ItemResult("d3", ItemResult.Outcome.REJECTED, null, "refused"))));
      loaded(j, 4, "d5", "f5", "m5");
      LoadState st = j.state();
      assertThat(st.tally().sent()).as("d1 counted once").isEqualTo(3);
      assertThat(st.recoveredMemories("d1")).as("a retired memory is not the catch-up's").isEmpty();
    }
    JournalChain chain = JournalChain.read(c);
    assertThat(new TreeSet<>(chain.documentIds())).containsExactly("d1", "d3", "d5");
    assertThat(chain.prior("d1").fingerprint()).isEqualTo("f1b");
    assertThat(chain.prior("d1").journal()).isEqualTo(c.toAbsolutePath().normalize());
    assertThat(chain.prior("d3").fingerprint()).isEqualTo("f3");
    assertThat(chain.prior("d4")).as("rejected in the first load").isNull();
    assertThat(chain.journals())
        .containsExactly(a.toAbsolutePath().normalize(), c.toAbsolutePath().normalize());
  }

  @Test
  void aRolledBackCatchUpDropsWhatItSent() throws Exception {
    Path a = first();
    Path c = tmp.resolve("c");
    try (Journal j = Journal.openForExport(c, header("generic", a), AppendHook.NONE)) {
      loaded(j, 1, "d3", "f3b", "m3b");
      loaded(j, 2, "d9", "f9", "m9");
      j.append(
          new JournalRecord.RunStarted(
              "2026-12-04T01:00:00Z", "rollback", false, "n/a", Map.of(), 0, 0));
    }
    assertThat(new TreeSet<>(JournalChain.read(c).documentIds())).containsExactly("d1", "d2");
  }

  @Test
  void brokenChainsAreRefused() throws Exception {
    Path a = first();
    Path lost = tmp.resolve("lost");
    try (Journal j =
        Journal.openForExport(lost, header("generic", tmp.resolve("gone")), AppendHook.NONE)) {
      loaded(j, 1, "d1", "f1", "m1");
    }
    assertThatThrownBy(() -> JournalChain.read(lost))
        .isInstanceOf(JournalRefusedException.class)
        .hasMessageContaining("no load journal in " + tmp.resolve("gone"))
        .hasMessageContaining("named as --since by the catch-up journal");

    Path other = tmp.resolve("other");
    try (Journal j = Journal.openForExport(other, header("mem0", a), AppendHook.NONE)) {
      loaded(j, 1, "d1", "f1", "m1");
    }
    assertThatThrownBy(() -> JournalChain.read(other))
        .isInstanceOf(JournalRefusedException.class)
        .hasMessageContaining("profile generic");

    Path self = tmp.resolve("self");
    try (Journal j = Journal.openForExport(self, header("generic", self), AppendHook.NONE)) {
      loaded(j, 1, "d1", "f1", "m1");
    }
    assertThatThrownBy(() -> JournalChain.read(self))
        .isInstanceOf(JournalRefusedException.class)
        .hasMessageContaining("appears twice");
  }
}
