package dev.synap.preflight.cli;

import dev.synap.preflight.rules.config.IdentityMap;
import dev.synap.preflight.rules.source.Identities;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The identity options shared by every command that reads an export into Synap documents ({@code
 * map}, {@code verify}, {@code load}, {@code rollback}): an identity map, and the user and customer
 * to use where the export has none.
 */
public final class IdentityOptions {
  @Option(
      names = "--identity-map",
      paramLabel = "FILE",
      description =
          "Maps source users and customers to Synap ids (CSV source_id,user_id,customer_id or"
              + " YAML users/customers).")
  Path identityMap;

  @Option(
      names = "--user-id",
      paramLabel = "ID",
      description = "Synap user_id for documents whose export has none (e.g. Letta).")
  String userId;

  @Option(
      names = "--customer-id",
      paramLabel = "ID",
      description = "Synap customer_id for documents whose export has none.")
  String customerId;

  /** The identities to apply; a bad identity map is a configuration error (exit 2). */
  public Identities identities() {
    return new Identities(
        identityMap == null ? null : IdentityMap.load(identityMap), userId, customerId);
  }
}
