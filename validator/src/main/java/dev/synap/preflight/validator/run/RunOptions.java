package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.IdentityMap;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.source.Identities;
import dev.synap.preflight.validator.baseline.Baseline;
import java.time.Clock;

/**
 * How to run a validation.
 *
 * @param config the effective check configuration
 * @param profile the profile for every file, or null to choose per file by sniffing ({@code auto})
 * @param identities the identity map, or null
 * @param threads worker threads that decode and check records (at least 1)
 * @param clock the clock for "far future" and the report's time stamp
 * @param defaultUser {@code --user-id}: the user of documents without one, or null
 * @param defaultCustomer {@code --customer-id}: the customer of documents without one, or null
 * @param baseline accepted findings of an earlier report ({@code --baseline}), or null: only
 *     findings new since then count for the gate
 */
public record RunOptions(
    CheckConfig config,
    Profile profile,
    IdentityMap identities,
    int threads,
    Clock clock,
    String defaultUser,
    String defaultCustomer,
    Baseline baseline) {
  public RunOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  public RunOptions(
      CheckConfig config, Profile profile, IdentityMap identities, int threads, Clock clock) {
    this(config, profile, identities, threads, clock, null, null, null);
  }

  public RunOptions(
      CheckConfig config,
      Profile profile,
      IdentityMap identities,
      int threads,
      Clock clock,
      String defaultUser,
      String defaultCustomer) {
    this(config, profile, identities, threads, clock, defaultUser, defaultCustomer, null);
  }

  /** These options with {@code baseline} (null for none). */
  public RunOptions withBaseline(Baseline baseline) {
    return new RunOptions(
        config, profile, identities, threads, clock, defaultUser, defaultCustomer, baseline);
  }

  /** The identity mapping and defaults applied to every document. */
  public Identities identityMapping() {
    return new Identities(identities, defaultUser, defaultCustomer);
  }
}
