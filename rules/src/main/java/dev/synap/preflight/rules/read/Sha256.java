package dev.synap.preflight.rules.read;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as every command fingerprints an export: lower-case hex of the bytes as stored. The one
 * place a digest of export bytes is made ({@link ExportInput} while it streams, {@link
 * dev.synap.preflight.rules.export.ExportFingerprint} when a command needs it up front).
 */
public final class Sha256 {
  private static final int BUFFER = 64 * 1024;

  private Sha256() {}

  /** A fresh SHA-256 digest. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Lower-case hex of {@code digest}'s result (which resets it). */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Reads {@code in} to its end; returns the byte count and the hex digest. */
  public static Hashed of(InputStream in) throws IOException {
    MessageDigest d = digest();
    byte[] buf = new byte[BUFFER];
    long bytes = 0;
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      d.update(buf, 0, n);
      bytes += n;
    }
    return new Hashed(bytes, hex(d));
  }

  /**
   * What hashing a stream found.
   *
   * @param bytes bytes read
   * @param sha256 lower-case hex SHA-256
   */
  public record Hashed(long bytes, String sha256) {}
}
