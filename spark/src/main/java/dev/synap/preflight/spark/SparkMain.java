package dev.synap.preflight.spark;

import dev.synap.preflight.rules.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Properties;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;

/**
 * Entry point of the job jar: {@code spark-submit --class dev.synap.preflight.spark.SparkMain
 * preflight-spark.jar validate ...}, or {@code ./preflight-spark validate ...} to try it on one
 * machine. Exit codes are {@code preflight validate}'s: 0 passed, 1 failed, 2 usage or
 * configuration, 3 unreadable input or internal error.
 */
public final class SparkMain {
  static final String NAME = "synap-preflight";

  private SparkMain() {}

  @SuppressForbidden(reason = "the process's own standard streams, always as UTF-8")
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = execute(args, out, err, Clock.systemUTC(), null);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line and returns the exit code; with {@code context} (a running Spark context,
   * e.g. a test's) instead of starting one.
   */
  public static int execute(
      String[] args, PrintWriter out, PrintWriter err, Clock clock, JavaSparkContext context) {
    CommandLine cli =
        new CommandLine(
            new Root(),
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                return type == SparkValidateCommand.class
                    ? type.cast(new SparkValidateCommand(clock, context))
                    : CommandLine.defaultFactory().create(type);
              }
            });
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof ConfigException || ex instanceof IllegalArgumentException) {
            err.println("preflight-spark: " + ex.getMessage());
            return 2;
          }
          err.println("preflight-spark: internal error: " + ex);
          return 3;
        });
    return cli.execute(args);
  }

  /** The root command: only {@code validate} for now. */
  @CommandLine.Command(
      name = "preflight-spark",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = "Synap Preflight's validation as an Apache Spark job.",
      subcommands = {SparkValidateCommand.class, CommandLine.HelpCommand.class})
  static final class Root implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getErr());
      throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }
  }

  /** The tool's version, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    static String version() {
      Properties p = new Properties();
      try (InputStream in = SparkMain.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        return "unknown";
      }
      return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
      return new String[] {NAME + " " + version() + " (spark)"};
    }
  }
}
