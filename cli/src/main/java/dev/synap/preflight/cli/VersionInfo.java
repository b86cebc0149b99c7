package dev.synap.preflight.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The tool's version and the git commit it was built from (resources the build writes), and the
 * Java runtime it runs on: what {@code preflight --version} prints.
 */
final class VersionInfo implements CommandLine.IVersionProvider {
  static final String NAME = "synap-preflight";

  private static final Properties BUILD = load("version.properties", "build.properties");

  static String version() {
    return property("version");
  }

  /** The full commit id the jar was built from, or {@code unknown} (built outside git). */
  static String commit() {
    return property("commit");
  }

  /** Whether the working tree had uncommitted changes when the jar was built. */
  static boolean dirty() {
    return "true".equals(BUILD.getProperty("dirty"));
  }

  @Override
  public String[] getVersion() {
    return lines(
        System.getProperty("java.version", "unknown"),
        System.getProperty("java.vm.name", "unknown JVM"),
        System.getProperty("java.vendor", "unknown vendor"),
        System.getProperty("os.name", "unknown OS"),
        System.getProperty("os.arch", ""));
  }

  /** The version lines for the given runtime facts (tests pass their own). */
  static String[] lines(String javaVersion, String vm, String vendor, String os, String arch) {
    String commit = commit();
    return new String[] {
      NAME + " " + version(),
      "commit " + commit + (dirty() && !"unknown".equals(commit) ? " (uncommitted changes)" : ""),
      String.format(Locale.ROOT, "Java %s (%s, %s) on %s %s", javaVersion, vm, vendor, os, arch)
          .trim()
    };
  }

  private static String property(String key) {
    String value = BUILD.getProperty(key, "");
    // an unfiltered ${...} placeholder (built without Maven or outside git) is no value
    return value.isBlank() || value.startsWith("${") ? "unknown" : value;
  }

  /** The version (a filtered resource) and the commit (written by the build, see cli/pom.xml). */
  private static Properties load(String... resources) {
    Properties p = new Properties();
    for (String resource : resources) {
      try (InputStream in = VersionInfo.class.getResourceAsStream(resource)) {
        if (in != null) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // no such information: its properties read as unknown
      }
    }
    return p;
  }
}
