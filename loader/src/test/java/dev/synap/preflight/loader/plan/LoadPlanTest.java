package dev.synap.preflight.loader.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.track.TrackPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The plan's requests and times for sending, tracking and a later rollback. */
class LoadPlanTest {

  @Test
  void aMillionDocumentsOnProCostSeventeenMinutesToSendAndTheSampleLittleMore() {
    LoadPlan p =
        LoadPlan.of(
            1_000_000, new PlanOptions(100, 0), TrackPolicy.sample(20, 14), 600, new LoadState());
    assertThat(p.batches()).isEqualTo(10_000);
    assertThat(p.tracked()).isEqualTo(20);
    assertThat(p.loadRequests()).isEqualTo(10_020);
    assertThat(LoadPlan.at(p.batches(), 600)).isEqualTo(Duration.ofSeconds(1000));
    assertThat(p.untrackedAfter()).isEqualTo(999_980);
    assertThat(p.rollbackRequests()).isEqualTo(999_980 + 1_000_000);
    assertThat(p.lines().get(0)).contains("times at --rate-limit 600");
    assertThat(p.lines())
        .anySatisfy(l -> assertThat(l).contains("sending:  10000 request(s), 16m40s"));
  }

  @Test
  void trackingEveryDocumentIsPlannedAtARequestEach() {
    LoadPlan p =
        LoadPlan.of(1000, new PlanOptions(100, 0), TrackPolicy.all(), 600, new LoadState());
    assertThat(p.loadRequests()).isEqualTo(1010);
    assertThat(p.untrackedAfter()).isZero();
    assertThat(p.lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("load:     1010 request(s), 1m36s in all (the first 50 in a burst)"));
    assertThat(LoadPlan.total(1010, 600)).isEqualTo(Duration.ofSeconds(96));
    assertThat(LoadPlan.total(50, 600)).isZero();
    assertThat(LoadPlan.at(1010, 600)).isEqualTo(Duration.ofMillis(101_000));
  }

  @Test
  void aLimitTooLowForTheLoadIsAPlanOfManyHoursNotAnError() {
    LoadPlan p =
        LoadPlan.of(1_000_000, new PlanOptions(100, 0), TrackPolicy.none(), 1, new LoadState());
    assertThat(LoadPlan.at(p.loadRequests(), 1)).isEqualTo(Duration.ofMinutes(10_000));
    assertThat(p.lines())
        .anySatisfy(l -> assertThat(l).contains("sending:  10000 request(s), 166h40m"));
  }

  @Test
  void withoutALimitTimesAreGivenAtProAndFreeLimits() {
    LoadPlan p = LoadPlan.of(250, new PlanOptions(50, 0), TrackPolicy.none(), 0, new LoadState());
    assertThat(p.batches()).isEqualTo(5);
    assertThat(p.lines().get(0)).contains("no --rate-limit");
    assertThat(p.lines()).anySatisfy(l -> assertThat(l).contains("5 request(s), 0.5s / 5.0s"));
  }
}
