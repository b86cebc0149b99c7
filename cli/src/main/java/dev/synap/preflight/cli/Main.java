package dev.synap.preflight.cli;

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
    int code = PreflightCommand.execute(args, out, err, Clock.systemUTC());
    out.flush();
    err.flush();
    System.exit(code);
  }
}
