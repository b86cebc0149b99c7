package dev.synap.preflight.cli;

import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code preflight profiles}: the bundled profiles and what each reads. */
@Command(
    name = "profiles",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = {
      "List the bundled source profiles, what exports each reads and which kinds of documents it"
          + " makes. Use one with --profile NAME, or write your own (rules/PROFILES.md)."
    })
final class ProfilesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Profile p : Profiles.bundled()) {
      out.println(p.name());
      out.println("  " + p.description());
      for (String r : p.reads()) {
        out.println("  - reads " + r);
      }
      out.println(
          "  makes: "
              + String.join(", ", p.sourceTypes())
              + (p.readMode() == Profile.ReadMode.DOCUMENT
                  ? " (a JSON file is read as one document)"
                  : ""));
      out.println();
    }
    return ExitCodes.PASSED;
  }
}
