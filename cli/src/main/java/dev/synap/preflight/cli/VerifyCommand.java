package dev.synap.preflight.cli;

import dev.synap.preflight.cli.verify.ManifestJournal;
import dev.synap.preflight.cli.verify.ProgressFetcher;
import dev.synap.preflight.cli.verify.VerifyReportAssembler;
import dev.synap.preflight.cli.verify.VerifySummary;
import dev.synap.preflight.reports.VerifyReports;
import dev.synap.preflight.reports.model.ToolInfo;
import dev.synap.preflight.reports.model.verify.VerifyReport;
import dev.synap.preflight.reports.model.verify.VerifyRun;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.error.SynapException;
import dev.synap.preflight.synap.error.UnauthorizedException;
import dev.synap.preflight.verifier.attribution.Attributor;
import dev.synap.preflight.verifier.attribution.ContentAttributor;
import dev.synap.preflight.verifier.export.ExportDocuments;
import dev.synap.preflight.verifier.export.ExportRead;
import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.IndexSettings;
import dev.synap.preflight.verifier.journal.LoadJournal;
import dev.synap.preflight.verifier.query.QuerySetException;
import dev.synap.preflight.verifier.query.QuerySetReader;
import dev.synap.preflight.verifier.query.Sampler;
import dev.synap.preflight.verifier.query.VerifyQuery;
import dev.synap.preflight.verifier.remote.SynapContextFetcher;
import dev.synap.preflight.verifier.remote.SynapMemorySourceLookup;
import dev.synap.preflight.verifier.replay.ContextFetcher;
import dev.synap.preflight.verifier.run.TrecFiles;
import dev.synap.preflight.verifier.run.VerificationResult;
import dev.synap.preflight.verifier.run.Verifier;
import dev.synap.preflight.verifier.run.VerifyOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code preflight verify}: replay queries against Synap and compare with a BM25 baseline. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Verify a load: build a local BM25 baseline of the export, replay queries (a query file or"
          + " a seeded sample of known-item queries) on Synap's fetch route of each query's scope,"
          + " attribute every returned item to a source document (load journal, then GET memory"
          + " source_document_id, then content), and report recall, known-item hit rate, overlap,"
          + " latency and scope leaks. Any scope leak fails the gate.",
      "",
      "The API key comes from SYNAP_API_KEY or --api-key-file, never from the command line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:gate passed",
      "1:gate failed (a scope leak, recall or known-item hit rate under its threshold)",
      "2:usage or configuration error (bad option, no key, http:// to a remote host)",
      "3:input unreadable or internal error"
    })
final class VerifyCommand implements Callable<Integer> {

  /** Exactly one query source. */
  static final class QuerySource {
    @Option(
        names = "--queries",
        paramLabel = "FILE",
        description =
            "JSON Lines query set: one {\"id\", \"query\", \"user_id\", \"customer_id\","
                + " \"scope\", \"expected_document_ids\"} a line.")
    Path queries;

    @Option(
        names = "--sample",
        paramLabel = "N",
        description =
            "Sample N known-item queries from the export (distinctive words of documents picked"
                + " round robin across users, customers and the client).")
    Integer sample;
  }

  private final Clock clock;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description = "The export file(s) that were loaded.")
  List<Path> inputs;

  @CommandLine.Mixin IdentityOptions identityOptions = new IdentityOptions();

  @CommandLine.Mixin SynapConnection connection;

  @Option(
      names = "--profile",
      paramLabel = "NAME|auto",
      defaultValue = "auto",
      description = "Source profile of the export (as for validate). Default: ${DEFAULT-VALUE}.")
  String profile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  QuerySource source;

  @Option(
      names = "--k",
      paramLabel = "K",
      defaultValue = "10",
      description =
          "Cut-off for baseline, recall, Jaccard and RBO; also Synap's max_results (1..50)."
              + " Default: ${DEFAULT-VALUE}.")
  int k;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "preflight-verify",
      description =
          "Where report.json, report.html, report.md, synap.run, baseline.run, baseline.qrels and"
              + " known-items.qrels are written. Default: ${DEFAULT-VALUE}.")
  Path reportDir;

  @Option(
      names = "--journal",
      paramLabel = "DIR",
      description =
          "The load journal directory of preflight load (its manifest.jsonl): exact attribution"
              + " by memory id, and coverage of every document.")
  Path journal;

  @Option(
      names = "--min-recall",
      paramLabel = "R",
      defaultValue = "0",
      description =
          "Fail when mean recall@k is below R (0..1; 0 = off). Default: ${DEFAULT-VALUE}.")
  double minRecall;

  @Option(
      names = "--min-known-item",
      paramLabel = "R",
      defaultValue = "0",
      description =
          "Fail when the known-item hit rate is below R (0..1; 0 = off). Default:"
              + " ${DEFAULT-VALUE}.")
  double minKnownItem;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description = "Parallel fetches. Default: ${DEFAULT-VALUE}.")
  int concurrency;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Seed of the sampler and the bootstrap intervals. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--index-dir",
      paramLabel = "DIR",
      description =
          "Where the baseline index is kept and reused (keyed by the export's SHA-256)."
              + " Default: REPORT-DIR/index.")
  Path indexDir;

  @Option(
      names = "--instance",
      paramLabel = "b2c|b2b",
      defaultValue = "b2c",
      description =
          "The target instance's user relationship, which decides each document's scope."
              + " Default: ${DEFAULT-VALUE}.")
  String instance;

  @Option(
      names = "--progress",
      paramLabel = "auto|always|never",
      defaultValue = "auto",
      description =
          "Progress on stderr: auto (only on a terminal), always or never. Default:"
              + " ${DEFAULT-VALUE}.")
  String progress;

  VerifyCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws InterruptedException {
    try {
      return verify();
    } catch (ManifestJournal.JournalException e) {
      return unreadable(e.getMessage());
    } catch (QuerySetException e) {
      spec.commandLine().getErr().println("preflight verify: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (UnauthorizedException e) {
      spec.commandLine()
          .getErr()
          .println("preflight verify: Synap refused the API key: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (SynapException e) {
      return unreadable("cannot reach Synap: " + e.getMessage());
    } catch (IOException e) {
      return unreadable(e.getMessage());
    }
  }

  private int verify() throws IOException, InterruptedException, QuerySetException {
    Instant started = clock.instant();
    VerifyOptions options = options();
    Instance target = Instance.parse(instance);
    Profile chosen = "auto".equals(profile) ? null : Profiles.resolve(profile);
    boolean showProgress = ProgressMode.parse(progress).shown();
    SynapClient client = connection.client();
    for (Path in : inputs) {
      if (!Files.isRegularFile(in) || !Files.isReadable(in)) {
        return unreadable(in + ": not a readable file");
      }
    }
    client.whoami(); // a refused key or an unreachable service stops here, before any work
    LoadJournal loadJournal = journal == null ? null : ManifestJournal.read(journal);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExportDocuments export =
        new ExportDocuments(inputs, chosen, Limits.DEFAULTS, identityOptions.identities());
    String sha = export.fingerprint();
    IndexSettings settings = IndexSettings.defaults(target);
    AtomicReference<ExportRead> read = new AtomicReference<>();
    Path indexRoot = indexDir != null ? indexDir : reportDir.resolve("index");
    try (BaselineIndex index =
        BaselineIndex.openOrBuild(indexRoot, sha, settings, sink -> read.set(export.read(sink)))) {
      List<VerifyQuery> queries =
          source.queries != null
              ? QuerySetReader.read(source.queries)
              : new Sampler(index, 5).sample(source.sample, seed);
      if (showProgress) {
        err.println(
            "verify: baseline "
                + settings.describe()
                + ", "
                + index.documentCount()
                + " documents; replaying "
                + queries.size()
                + " queries against "
                + connection.baseUrl());
      }
      Attributor attributor =
          new Attributor(
              loadJournal,
              new SynapMemorySourceLookup(client),
              ContentAttributor.withDefaults(index));
      ContextFetcher fetcher = new SynapContextFetcher(client);
      if (showProgress) {
        fetcher = new ProgressFetcher(fetcher, queries.size(), err);
      }
      VerificationResult result =
          new Verifier(index, sha, attributor, loadJournal, options, System::nanoTime)
              .verify(queries, fetcher);
      TrecFiles.write(result, reportDir);
      VerifyReport report =
          new VerifyReportAssembler(
                  new ToolInfo(VersionInfo.NAME, VersionInfo.version()), run(target), settings)
              .assemble(
                  result,
                  read.get(),
                  started,
                  Math.max(0, clock.millis() - started.toEpochMilli()));
      List<Path> written = new ArrayList<>(VerifyReports.write(report, reportDir));
      for (String f : List.of("synap.run", "baseline.run", "baseline.qrels", "known-items.qrels")) {
        written.add(reportDir.resolve(f));
      }
      new VerifySummary(out).print(report, written);
      if (!queries.isEmpty() && result.summary().errors() == queries.size()) {
        return unreadable(
            "every fetch failed; the numbers above measure nothing (see report.json)");
      }
      return result.gate().exitCode();
    }
  }

  private VerifyOptions options() {
    if (source.sample != null && source.sample < 1) {
      throw new ConfigException("--sample must be at least 1");
    }
    try {
      return new VerifyOptions(k, minRecall, minKnownItem, concurrency, seed);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private VerifyRun run(Instance target) {
    return new VerifyRun(
        inputs.stream().map(Path::toString).toList(),
        profile,
        target.id(),
        connection.baseUrl(),
        source.queries != null
            ? "file " + source.queries
            : "sample of " + source.sample + " (seed " + seed + ")",
        k,
        concurrency,
        connection.rateLimitPerMinute(),
        seed,
        journal == null ? null : journal.toString());
  }

  private int unreadable(String message) {
    spec.commandLine().getErr().println("preflight verify: " + message);
    return ExitCodes.INPUT_OR_INTERNAL;
  }
}
