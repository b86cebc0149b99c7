package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.model.MemoryDocument;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Duplicate detection per record: the content keys a worker computes (id and text hashes, the
 * whitespace-collapsed hash) and the insert into the aggregator's id index. Not a test: run it with
 * the {@code bench} profile (bench/README.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DuplicateIndexBenchmark {
  private MemoryDocument doc;
  private HashIndex index;
  private long next;

  @Setup
  public void setUp() {
    String text =
        ("User: My VPN drops every time the laptop wakes from sleep.\n"
                + "Assistant: Let's check the adapter's power-saving setting first.  ")
            .repeat(6);
    doc =
        new MemoryDocument(
            "3f1c2a9e-1b7d-4c55-9a0e-6b2f0d8c4e11",
            text,
            "ai-chat-conversation",
            "2025-04-10T15:02:00Z",
            "org042:user07",
            "org042",
            null,
            null);
    index = new HashIndex(1 << 16);
  }

  @Benchmark
  public ProcessedRecord.DuplicateKeys contentKeys() {
    return ContentKeys.of(doc);
  }

  /** A new distinct id each call, so the index grows as in a real run. */
  @Benchmark
  public int distinctIdInsert() {
    long k = ++next * 0x9E3779B97F4A7C15L;
    return index.putIfAbsent(k, ~k, next, k);
  }
}
