package dev.synap.preflight.spark.plan;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.CheckConfigLoader;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.config.IdentityMap;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.validator.run.RunOptions;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Everything a task needs to check records exactly as the driver would: the bytes of the files the
 * user named (configuration, profile, identity map, which executors cannot read from the driver's
 * disk), the flags that override them, and the run's clock. Executors rebuild the {@link
 * RunOptions} once per JVM with the validator's own loaders, so a configuration means the same on
 * every machine.
 *
 * @param id identifies the run (the per-JVM cache key)
 * @param config the {@code --config} file, or null
 * @param profile {@code auto}, a bundled profile's name, or null when {@code profileFile} is set
 * @param profileFile a profile YAML file, or null
 * @param identityMap the {@code --identity-map} file, or null
 * @param overrides flag values that override the configuration file
 * @param nowMillis the run's "now" (far-future timestamps, report time)
 */
public record JobSettings(
    String id,
    NamedBytes config,
    String profile,
    NamedBytes profileFile,
    NamedBytes identityMap,
    Overrides overrides,
    long nowMillis)
    implements Serializable {
  private static final Map<String, RunOptions> BUILT = new ConcurrentHashMap<>();

  /** A file's name (its last path segment) and bytes. */
  public record NamedBytes(String name, byte[] bytes) implements Serializable {
    /** Reads a local file; null for null. */
    public static NamedBytes read(Path file) {
      if (file == null) {
        return null;
      }
      try {
        return new NamedBytes(file.getFileName().toString(), Files.readAllBytes(file));
      } catch (IOException e) {
        throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * What the command line sets over the configuration file (null: not set).
   *
   * @param failOn {@code --fail-on}
   * @param instance {@code --instance}
   * @param redact {@code --redact}
   * @param maxExamples {@code --max-examples}
   * @param userId {@code --user-id}
   * @param customerId {@code --customer-id}
   */
  public record Overrides(
      String failOn,
      String instance,
      boolean redact,
      Integer maxExamples,
      String userId,
      String customerId)
      implements Serializable {}

  /** The run's options, built once per JVM (throws {@link ConfigException} for a bad setting). */
  public RunOptions runOptions() {
    return BUILT.computeIfAbsent(id, k -> withFiles(this::build));
  }

  private RunOptions build(Files3 f) {
    CheckConfig c = f.config == null ? CheckConfig.defaults() : CheckConfigLoader.load(f.config);
    if (overrides.failOn() != null) {
      Severity s = Severity.parse(overrides.failOn());
      if (s == Severity.INFO) {
        throw new ConfigException("--fail-on takes error or warning");
      }
      c = c.withFailOn(s);
    }
    if (overrides.instance() != null) {
      c = c.withInstance(Instance.parse(overrides.instance()));
    }
    if (overrides.redact()) {
      c = c.withRedactText(true);
    }
    if (overrides.maxExamples() != null) {
      if (overrides.maxExamples() < 0) {
        throw new ConfigException("--max-examples must not be negative");
      }
      c = c.withMaxExamples(overrides.maxExamples());
    }
    Profile fixed =
        f.profile != null
            ? Profiles.resolve(f.profile.toString())
            : "auto".equals(profile) ? null : Profiles.resolve(profile);
    IdentityMap identities = f.identities == null ? null : IdentityMap.load(f.identities);
    return new RunOptions(
        c,
        fixed,
        identities,
        1,
        Clock.fixed(Instant.ofEpochMilli(nowMillis), ZoneOffset.UTC),
        overrides.userId(),
        overrides.customerId());
  }

  /** The user's files written to a temporary directory under their own names. */
  private record Files3(Path config, Path profile, Path identities) {}

  private <T> T withFiles(Function<Files3, T> use) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("preflight-spark-");
      return use.apply(
          new Files3(
              write(dir, "c", config), write(dir, "p", profileFile), write(dir, "i", identityMap)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static Path write(Path dir, String sub, NamedBytes file) throws IOException {
    if (file == null) {
      return null;
    }
    Path d = Files.createDirectory(dir.resolve(sub));
    return Files.write(d.resolve(file.name()), file.bytes());
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
