package dev.synap.preflight.loader.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.plan.SourceDocument;
import dev.synap.preflight.loader.run.LoadResult;
import dev.synap.preflight.loader.testing.Docs;
import dev.synap.preflight.standin.DuplicatePolicy;
import dev.synap.preflight.standin.store.StoredMemory;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real kill -9: a load runs in a child JVM ({@link KillTarget}) against the stand-in and is killed
 * with SIGKILL at random moments, several times; then the load is resumed here from the same
 * journal. Every document must end up in the stand-in from exactly one ingestion.
 */
class KillNineTest {
  private static final int DOCS = 150;

  @TempDir Path tmp;

  @Test
  void aLoadKilledWithSigkillAtRandomMomentsResumesToExactlyOnce() throws Exception {
    Path journal = tmp.resolve("journal");
    Random random = new Random(20261124);
    List<SourceDocument> export = Docs.export(DOCS, true);
    try (StandinHarness h = new StandinHarness(tmp.resolve("state"), DuplicatePolicy.CONFLICT)) {
      h.server().faults().latency(java.time.Duration.ofMillis(300));
      int killed = 0;
      int killedMidLoad = 0;
      for (int i = 0; i < 6; i++) {
        Process child = child(h, journal);
        long before = answered(journal);
        while (child.isAlive() && answered(journal) == before) {
          child.waitFor(20, TimeUnit.MILLISECONDS);
        }
        boolean exited = child.waitFor(random.nextInt(400), TimeUnit.MILLISECONDS);
        if (exited) {
          assertThat(child.exitValue()).as("child exit code").isZero();
          break;
        }
        child.destroyForcibly().waitFor();
        killed++;
        var t = Journal.readOnly(journal).tally();
        if (t.accepted() + t.rejected() > 0 && t.accepted() + t.rejected() < DOCS - 2) {
          killedMidLoad++;
        }
      }
      assertThat(killed).as("the child was killed at least once").isPositive();
      assertThat(killedMidLoad).as("a kill landed after some answers, before the end").isPositive();
      h.server().faults().latency(java.time.Duration.ZERO);
      LoadResult result = h.load(journal, export, AppendHook.NONE, p -> {});
      assertThat(result.complete()).isTrue();

      LoadState state = Journal.readOnly(journal);
      Map<String, Set<String>> byDoc =
          h.memories().stream()
              .collect(
                  Collectors.groupingBy(
                      StoredMemory::documentId,
                      Collectors.mapping(StoredMemory::ingestionId, Collectors.toSet())));
      List<String> good =
          export.stream()
              .filter(s -> s.seq() != 9)
              .map(s -> s.document().documentId())
              .filter(id -> id != null && !id.contains("bad"))
              .toList();
      assertThat(byDoc.keySet()).containsExactlyInAnyOrderElementsOf(good);
      byDoc.forEach((doc, ings) -> assertThat(ings).as("ingestions of %s", doc).hasSize(1));
      for (String id : good) {
        DocState d = state.doc(id);
        assertThat(d.phase()).as(id).isIn(DocPhase.COMPLETED, DocPhase.LOADED_BY_CONFLICT);
        if (d.phase() == DocPhase.COMPLETED) {
          assertThat(byDoc.get(id)).containsExactly(d.ingestionId());
        }
      }
    }
  }

  private static long answered(Path journal) throws Exception {
    if (!java.nio.file.Files.exists(journal.resolve(Journal.FILE))) {
      return 0;
    }
    var t = Journal.readOnly(journal).tally();
    return t.accepted() + t.rejected();
  }

  private static Process child(StandinHarness h, Path journal) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            KillTarget.class.getName(),
            h.server().baseUri().toString(),
            journal.toString(),
            Integer.toString(DOCS))
        .redirectErrorStream(true)
        .redirectOutput(
            ProcessBuilder.Redirect.appendTo(new File(journal.getParent().toFile(), "child.log")))
        .start();
  }
}
