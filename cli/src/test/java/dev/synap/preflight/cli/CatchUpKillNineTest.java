package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.standin.DuplicatePolicy;
import dev.synap.preflight.standin.StandinServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real kill -9 during a catch-up: {@code preflight load --since A --delete-removed} runs in a child
 * JVM (the CLI's own {@link Main}) against the stand-in under the conflict policy, with slow
 * answers and small batches, and is killed at random moments (while it retires removed documents,
 * sends, or replaces changed ones); then it is run to its end. The stand-in must hold exactly
 * export B: every document from exactly one ingestion (nothing sent twice into Synap, no earlier
 * version left), the removed ones gone.
 */
class CatchUpKillNineTest {
  @TempDir Path tmp;

  @Test
  void aCatchUpKilledAtRandomMomentsResumesToTheSameEndState() throws Exception {
    Random random = new Random(20261204);
    try (StandinServer s = CatchUpCommandTest.standin(DuplicatePolicy.CONFLICT, null)) {
      Path key = CatchUpCommandTest.key(tmp);
      Path journalA = tmp.resolve("journal-a");
      CliRunner.Result a =
          CatchUpCommandTest.cli(
              CatchUpCommandTest.load(s, key, journalA, CatchUpCommandTest.exportA(tmp)));
      assertThat(a.exitCode()).as(a.out() + a.err()).isZero();
      List<Path> b = CatchUpCommandTest.exportB(tmp);
      Path journalC = tmp.resolve("journal-c");
      List<String> args = CatchUpCommandTest.load(s, key, journalC, b.get(0), b.get(1));
      args.addAll(
          List.of(
              "--since",
              journalA.toString(),
              "--delete-removed",
              "--batch-size",
              "2",
              "--concurrency",
              "1"));

      s.faults().latency(Duration.ofMillis(120));
      int killed = 0;
      int killedMidWay = 0;
      for (int i = 0; i < 7; i++) {
        Process child = child(args);
        long progress = progress(journalC);
        while (child.isAlive() && progress(journalC) == progress) {
          child.waitFor(20, TimeUnit.MILLISECONDS);
        }
        boolean exited = child.waitFor(random.nextInt(700), TimeUnit.MILLISECONDS);
        if (exited) {
          assertThat(child.exitValue()).as("child exit code, see child.log").isZero();
          break;
        }
        child.destroyForcibly().waitFor();
        killed++;
        if (Files.exists(journalC.resolve(Journal.FILE))) {
          LoadState st = Journal.readOnly(journalC);
          boolean started = !st.retirements().isEmpty() || st.tally().sent() > 0;
          boolean done = st.tally().accepted() >= CatchUpCommandTest.ADDED + 5;
          if (started && !done) {
            killedMidWay++;
          }
        }
      }
      assertThat(killed).as("the child was killed at least once").isPositive();
      assertThat(killedMidWay).as("a kill landed mid-way through the catch-up").isPositive();

      s.faults().latency(Duration.ZERO);
      CliRunner.Result end = CatchUpCommandTest.cli(args);
      assertThat(end.exitCode()).as(end.out() + end.err()).isZero();
      CatchUpCommandTest.holdsExactlyB(s, journalC);
    }
  }

  /** Retirements, deletes and answers journaled so far (0 before the journal exists). */
  private static long progress(Path journal) throws Exception {
    if (!Files.exists(journal.resolve(Journal.FILE))) {
      return 0;
    }
    LoadState st = Journal.readOnly(journal);
    return st.retirements().size()
        + st.tally().deletedMemories()
        + st.tally().accepted()
        + st.tally().rejected();
  }

  private Process child(List<String> args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(args);
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(tmp.toFile(), "child.log")))
        .start();
  }
}
