package dev.synap.preflight.loader.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.loader.catchup.JournalChain;
import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.DocumentFingerprint;
import dev.synap.preflight.loader.journal.ExportFile;
import dev.synap.preflight.loader.journal.Fingerprint;
import dev.synap.preflight.loader.journal.ItemResult;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential: diff's compact index and the catch-up's full chain ({@link JournalChain}) must give
 * the same answer for every document of random chains of journals (sends with and without
 * fingerprints, every outcome, polls, retirements, rolled-back catch-ups, re-sends).
 */
class JournalIndexTest {
  @TempDir Path tmp;

  private static final String[] OUTCOME_STATUS = {"completed", "partial_success", "failed", "x"};

  @Test
  void theIndexAgreesWithTheChainOnRandomJournals() throws Exception {
    for (int seed = 0; seed < 60; seed++) {
      Random r = new Random(seed);
      Path newest = chain(r, seed);
      JournalChain chain = JournalChain.read(newest);
      JournalIndex index = JournalIndex.read(newest);
      assertThat(index.journals()).isEqualTo(chain.journals());
      assertThat(index.profile()).isEqualTo(chain.profile());
      Set<String> loaded = new HashSet<>();
      for (int e = 0; e < index.entries(); e++) {
        if (index.loaded(e)) {
          loaded.add(index.id(e));
        }
      }
      assertThat(loaded).as("seed %d: loaded ids", seed).isEqualTo(Set.copyOf(chain.documentIds()));
      for (int i = 0; i < IDS + 3; i++) {
        String id = "doc-" + i + "-é";
        JournalChain.Prior prior = chain.prior(id);
        int e = index.find(id);
        assertThat(e >= 0).as("seed %d: %s held", seed, id).isEqualTo(prior != null);
        if (prior == null) {
          continue;
        }
        assertThat(index.id(e)).isEqualTo(id);
        for (Fingerprint probe : probes(r, prior.fingerprint())) {
          String text = probe.toString();
          assertThat(index.same(e, probe))
              .as("seed %d: %s same as %s", seed, prior.fingerprint(), text)
              .isEqualTo(DocumentFingerprint.same(prior.fingerprint(), text));
          assertThat(index.changed(e, probe))
              .as("seed %d: %s changed from %s", seed, text, prior.fingerprint())
              .isEqualTo(DocumentFingerprint.changed(prior.fingerprint(), text));
        }
      }
    }
  }

  @Test
  void idsThatUtf8CannotTellApartStayApart() {
    // An unpaired surrogate (a JSON "\\ud800" escape) is '?' in UTF-8: such ids must neither meet
    // each other nor an id with a real '?'.
    DocTable t = new DocTable();
    List<String> ids = List.of("a\ud800", "a\udc00", "a?", "a\ud83c\udf75", "?", "", "é?");
    for (String id : ids) {
      t.add(id);
    }
    assertThat(t.entries()).isEqualTo(ids.size());
    for (int e = 0; e < ids.size(); e++) {
      assertThat(t.find(ids.get(e))).isEqualTo(e);
      assertThat(t.id(e)).isEqualTo(ids.get(e));
    }
    assertThat(t.find("a\udbff")).isEqualTo(-1);
  }

  private static final int IDS = 30;

  /** A chain of one to three journals of random records; returns the newest. */
  private Path chain(Random r, int seed) throws Exception {
    int journals = 1 + r.nextInt(3);
    Path since = null;
    long batch = 0;
    for (int n = 0; n < journals; n++) {
      Path dir = tmp.resolve("s" + seed + "-j" + n);
      try (Journal j = Journal.openForExport(dir, header(since), AppendHook.NONE)) {
        for (int k = 20 + r.nextInt(60); k > 0; k--) {
          j.append(record(r, ++batch, since != null));
        }
        if (r.nextInt(5) == 0) {
          j.append(new JournalRecord.RunStarted("t", "rollback", false, "", Map.of(), 0, 0));
        }
      }
      since = dir;
    }
    return since;
  }

  private static JournalRecord record(Random r, long batch, boolean catchUp) {
    String id = "doc-" + r.nextInt(IDS) + "-é";
    int kind = r.nextInt(catchUp ? 6 : 5);
    return switch (kind) {
      case 0, 1 -> {
        List<String> ids = new ArrayList<>();
        List<String> fps = new ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
          ids.add("doc-" + r.nextInt(IDS) + "-é");
          fps.add(fingerprint(r));
        }
        yield r.nextInt(6) == 0
            ? new JournalRecord.BatchSent(batch, ids)
            : new JournalRecord.BatchSent(batch, ids, fps);
      }
      case 2, 3 -> {
        ItemResult.Outcome o =
            ItemResult.Outcome.values()[r.nextInt(ItemResult.Outcome.values().length)];
        yield new JournalRecord.BatchResult(
            batch, List.of(new ItemResult(id, o, "ing-" + batch, null)));
      }
      case 4 ->
          new JournalRecord.Polled(
              id, "ing", OUTCOME_STATUS[r.nextInt(OUTCOME_STATUS.length)], List.of(), null);
      default ->
          new JournalRecord.Retiring(
              id,
              r.nextBoolean() ? JournalRecord.Retiring.REMOVED : JournalRecord.Retiring.REPLACED,
              List.of());
    };
  }

  /** Journaled fingerprints of every shape: with parts, part-less, malformed. */
  private static String fingerprint(Random r) {
    Fingerprint f = random(r);
    return switch (r.nextInt(6)) {
      case 0 -> f.toString().substring(0, 16);
      case 1 -> "00";
      case 2 -> f.toString().toUpperCase(java.util.Locale.ROOT);
      default -> f.toString();
    };
  }

  private static Fingerprint random(Random r) {
    return new Fingerprint(
        r.nextInt(3), r.nextInt(2), r.nextInt(2), r.nextInt(2), r.nextInt(2), r.nextInt(2));
  }

  /** Fingerprints to compare a journaled one with: itself, one like it in parts, random ones. */
  private static List<Fingerprint> probes(Random r, String journaled) {
    List<Fingerprint> out = new ArrayList<>(List.of(random(r), random(r), random(r)));
    Fingerprint parsed = journaled == null ? null : Fingerprint.parse(journaled);
    if (parsed != null) {
      out.add(parsed);
      out.add(
          new Fingerprint(
              parsed.whole(), parsed.content() + 1, parsed.type(), 0, parsed.identities(), 0));
    }
    return out;
  }

  private static JournalRecord.Header header(Path since) {
    return new JournalRecord.Header(
        since == null ? JournalRecord.Header.LOAD_FORMAT : JournalRecord.Header.CATCH_UP_FORMAT,
        "test",
        "2026-12-04T00:00:00Z",
        "generic",
        List.of(new ExportFile("a.jsonl", 10, "00".repeat(32))),
        Map.of(),
        since == null ? null : since.toAbsolutePath().normalize().toString());
  }
}
