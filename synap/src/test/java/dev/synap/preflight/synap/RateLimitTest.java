package dev.synap.preflight.synap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synap.preflight.synap.FakeSynap.Reply;
import dev.synap.preflight.synap.error.RateLimitedException;
import dev.synap.preflight.synap.resilience.RateLimit;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client-side limiter: pacing derived from requests a minute, refusal when no permit comes. */
class RateLimitTest {
  private FakeSynap fake;

  @BeforeEach
  void start() throws IOException {
    fake = new FakeSynap();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void aCallWithoutAPermitInTimeFailsBeforeReachingTheService() {
    SynapClient client =
        TestClients.builder(fake, new RecordingSleeper())
            .rateLimitPerMinute(1)
            .rateLimitMaxWait(Duration.ZERO)
            .build();
    client.health();
    RateLimitedException e = catchThrowableOfType(RateLimitedException.class, client::health);
    assertThat(e.status()).isZero();
    assertThat(e.serviceMessage()).contains("client-side rate limit of 1 requests a minute");
    assertThat(fake.seen()).hasSize(1);
  }

  @Test
  void retriesTakePermitsToo() {
    fake.then(Reply.json(503, "{}"));
    SynapClient client =
        TestClients.builder(fake, new RecordingSleeper())
            .rateLimitPerMinute(1)
            .rateLimitMaxWait(Duration.ZERO)
            .build();
    catchThrowableOfType(RateLimitedException.class, client::health);
    assertThat(fake.seen()).hasSize(1);
  }

  @Test
  void permitsComeInBurstsOfATwelfthOfTheLimitSpreadOverTheMinute() {
    assertThat(RateLimit.burstOf(600)).isEqualTo(50);
    assertThat(RateLimit.burstOf(60)).isEqualTo(5);
    assertThat(RateLimit.burstOf(11)).isEqualTo(1);
    assertThat(RateLimit.burstOf(0)).isZero();
    assertThat(RateLimit.perMinute(60, Duration.ZERO).spacing()).isEqualTo(Duration.ofSeconds(5));
    assertThat(RateLimit.perMinute(600, Duration.ZERO).spacing()).isEqualTo(Duration.ofSeconds(5));
    assertThat(RateLimit.perMinute(1, Duration.ZERO).spacing()).isEqualTo(Duration.ofMinutes(1));
    RateLimit limit = RateLimit.perMinute(1, Duration.ZERO);
    assertThat(limit.acquire()).isTrue();
    assertThat(limit.acquire()).isFalse();
    RateLimit pro = RateLimit.perMinute(600, Duration.ZERO);
    for (int i = 0; i < 50; i++) {
      assertThat(pro.acquire()).as("permit %d of the burst", i + 1).isTrue();
    }
    assertThat(pro.acquire()).as("the 51st waits for the next period").isFalse();
  }

  @Test
  void aHoldOffMakesEveryOtherCallerWaitItOutAndALongerOneIsKept() throws Exception {
    long[] now = {0};
    List<Duration> waits = new ArrayList<>();
    RateLimit limit =
        RateLimit.perMinute(
            0,
            Duration.ofMinutes(5),
            d -> {
              synchronized (waits) {
                waits.add(d);
                now[0] += d.toNanos();
              }
            },
            () -> now[0]);
    assertThat(limit.acquire()).isTrue();
    assertThat(waits).isEmpty();
    onAnotherThread(
        () -> {
          limit.holdOff(Duration.ofSeconds(30));
          limit.holdOff(Duration.ofSeconds(10));
          assertThat(limit.acquire()).as("the thread that met the 429 waits by itself").isTrue();
        });
    assertThat(waits).isEmpty();
    assertThat(limit.acquire()).isTrue();
    assertThat(waits).containsExactly(Duration.ofSeconds(30));
    assertThat(limit.acquire()).as("the hold-off is over").isTrue();
    assertThat(waits).hasSize(1);
    onAnotherThread(() -> limit.holdOff(Duration.ofMinutes(6)));
    assertThat(limit.acquire()).as("a hold-off longer than the longest wait fails").isFalse();
  }

  @Test
  void a429OnOneThreadHoldsBackTheCallsOfTheOthers() throws Exception {
    fake.then(Reply.json(429, "{}").withHeader("Retry-After", "7"));
    RecordingSleeper sleeper = new RecordingSleeper();
    SynapClient client = TestClients.builder(fake, sleeper).build();
    onAnotherThread(client::health);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    client.health();
    // the recording sleeper does not really wait, so the hold-off is still in force here
    assertThat(sleeper.waits())
        .hasSize(2)
        .allSatisfy(d -> assertThat(d).isGreaterThan(Duration.ofSeconds(1)));
    assertThat(fake.seen()).hasSize(3);
  }

  private static void onAnotherThread(Runnable r) throws Exception {
    Throwable[] failed = new Throwable[1];
    Thread t =
        new Thread(
            () -> {
              try {
                r.run();
              } catch (Throwable e) {
                failed[0] = e;
              }
            });
    t.start();
    t.join();
    if (failed[0] != null) {
      throw new AssertionError(failed[0]);
    }
  }

  @Test
  void zeroTurnsLimitingOffAndNegativeIsRefused() {
    RateLimit off = RateLimit.perMinute(0, Duration.ZERO);
    for (int i = 0; i < 1000; i++) {
      assertThat(off.acquire()).isTrue();
    }
    assertThat(off.spacing()).isZero();
    assertThatThrownBy(() -> SynapClient.builder().rateLimitPerMinute(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
