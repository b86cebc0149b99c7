package dev.synap.preflight.synap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.synap.FakeSynap.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The selector thread a client leaves behind is ended before the process exits. */
class HttpThreadsTest {
  @Test
  void aClientsSelectorThreadEndsWhenReleased() throws Exception {
    List<Thread> before = HttpThreads.selectors();
    try (FakeSynap fake = new FakeSynap()) {
      fake.then(Reply.ok("{\"memory_id\":\"m1\",\"deleted_at\":\"2024-03-15T10:30:00Z\"}"));
      SynapClient client = TestClients.client(fake);
      client.delete("m1");
      // Only this test's client's thread: other tests' clients in this JVM must keep theirs.
      List<Thread> mine =
          HttpThreads.selectors().stream().filter(t -> !before.contains(t)).toList();
      assertThat(mine).as("the JDK client's selector thread, waiting in native code").hasSize(1);
      assertThat(HttpThreads.release(mine, 5000)).isZero();
      assertThat(mine.get(0).isAlive()).isFalse();
    }
  }
}
