package dev.synap.preflight.cli;

import dev.synap.preflight.synap.HttpThreads;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** The {@code preflight} entry point. */
public final class Main {
  private Main() {}

  @SuppressForbidden(reason = "the process's own standard streams, always as UTF-8")
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code;
    try {
      code = PreflightCommand.execute(args, out, err, Clock.systemUTC());
    } catch (OutOfMemoryError e) {
      // Not a verdict about the input: exit 3 (internal), never 1 (findings, differences).
      err.println(
          "preflight: out of memory ("
              + e.getMessage()
              + "); give the JVM more heap, e.g. JAVA_OPTS=-Xmx4g, and run the same command"
              + " again (a load or rollback resumes from its journal)");
      code = ExitCodes.INPUT_OR_INTERNAL;
    }
    out.flush();
    err.flush();
    HttpThreads.release(100); // else the JVM's exit waits 0.3 s for them (JDK 17)
    System.exit(code);
  }
}
