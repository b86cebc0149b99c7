package dev.synap.preflight.cli;

import dev.synap.preflight.cli.diff.DiffReportWriter;
import dev.synap.preflight.loader.diff.DiffEntry;
import dev.synap.preflight.loader.diff.DiffException;
import dev.synap.preflight.loader.diff.DiffKind;
import dev.synap.preflight.loader.diff.DiffProblem;
import dev.synap.preflight.loader.diff.DiffResult;
import dev.synap.preflight.loader.diff.ExportDiff;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.console.ProblemLine;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.CheckConfigLoader;
import dev.synap.preflight.rules.profile.Profiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code preflight diff}: a new export against what a load journal says was loaded. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Compare a new export of the old memory system with what a load's journal says was loaded,"
          + " per document id: added (not loaded before), changed (content, type, timestamp,"
          + " identities or metadata differ: each is named), removed (loaded before, absent now),"
          + " unchanged. The journal's fingerprints stand in for the old export, which need not"
          + " exist any more. Sends nothing; writes diff-report.json and diff-report.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the new export matches the journal: nothing to catch up, every record compared",
      "1:documents were added, changed or removed, or records could not be compared",
      "2:usage error, no journal in the directory, or a journal of another profile",
      "3:an export file or the journal cannot be read (damaged)"
    })
final class DiffCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "The new export's files.")
  List<Path> inputs;

  @Option(
      names = "--journal",
      paramLabel = "DIR",
      required = true,
      description = "The journal directory of the load to compare with.")
  Path journal;

  @Option(
      names = "--profile",
      paramLabel = "NAME|FILE",
      description =
          "How records map to Synap fields; must be the load's profile. Default: the profile the"
              + " journal names (a bundled one).")
  String profile;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Check configuration (its read limits apply, as for preflight validate).")
  Path config;

  @CommandLine.Mixin IdentityOptions identityOptions = new IdentityOptions();

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "preflight-report",
      description = "Where diff-report.json and diff-report.md go. Default: ${DEFAULT-VALUE}.")
  Path reportDir;

  @Option(
      names = "--show",
      paramLabel = "N",
      defaultValue = "5",
      description =
          "Documents listed on stdout per kind (added, changed, removed), as file:line:byte lines;"
              + " 0 for none. Default: ${DEFAULT-VALUE}.")
  int show;

  @Option(
      names = "--max-examples",
      paramLabel = "N",
      defaultValue = "100",
      description =
          "Documents per kind the reports list (counts are exact). Default: ${DEFAULT-VALUE}.")
  int maxExamples;

  @Option(
      names = "--progress",
      paramLabel = "auto|always|never",
      defaultValue = "auto",
      description =
          "Progress bar on stderr (bytes, records/s, ETA); auto shows it only on a terminal."
              + " Default: ${DEFAULT-VALUE}.")
  String progress;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (show < 0 || maxExamples < 0) {
      err.println("preflight diff: --show and --max-examples must be 0 or more");
      return ExitCodes.USAGE;
    }
    CheckConfig checks = config == null ? CheckConfig.defaults() : CheckConfigLoader.load(config);
    DiffProgressGauge gauge = new DiffProgressGauge(inputs);
    ExportDiff diff =
        new ExportDiff(
            journal,
            profile == null ? null : Profiles.resolve(profile),
            checks.limits(),
            identityOptions.identities(),
            Math.max(show, maxExamples));
    diff.progress(gauge);
    DiffResult r;
    try (ProgressBar bar = ProgressBar.start(progress, gauge, err)) {
      r = diff.run(inputs);
      gauge.finished();
    } catch (DiffException e) {
      err.println("preflight diff: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (JournalException e) {
      err.println("preflight diff: journal " + journal + " cannot be read: " + e.getMessage());
      return ExitCodes.INPUT_OR_INTERNAL;
    } catch (IOException e) {
      err.println("preflight diff: " + e.getMessage());
      return ExitCodes.INPUT_OR_INTERNAL;
    }
    print(out, r);
    for (Path p : DiffReportWriter.write(r, VersionInfo.version(), reportDir)) {
      out.println("report: " + p);
    }
    return r.differs() || r.problemCount() > 0 ? ExitCodes.GATE_FAILED : ExitCodes.PASSED;
  }

  private void print(PrintWriter out, DiffResult r) {
    out.println(
        "diff: journal "
            + ReportText.oneLine(r.journal())
            + ", profile "
            + ReportText.oneLine(r.profile())
            + ", "
            + r.documents()
            + " document(s) read from "
            + r.inputs().size()
            + " file(s)");
    out.println("  added:     " + r.count(DiffKind.ADDED));
    String parts =
        r.changedParts().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    out.println(
        "  changed:   " + r.count(DiffKind.CHANGED) + (parts.isEmpty() ? "" : " (" + parts + ")"));
    out.println("  removed:   " + r.count(DiffKind.REMOVED));
    out.println("  unchanged: " + r.count(DiffKind.UNCHANGED));
    if (r.problemCount() > 0) {
      out.println("  not compared: " + r.problemCount() + " record(s)");
    }
    if (show > 0 && r.differs()) {
      out.println("Changes (first " + show + " per kind; --show N for more, --show 0 for none)");
      for (DiffKind k : List.of(DiffKind.ADDED, DiffKind.CHANGED, DiffKind.REMOVED)) {
        r.examples().get(k).stream().limit(show).forEach(e -> out.println(line(r, e)));
      }
    }
    if (show > 0 && r.problemCount() > 0) {
      out.println("Records not compared");
      for (DiffProblem p : r.problems().stream().limit(show).toList()) {
        out.println(
            ProblemLine.format(
                p.file(),
                p.line(),
                p.byteOffset(),
                p.severity(),
                p.kind(),
                p.message(),
                p.documentId()));
      }
    }
  }

  private static String line(DiffResult r, DiffEntry e) {
    return switch (e.kind()) {
      case ADDED ->
          ProblemLine.format(
              e.file(),
              e.line(),
              e.byteOffset(),
              "info",
              "added",
              "not loaded before",
              e.documentId());
      case CHANGED ->
          ProblemLine.format(
              e.file(),
              e.line(),
              e.byteOffset(),
              "info",
              "changed",
              String.join(", ", e.parts()),
              e.documentId());
      default ->
          ProblemLine.format(
              "journal " + r.journal(),
              "info",
              "removed",
              "loaded before, absent from the new export",
              e.documentId());
    };
  }
}
