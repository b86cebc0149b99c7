package dev.synap.preflight.cli.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium}, run headless to load a local page and print the DOM after its scripts
 * ran. When the browser is absent and the tests run as root with {@code apt-get}, it is installed
 * (the browser test is part of {@code mvn verify} on a fresh machine); otherwise the test fails
 * with what to install. The flags keep Chromium off the network: no background networking, no
 * component updates, no sync, a fresh profile directory.
 */
final class HeadlessChromium {
  private static final List<Path> CANDIDATES =
      List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

  private final Path executable;

  private HeadlessChromium(Path executable) {
    this.executable = executable;
  }

  /**
   * Finds the browser ({@code PREFLIGHT_CHROMIUM} first), installing Debian's package if absent.
   */
  static HeadlessChromium findOrInstall() throws IOException, InterruptedException {
    String configured = System.getenv("PREFLIGHT_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return new HeadlessChromium(Path.of(configured));
    }
    Path found = firstExecutable();
    if (found == null && isRoot() && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
      run(List.of("apt-get", "update", "-qq"), 600);
      run(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"), 900);
      found = firstExecutable();
    }
    if (found == null) {
      throw new IllegalStateException(
          "the HTML report browser test needs Debian's chromium: run `apt-get install chromium`"
              + " as root, or set PREFLIGHT_CHROMIUM to a Chromium executable");
    }
    return new HeadlessChromium(found);
  }

  /** Loads {@code page} and returns the serialized DOM after scripts and timers ran. */
  String dumpDom(Path page, Path scratch) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(scratch, "chromium-profile");
    Path dom = scratch.resolve(page.getFileName() + ".dom.html");
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--user-data-dir=" + profile,
            "--virtual-time-budget=3000",
            "--dump-dom",
            page.toUri().toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(dom.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("chromium did not finish within 120 s on " + page);
    }
    String text = Files.readString(dom, StandardCharsets.UTF_8);
    if (process.exitValue() != 0 || text.isBlank()) {
      throw new IllegalStateException(
          "chromium exited " + process.exitValue() + " with no DOM for " + page);
    }
    return text;
  }

  private static Path firstExecutable() {
    return CANDIDATES.stream().filter(Files::isExecutable).findFirst().orElse(null);
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void run(List<String> command, int timeoutSeconds)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
