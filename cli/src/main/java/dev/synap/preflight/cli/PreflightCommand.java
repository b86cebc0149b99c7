package dev.synap.preflight.cli;

import dev.synap.preflight.rules.config.ConfigException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code preflight} command: subcommands, help, version and the exit-code contract. */
@Command(
    name = "preflight",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = {
      "Synap Preflight: validate AI-agent memory exports before migrating them into Synap.",
      ""
    },
    subcommands = {
      ValidateCommand.class,
      MapCommand.class,
      ProfilesCommand.class,
      LoadCommand.class,
      StatusCommand.class,
      RollbackCommand.class,
      DiffCommand.class,
      VerifyCommand.class,
      StandinCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:gate passed",
      "1:gate failed (findings at or above --fail-on; verify: a scope leak or a metric under its threshold)",
      "2:usage or configuration error",
      "3:input unreadable or internal error"
    })
public final class PreflightCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * Runs the command line and returns the exit code. Usage errors give 2, configuration errors 2,
   * anything unexpected 3 with a one-line message (the stack trace only with PREFLIGHT_DEBUG=1).
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    return execute(args, out, err, clock, System.getenv(), StandinCommand.UNTIL_KILLED);
  }

  /** As above with the environment and the stand-in's serve loop given (tests). */
  static int execute(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      Clock clock,
      Map<String, String> env,
      StandinCommand.ServeLoop serveLoop) {
    CommandLine cli = new CommandLine(new PreflightCommand(), new Factory(clock, env, serveLoop));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof ConfigException || ex instanceof IllegalArgumentException) {
            err.println("preflight: " + ex.getMessage());
            return ExitCodes.USAGE;
          }
          err.println("preflight: internal error: " + ex);
          if ("1".equals(System.getenv("PREFLIGHT_DEBUG"))) {
            ex.printStackTrace(err);
          }
          return ExitCodes.INPUT_OR_INTERNAL;
        });
    return cli.execute(args);
  }

  /** Gives subcommands the clock (tests pin it so reports are reproducible). */
  private record Factory(Clock clock, Map<String, String> env, StandinCommand.ServeLoop serveLoop)
      implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ValidateCommand.class) {
        return type.cast(new ValidateCommand(clock, env));
      }
      if (type == LoadCommand.class) {
        return type.cast(new LoadCommand(clock));
      }
      if (type == StatusCommand.class) {
        return type.cast(new StatusCommand(clock));
      }
      if (type == RollbackCommand.class) {
        return type.cast(new RollbackCommand(clock));
      }
      if (type == VerifyCommand.class) {
        return type.cast(new VerifyCommand(clock));
      }
      if (type == SynapConnection.class) {
        return type.cast(new SynapConnection(env));
      }
      if (type == StandinCommand.class) {
        return type.cast(new StandinCommand(env, serveLoop));
      }
      if (type == MapCommand.class) {
        return type.cast(new MapCommand());
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
