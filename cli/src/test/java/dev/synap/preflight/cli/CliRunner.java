package dev.synap.preflight.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the real command line in-process with captured output and a pinned clock. */
public final class CliRunner {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);

  public record Result(int exitCode, String out, String err) {}

  private CliRunner() {}

  /** Runs with {@code env} as the environment (the stand-in's serve loop never blocks). */
  public static Result runWithEnv(java.util.Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = PreflightCommand.execute(args, o, e, CLOCK, env, server -> {});
    }
    return new Result(code, out.toString(), err.toString());
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = PreflightCommand.execute(args, o, e, CLOCK);
    }
    return new Result(code, out.toString(), err.toString());
  }
}
