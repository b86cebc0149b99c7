package dev.synap.preflight.loader.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.plan.LoadPlan;
import dev.synap.preflight.loader.run.CrashResumeTestAccess;
import dev.synap.preflight.loader.testing.Crasher;
import dev.synap.preflight.loader.testing.FakeSynap;
import dev.synap.preflight.loader.track.TrackPolicy;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.source.Identities;
import dev.synap.preflight.validator.gate.ValidationGate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load workflow called as a library, without the command line. */
class LoadWorkflowTest {
  @TempDir Path tmp;

  private Path export(boolean defect) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String type = defect && i == 4 ? "note" : "document";
      lines.add(
          "{\"id\":\"w"
              + i
              + "\",\"content\":\"User: I cycle to work, day "
              + i
              + ".\",\"document_type\":\""
              + type
              + "\",\"user_id\":\"u"
              + (i % 2)
              + "\"}");
    }
    Path f = tmp.resolve(defect ? "defect.jsonl" : "clean.jsonl");
    Files.write(f, lines, StandardCharsets.UTF_8);
    return f;
  }

  private LoadWorkflow workflow(Path input, boolean force) {
    return new LoadWorkflow(
        new LoadWorkflow.Settings(
            List.of(input),
            Profiles.resolve("generic"),
            CheckConfig.defaults(),
            new Identities(null, null, null),
            tmp.resolve("journal"),
            CrashResumeTestAccess.quick(2).withTrack(TrackPolicy.sample(5, 1)),
            force,
            600,
            "test",
            Map.of("batch-size", "10"),
            null,
            false),
        Clock.systemUTC());
  }

  @Test
  void gatePlanLoadReportInThatOrder() throws Exception {
    FakeSynap synap =
        new FakeSynap(
            1,
            FakeSynap.Policy.CONFLICT_NAMED,
            new Crasher(1, 0),
            0,
            ConcurrentHashMap.newKeySet());
    List<String> events = new ArrayList<>();
    LoadWorkflow.Listener listener =
        new LoadWorkflow.Listener() {
          @Override
          public void gate(ValidationGate gate) {
            events.add("gate " + gate.passed());
          }

          @Override
          public void plan(LoadPlan plan) {
            events.add("plan " + plan.documents() + " " + plan.tracked());
          }
        };
    LoadWorkflow.Outcome dry = workflow(export(false), false).dryRun(listener);
    assertThat(dry).isInstanceOf(LoadWorkflow.Planned.class);
    assertThat(dry.exitCode()).isZero();
    assertThat(tmp.resolve("journal").resolve(Journal.FILE)).doesNotExist();

    LoadWorkflow.Outcome out =
        workflow(export(false), false)
            .run(
                synap,
                null,
                listener,
                loaded -> {
                  events.add("report " + loaded.result().tally().accepted());
                  return List.of(tmp.resolve("r.json"));
                });
    assertThat(events)
        .containsExactly("gate true", "plan 25 5", "gate true", "plan 25 5", "report 25");
    assertThat(out.exitCode()).isEqualTo(LoadWorkflow.PASSED);
    LoadWorkflow.Loaded loaded = (LoadWorkflow.Loaded) out;
    assertThat(loaded.reports()).containsExactly(tmp.resolve("r.json"));
    assertThat(loaded.result().tracking().tracked()).isEqualTo(5);
    assertThat(loaded.result().tracking().known())
        .as("one round of the sample right after sending")
        .isEqualTo(loaded.result().tally().completed())
        .isPositive();
    JournalRecord.Header h = Journal.readOnly(tmp.resolve("journal")).header().orElseThrow();
    assertThat(h.format()).isEqualTo(JournalRecord.Header.LOAD_FORMAT);
    assertThat(h.profile()).isEqualTo("generic");
  }

  @Test
  void aFailedGateSendsNothingUnlessForced() throws Exception {
    FakeSynap synap =
        new FakeSynap(
            2,
            FakeSynap.Policy.CONFLICT_NAMED,
            new Crasher(1, 0),
            0,
            ConcurrentHashMap.newKeySet());
    Path input = export(true);
    LoadWorkflow.Outcome refused =
        workflow(input, false).run(synap, null, new LoadWorkflow.Listener() {}, l -> List.of());
    assertThat(refused).isInstanceOf(LoadWorkflow.Refused.class);
    assertThat(refused.exitCode()).isEqualTo(LoadWorkflow.FAILED);
    assertThat(synap.sends("w0")).isZero();

    LoadWorkflow.Outcome forced =
        workflow(input, true).run(synap, null, new LoadWorkflow.Listener() {}, l -> List.of());
    LoadWorkflow.Loaded loaded = (LoadWorkflow.Loaded) forced;
    assertThat(loaded.forced()).isTrue();
    assertThat(loaded.gateText()).startsWith("failed: ");
    assertThat(synap.sends("w0")).isEqualTo(1);
    assertThat(Journal.readOnly(tmp.resolve("journal")).runs().get(0).force()).isTrue();
  }
}
