package dev.synap.preflight.rules.read;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * UTF-8 validation and the plain-ASCII test of one ~1 KB JSON Lines record. Not a test: run it with
 * the {@code bench} profile (bench/README.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Utf8ScanBenchmark {
  @Param({"ascii", "accented"})
  public String flavour;

  private byte[] record;
  private byte[] work;

  @Setup
  public void setUp() {
    String text =
        ("User: The SSO login loops back to the start page.\\nAssistant: Clearing the session"
                + (flavour.equals("accented") ? " cookie at the Caf\u00e9 \u6771\u4eac" : " cookie")
                + " usually fixes it.\\n")
            .repeat(8);
    record =
        ("{\"id\": \"3f1c2a9e-1b7d-4c55-9a0e-6b2f0d8c4e11\", \"content\": \"" + text + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    work = record.clone();
  }

  @Benchmark
  public Utf8Scan scanAndRepair() {
    return Utf8Scanner.scanAndRepair(work, work.length);
  }

  @Benchmark
  public boolean plainAscii() {
    return Utf8Scanner.plainAscii(record, record.length);
  }
}
