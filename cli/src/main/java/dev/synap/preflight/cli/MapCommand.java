package dev.synap.preflight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synap.preflight.loader.remote.RequestMapper;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.CheckConfigLoader;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.source.Identities;
import dev.synap.preflight.rules.source.SourceEvent;
import dev.synap.preflight.rules.source.SourceReader;
import dev.synap.preflight.synap.wire.WireJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code preflight map}: exports through a profile into Synap-ready JSON Lines, one {@code
 * CreateMemoryRequest} a line, with a mapping summary on stderr. Each line is the request the
 * loader sends for that document, byte for byte: the same contract ({@link RequestMapper}) and the
 * same serializer ({@link WireJson}).
 */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Map export files through a profile into Synap-ready JSON Lines: one CreateMemoryRequest"
          + " (document, document_type, document_id, document_created_at, user_id, customer_id,"
          + " mode, metadata) per line, exactly the bytes preflight load sends for it: every key"
          + " present, the SDK's defaults filled in, timestamps normalized, stable document ids."
          + " A document load would not send (no text, no id, a bad type, mode, timestamp or"
          + " metadata) is not written; it is listed as not mapped with the reason. The mapping"
          + " summary (records read, documents per source type, items skipped per reason, records"
          + " not mapped) goes to stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every source record was mapped or skipped with a reason",
      "1:some source records could not be mapped (malformed, not what the profile reads, or"
          + " a document load would not send)",
      "2:usage or configuration error (bad option, unknown or invalid profile)",
      "3:an input could not be read, or an internal error"
    })
final class MapCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Export files to map.")
  List<Path> inputs;

  @Option(
      names = "--profile",
      paramLabel = "NAME|auto|FILE",
      defaultValue = "auto",
      description =
          "A bundled profile (see 'preflight profiles'), a profile YAML file, or auto to choose"
              + " per file. Default: ${DEFAULT-VALUE}.")
  String profile;

  @Option(
      names = "--out",
      paramLabel = "FILE|-",
      required = true,
      description = "Where the JSON Lines go; - for stdout.")
  String out;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description = "Also write the mapping summary as JSON to this file.")
  Path summaryFile;

  @CommandLine.Mixin IdentityOptions identityOptions = new IdentityOptions();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Check configuration; its limits (record read size) apply while reading.")
  Path config;

  @Override
  public Integer call() throws IOException {
    CheckConfig checks = config == null ? CheckConfig.defaults() : CheckConfigLoader.load(config);
    Profile chosen = "auto".equals(profile) ? null : Profiles.resolve(profile);
    Identities identities = identityOptions.identities();
    PrintWriter err = spec.commandLine().getErr();
    MappingSummary summary = new MappingSummary();
    ObjectMapper json = new ObjectMapper();
    boolean toStdout = "-".equals(out);
    OutputStream stream =
        toStdout
            ? new StdoutStream(spec.commandLine().getOut())
            : new BufferedOutputStream(Files.newOutputStream(Path.of(out)));
    try (OutputStream w = stream) {
      for (int i = 0; i < inputs.size(); i++) {
        mapFile(i, inputs.get(i), chosen, checks, identities, summary, w);
      }
    }
    summary.print(err);
    if (summaryFile != null) {
      Files.writeString(
          summaryFile,
          json.writerWithDefaultPrettyPrinter().writeValueAsString(summary.json()) + "\n",
          StandardCharsets.UTF_8);
    }
    if (summary.anyUnreadable()) {
      return ExitCodes.INPUT_OR_INTERNAL;
    }
    return summary.problems() > 0 ? ExitCodes.GATE_FAILED : ExitCodes.PASSED;
  }

  private static void mapFile(
      int index,
      Path path,
      Profile chosen,
      CheckConfig checks,
      Identities identities,
      MappingSummary summary,
      OutputStream w)
      throws IOException {
    String name = path.toString();
    if (Files.isDirectory(path) || !Files.exists(path)) {
      summary.unreadable(name, Files.isDirectory(path) ? "is a directory" : "no such file");
      return;
    }
    try (SourceReader r = SourceReader.open(path, index, name, chosen, checks.limits())) {
      for (SourceEvent e = r.next(); e != null; e = r.next()) {
        if (e instanceof SourceEvent.Document d) {
          MappedRecord m = identities.apply(d.document().mapped());
          RequestMapper.Mapped request = RequestMapper.map(m.document());
          if (request.request() == null) {
            summary.problem(
                d.file(), d.line(), d.byteOffset(), "not sendable: " + request.refusal());
            continue;
          }
          w.write(WireJson.writer().writeValueAsBytes(request.request()));
          w.write('\n');
          summary.document(d.document().sourceType());
        } else if (e instanceof SourceEvent.Skipped s) {
          summary.skipped(s.reason());
        } else if (e instanceof SourceEvent.Problem p) {
          summary.problem(p.file(), p.line(), p.byteOffset(), p.message());
        }
      }
      summary.file(name, r.profile().name(), r.records());
    } catch (IOException e) {
      summary.unreadable(name, String.valueOf(e.getMessage()));
    }
  }

  /** Bytes to the command's stdout writer (UTF-8 text), so tests capture it like the rest. */
  private static final class StdoutStream extends OutputStream {
    private final PrintWriter out;

    StdoutStream(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      out.write(new String(b, off, len, StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
      out.flush();
    }
  }
}
