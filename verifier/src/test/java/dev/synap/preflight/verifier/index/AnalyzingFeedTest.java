package dev.synap.preflight.verifier.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.verifier.TestCorpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class AnalyzingFeedTest {
  private static final int N = 5_000; // ten times the queue: the reader waits for the indexer

  private static DocumentSource numbered(int n, AtomicInteger read) {
    return sink -> {
      for (int i = 0; i < n; i++) {
        read.incrementAndGet();
        sink.accept(
            TestCorpus.doc(
                String.format(Locale.ROOT, "d%05d", i), "refund number " + i, null, null));
      }
    };
  }

  @Test
  void everyDocumentArrivesOnceInTheExportsOrderWithItsAnalyzedText() throws IOException {
    List<String> ids = new ArrayList<>();
    AtomicReference<Thread> indexing = new AtomicReference<>();
    AnalyzingFeed.run(
        numbered(N, new AtomicInteger()),
        Analyzers.create("english"),
        IndexFields.TEXT,
        a -> {
          indexing.set(Thread.currentThread());
          ids.add(a.document().documentId());
          assertThat(a.text().size()).isEqualTo(3); // refund, number, the digits
        });
    assertThat(ids).hasSize(N).isSorted().doesNotHaveDuplicates();
    assertThat(indexing.get()).isSameAs(Thread.currentThread());
  }

  @Test
  void aReadFailureReachesTheCallerAfterTheDocumentsBeforeIt() {
    List<String> ids = new ArrayList<>();
    DocumentSource broken =
        sink -> {
          sink.accept(TestCorpus.doc("a", "first", null, null));
          throw new IOException("export.jsonl: disk gone");
        };
    assertThatThrownBy(
            () ->
                AnalyzingFeed.run(
                    broken,
                    Analyzers.create("english"),
                    IndexFields.TEXT,
                    a -> ids.add(a.document().documentId())))
        .isInstanceOf(IOException.class)
        .hasMessage("export.jsonl: disk gone");
    assertThat(ids).containsExactly("a");
  }

  @Test
  void aRuntimeFailureOfTheReaderIsThrownAsItIs() {
    DocumentSource broken =
        sink -> {
          throw new IllegalStateException("profile bug");
        };
    assertThatThrownBy(
            () -> AnalyzingFeed.run(broken, Analyzers.create("english"), IndexFields.TEXT, a -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("profile bug");
  }

  @Test
  void anIndexingFailureStopsTheReaderAndIsThrown() throws Exception {
    AtomicInteger read = new AtomicInteger();
    AtomicReference<Thread> reader = new AtomicReference<>();
    DocumentSource source = numbered(1_000_000, read);
    assertThatThrownBy(
            () ->
                AnalyzingFeed.run(
                    sink -> {
                      reader.set(Thread.currentThread());
                      source.feed(sink);
                    },
                    Analyzers.create("english"),
                    IndexFields.TEXT,
                    a -> {
                      if (a.document().documentId().equals("d00010")) {
                        throw new IOException("index disk full");
                      }
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("index disk full");
    int stoppedAt = read.get();
    assertThat(stoppedAt).as("the reader stopped long before the end").isLessThan(10_000);
    Thread.sleep(200);
    assertThat(read.get()).as("and reads no more").isEqualTo(stoppedAt);
    assertThat(reader.get()).isNotSameAs(Thread.currentThread());
    assertThat(reader.get().isAlive()).as("the reader thread has ended").isFalse();
  }

  @Test
  void anEmptyExportFeedsNothing() throws IOException {
    List<MemoryDocument> got = new ArrayList<>();
    AnalyzingFeed.run(
        sink -> {}, Analyzers.create("english"), IndexFields.TEXT, a -> got.add(a.document()));
    assertThat(got).isEmpty();
  }
}
