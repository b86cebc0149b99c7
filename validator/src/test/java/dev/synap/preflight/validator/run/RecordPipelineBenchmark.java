package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.read.JsonRecordDecoder;
import dev.synap.preflight.rules.read.RawRecord;
import dev.synap.preflight.rules.source.Identities;
import dev.synap.preflight.validator.check.Checks;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A worker's whole job on one record, in steady state on one thread: UTF-8 check, decode, mapping,
 * every check and the duplicate keys, over {@value #RECORDS} records shaped like
 * bench/gen_export.py writes (about 1 KB, chat turns, about half with some non-ASCII). The score is
 * time per record. Not a test: run it with the {@code bench} profile (bench/README.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordPipelineBenchmark {
  static final int RECORDS = 2000;
  private static final String[] WORDS =
      ("the a to and of for in on with is it you your my we can this that please thanks order"
              + " invoice account login password reset vpn laptop printer email meeting report"
              + " summary budget travel office flight project deadline customer support ticket")
          .split(" ");
  private static final String[] SPICE = {
    "caf\u00e9", "Z\u00fcrich", "\u6771\u4eac", "\ud83d\ude80"
  };

  private final List<RawRecord> records = new ArrayList<>();
  private RecordProcessor processor;
  private FileContext file;

  @Setup
  public void setUp() {
    CheckConfig config = CheckConfig.defaults();
    processor =
        new RecordProcessor(config, Checks.standard(), null, Instant.parse("2026-01-01T00:00:00Z"));
    file =
        new FileContext(
            0,
            "bench.jsonl",
            Profiles.bundled("generic").orElseThrow(),
            new JsonRecordDecoder(config.limits()),
            false,
            new JsonRecordDecoder(config.limits()),
            Identities.NONE);
    SplittableRandom random = new SplittableRandom(42);
    long offset = 0;
    for (int i = 0; i < RECORDS; i++) {
      byte[] line = line(random, i).getBytes(StandardCharsets.UTF_8);
      records.add(new RawRecord(0, i + 1, offset, line.length, line, RawRecord.Flaw.NONE, null));
      offset += line.length + 1;
    }
  }

  private static String line(SplittableRandom r, int n) {
    StringBuilder text = new StringBuilder();
    for (int turn = 0; turn < 2 + r.nextInt(4); turn++) {
      text.append(turn % 2 == 0 ? "User:" : "\\nAssistant:");
      for (int w = 0; w < 20 + r.nextInt(20); w++) {
        text.append(' ')
            .append(
                r.nextInt(40) == 0
                    ? SPICE[r.nextInt(SPICE.length)]
                    : WORDS[r.nextInt(WORDS.length)]);
      }
      text.append('.');
    }
    return String.format(
        Locale.ROOT,
        "{\"id\": \"%016x-%04d\", \"content\": \"%s\", \"document_type\": \"ai-chat-conversation\","
            + " \"created_at\": \"2025-%02d-%02dT10:%02d:00Z\", \"user_id\": \"org%03d:user%02d\","
            + " \"customer_id\": \"org%03d\", \"metadata\": {\"source\": \"helpdesk-bot\","
            + " \"channel\": \"chat\", \"seq\": %d}}",
        r.nextLong(),
        n,
        text,
        1 + r.nextInt(12),
        1 + r.nextInt(28),
        r.nextInt(60),
        n % 200,
        n % 50,
        n % 200,
        n);
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void processRecord(Blackhole out) {
    for (RawRecord r : records) {
      out.consume(processor.process(r, null, file));
    }
  }
}
