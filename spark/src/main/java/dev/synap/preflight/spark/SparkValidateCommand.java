package dev.synap.preflight.spark;

import dev.synap.preflight.reports.ReportFormat;
import dev.synap.preflight.reports.Reports;
import dev.synap.preflight.reports.assemble.ValidationReportAssembler;
import dev.synap.preflight.reports.model.ToolInfo;
import dev.synap.preflight.reports.model.ValidationReport;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.spark.job.FindingsDataset;
import dev.synap.preflight.spark.job.JobConf;
import dev.synap.preflight.spark.job.SparkValidation;
import dev.synap.preflight.spark.plan.JobSettings;
import dev.synap.preflight.validator.gate.ValidationGate;
import dev.synap.preflight.validator.run.InputSummary;
import dev.synap.preflight.validator.run.ValidationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code preflight-spark validate}: {@code preflight validate} as a Spark job, with the same
 * checks, options, reports and exit codes, plus where to run and how to cut the input.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = SparkMain.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Validate export files on Apache Spark: the checks, profiles, configuration and reports of"
          + " 'preflight validate', with per-record checks in parallel over parts of the files"
          + " and duplicates, conflicts and scope counts by shuffles. Findings keep their file,"
          + " line and byte offset.",
      "",
      "Inputs are paths or URIs Hadoop's file systems read (file:, hdfs:, s3a: when on the"
          + " classpath): JSON Lines (read in parts), or any format 'preflight validate' reads,"
          + " gzip included (read whole)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:gate passed",
      "1:gate failed (findings at or above --fail-on)",
      "2:usage or configuration error",
      "3:an input could not be read (fully), or an internal error"
    })
final class SparkValidateCommand implements Callable<Integer> {
  private final Clock clock;
  private final JavaSparkContext context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Export files (paths or URIs).")
  List<String> inputs;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master when not set by spark-submit (local[*], local[2], spark://host:7077, yarn)."
              + " Default: ${DEFAULT-VALUE}.",
      defaultValue = "local[*]")
  String master;

  @Option(
      names = "--split-size",
      paramLabel = "BYTES",
      defaultValue = "128m",
      description =
          "Size of the parts a JSON Lines file is read in, in bytes, or with k, m or g. Default:"
              + " ${DEFAULT-VALUE}.")
  String splitSize;

  @Option(
      names = "--shuffle-partitions",
      paramLabel = "N",
      description = "Partitions of the shuffles (ids, texts, users). Default: Spark's parallelism.")
  Integer shufflePartitions;

  @Option(
      names = "--findings-out",
      paramLabel = "DIR",
      description =
          "Also write every finding (not only the reports' examples) as a Parquet dataset there"
              + " (a path or URI; replaced).")
  String findingsOut;

  @Option(
      names = "--profile",
      paramLabel = "NAME|auto|FILE",
      defaultValue = "auto",
      description = "As in 'preflight validate'. Default: ${DEFAULT-VALUE}.")
  String profile;

  @Option(names = "--user-id", paramLabel = "ID", description = "As in 'preflight validate'.")
  String userId;

  @Option(names = "--customer-id", paramLabel = "ID", description = "As in 'preflight validate'.")
  String customerId;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "YAML check configuration, as in 'preflight validate' (a local file).")
  Path config;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "preflight-report",
      description = "Where reports are written, on the driver. Default: ${DEFAULT-VALUE}.")
  Path reportDir;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      defaultValue = "json,html",
      description = "json, html, junit, sarif, md. Default: ${DEFAULT-VALUE}.")
  List<String> formats;

  @Option(names = "--fail-on", paramLabel = "error|warning", description = "As in validate.")
  String failOn;

  @Option(
      names = "--identity-map",
      paramLabel = "FILE",
      description = "Known identities, as in 'preflight validate' (a local file).")
  Path identityMap;

  @Option(names = "--instance", paramLabel = "b2c|b2b", description = "As in validate.")
  String instance;

  @Option(names = "--max-examples", paramLabel = "N", description = "As in validate.")
  Integer maxExamples;

  @Option(names = "--redact", description = "As in 'preflight validate'.")
  boolean redact;

  /**
   * @param context a running Spark context to use (and leave running), or null to start one from
   *     {@code --master} and spark-submit's configuration
   */
  SparkValidateCommand(Clock clock, JavaSparkContext context) {
    this.clock = clock;
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    JobSettings settings = settings();
    settings.runOptions(); // a bad setting is a usage error before Spark starts
    Set<ReportFormat> reportFormats = EnumSet.noneOf(ReportFormat.class);
    formats.forEach(f -> reportFormats.add(ReportFormat.parse(f.trim())));
    long split = bytes(splitSize);
    int partitions = shufflePartitions == null ? 0 : shufflePartitions;
    if (partitions < 0) {
      throw new ConfigException("--shuffle-partitions must not be negative");
    }
    PrintWriter out = spec.commandLine().getOut();
    ValidationResult result;
    // A context given to the command (a test's) is used and left running.
    boolean running = context != null;
    JavaSparkContext spark =
        running ? context : new JavaSparkContext(JobConf.of(new SparkConf(), master, partitions));
    try {
      if (!running) {
        spark.setLogLevel("WARN");
      }
      if (findingsOut != null) {
        org.apache.hadoop.fs.Path dataset = new org.apache.hadoop.fs.Path(findingsOut);
        if (dataset.getFileSystem(spark.hadoopConfiguration()).exists(dataset)) {
          throw new ConfigException("--findings-out " + findingsOut + " already exists");
        }
      }
      result =
          new SparkValidation(spark, settings, split, partitions)
              .run(
                  inputs,
                  findings -> {
                    if (findingsOut != null) {
                      FindingsDataset.write(findings, findingsOut);
                    }
                  });
    } finally {
      if (!running) {
        spark.stop();
      }
    }
    ValidationGate gate = ValidationGate.of(result);
    ValidationReport report =
        new ValidationReportAssembler(
                clock,
                new ToolInfo(SparkMain.NAME, SparkMain.Version.version()),
                profile,
                identityMap == null ? null : identityMap.toString())
            .assemble(result, gate);
    List<Path> written = Reports.write(report, reportFormats, reportDir);
    summary(out, result, gate, written);
    return gate.exitCode();
  }

  private JobSettings settings() {
    boolean named = "auto".equals(profile) || Profiles.bundled(profile).isPresent();
    if (!named && !Files.isRegularFile(Path.of(profile))) {
      Profiles.resolve(profile); // says why, as a configuration error
    }
    return new JobSettings(
        UUID.randomUUID().toString(),
        JobSettings.NamedBytes.read(config),
        named ? profile : null,
        named ? null : JobSettings.NamedBytes.read(Path.of(profile)),
        JobSettings.NamedBytes.read(identityMap),
        new JobSettings.Overrides(failOn, instance, redact, maxExamples, userId, customerId),
        clock.millis());
  }

  private static void summary(
      PrintWriter out, ValidationResult r, ValidationGate gate, List<Path> written) {
    for (InputSummary in : r.inputs()) {
      if (in.error() != null) {
        out.printf(Locale.ROOT, "  %s  NOT READ: %s%n", in.path(), in.error());
      } else {
        out.printf(
            Locale.ROOT,
            "  %s  %,d records (%s, %s)%n",
            in.path(),
            in.records(),
            in.format(),
            in.profile());
      }
    }
    out.printf(
        Locale.ROOT,
        "%,d records, %,d documents: %,d errors, %,d warnings, %,d info%n",
        r.records(),
        r.documents(),
        r.count(Severity.ERROR),
        r.count(Severity.WARNING),
        r.count(Severity.INFO));
    out.println("gate: " + (gate.passed() ? "PASSED" : "FAILED") + " (" + gate.reason() + ")");
    written.forEach(p -> out.println("report: " + p));
  }

  /** {@code 1048576}, {@code 64k}, {@code 128m}, {@code 1g}. */
  static long bytes(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("k") || t.endsWith("m") || t.endsWith("g")) {
      unit = t.endsWith("k") ? 1L << 10 : t.endsWith("m") ? 1L << 20 : 1L << 30;
      t = t.substring(0, t.length() - 1);
    }
    try {
      long n = Long.parseLong(t) * unit;
      if (n < 1) {
        throw new ConfigException("--split-size must be at least 1 byte: " + text);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ConfigException("--split-size takes bytes, or a number with k, m or g: " + text);
    }
  }
}
