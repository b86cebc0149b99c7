package dev.synap.preflight.loader.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.plan.DocumentSource;
import dev.synap.preflight.loader.plan.PlanOptions;
import dev.synap.preflight.loader.plan.SourceDocument;
import dev.synap.preflight.loader.testing.Crasher;
import dev.synap.preflight.loader.testing.Docs;
import dev.synap.preflight.loader.testing.FakeSynap;
import dev.synap.preflight.loader.track.TrackPolicy;
import dev.synap.preflight.loader.track.TrackingView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal is forced once per batch answer, poll group and delete group, not once per document
 * or memory; and a sampled load polls only its sample.
 */
class GroupedWritesTest {
  private static final int DOCS = 400;

  @TempDir Path tmp;

  private static LoadOptions options(TrackPolicy track) {
    return CrashResumeTest.quick(1).withPlan(new PlanOptions(100, 0)).withTrack(track);
  }

  @Test
  void pollsAndDeletesAreForcedInGroups() throws Exception {
    FakeSynap synap =
        new FakeSynap(
            3,
            FakeSynap.Policy.CONFLICT_NAMED,
            new Crasher(1, 0),
            0,
            ConcurrentHashMap.newKeySet());
    List<SourceDocument> export = Docs.export(DOCS, false);
    Path dir = tmp.resolve("journal");
    long loadForces;
    try (Journal j = Journal.openForExport(dir, CrashResumeTest.header(), AppendHook.NONE)) {
      LoadResult r =
          new LoadRun(j, synap, options(TrackPolicy.all()), Clock.systemUTC(), d -> {}, p -> {})
              .run(DocumentSource.of(export), new RunInfo(false, "passed", Map.of()), DOCS);
      assertThat(r.complete()).isTrue();
      assertThat(r.tally().completed()).isEqualTo(DOCS - DOCS / 17);
      loadForces = j.forces();
    }
    // 4 batches (sent + result each) and the run record, then polling rounds of at most 8 groups
    // of 50: far from the ~400 forces of one a document
    assertThat(loadForces).isLessThan(9 + 8L * 6);
    int memories = synap.memories().size();
    assertThat(memories).isGreaterThan(DOCS);
    try (Journal j = Journal.open(dir)) {
      RollbackResult rb =
          new Rollback(j, synap, options(TrackPolicy.all()), Clock.systemUTC(), d -> {}, p -> {})
              .run(new RunInfo(false, "n/a", Map.of()));
      assertThat(rb.complete()).isTrue();
      assertThat(rb.deleted()).isEqualTo(memories);
      assertThat(j.forces()).isLessThanOrEqualTo(2 + (memories + 49) / 50);
    }
    assertThat(synap.memories()).isEmpty();
  }

  @Test
  void aSampledLoadPollsItsSampleAndLeavesTheRestUntrackedButLoaded() throws Exception {
    FakeSynap synap =
        new FakeSynap(
            4,
            FakeSynap.Policy.CONFLICT_NAMED,
            new Crasher(1, 0),
            0,
            ConcurrentHashMap.newKeySet());
    List<SourceDocument> export = Docs.export(DOCS, false);
    Path dir = tmp.resolve("journal");
    try (Journal j = Journal.openForExport(dir, CrashResumeTest.header(), AppendHook.NONE)) {
      LoadResult r =
          new LoadRun(
                  j, synap, options(TrackPolicy.sample(15, 2)), Clock.systemUTC(), d -> {}, p -> {})
              .run(DocumentSource.of(export), new RunInfo(false, "passed", Map.of()), DOCS);
      assertThat(r.complete()).as(String.join("; ", r.problems())).isTrue();
      TrackingView v = r.tracking();
      assertThat(v.policy()).isEqualTo(TrackPolicy.sample(15, 2));
      assertThat(v.tracked()).isEqualTo(15);
      assertThat(v.untracked()).isEqualTo(DOCS - DOCS / 17 - 15);
      // One round right after sending: the sample's ingestions the service finished are known
      // (the fake finishes some at the first status read, others later), nothing else is polled.
      assertThat(v.known()).isEqualTo(r.tally().completed()).isPositive().isLessThan(15);
    }
    // a later run with --track all sends nothing again and tracks the rest
    try (Journal j = Journal.openForExport(dir, CrashResumeTest.header(), AppendHook.NONE)) {
      long sentBefore = j.state().lastBatch();
      LoadResult r =
          new LoadRun(j, synap, options(TrackPolicy.all()), Clock.systemUTC(), d -> {}, p -> {})
              .run(DocumentSource.of(export), new RunInfo(false, "passed", Map.of()), DOCS);
      assertThat(j.state().lastBatch()).isEqualTo(sentBefore);
      assertThat(r.tracking().untracked()).isZero();
      assertThat(r.tally().completed()).isEqualTo(DOCS - DOCS / 17);
    }
    assertThat(synap.violations()).isEmpty();
  }
}
