package dev.synap.preflight.validator.check;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
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
 * The per-string text work of every record: the one-pass facts, ICU's NFC quick check and the
 * mojibake search, on a typical chat memory of about 1 KB in three flavours. Not a test: run it
 * with the {@code bench} profile (bench/README.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TextScanBenchmark {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  @Param({"ascii", "accented", "mojibake"})
  public String flavour;

  private String text;

  @Setup
  public void setUp() {
    String line =
        "User: The SSO login loops back to the start page after the update.\n"
            + "Assistant: Clearing the session cookie for login.acme.example usually fixes it. ";
    String extra =
        switch (flavour) {
          case "accented" -> "Caf\u00e9 r\u00e9sum\u00e9 na\u00efve Z\u00fcrich \u6771\u4eac ";
          case "mojibake" -> "We don\u00e2\u20ac\u2122t ship to the Caf\u00c3\u00a9. ";
          default -> "";
        };
    text = (line + extra).repeat(6);
  }

  @Benchmark
  public TextFacts facts() {
    return TextFacts.of(text);
  }

  @Benchmark
  public Normalizer.QuickCheckResult nfcQuickCheck() {
    return NFC.quickCheck(text);
  }

  @Benchmark
  public Object mojibakeFind() {
    return Mojibake.find(text, 0);
  }

  @Benchmark
  public long utf8Length() {
    return Utf8.length(text);
  }
}
