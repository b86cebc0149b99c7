package dev.synap.preflight.rules.config;

/**
 * A configuration, profile or identity-map file that cannot be used: a usage error (exit code 2).
 * The message names the file and the offending key or line.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
