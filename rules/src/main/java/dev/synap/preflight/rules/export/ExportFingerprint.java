package dev.synap.preflight.rules.export;

import dev.synap.preflight.rules.read.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The fingerprint of an export: the SHA-256 of every file, in input order. A journal is resumed
 * only against the same fingerprint; the verifier keys its baseline index by {@link #combined()}.
 *
 * @param files every file's digest, in input order
 */
public record ExportFingerprint(List<FileDigest> files) {
  public ExportFingerprint {
    files = List.copyOf(files);
  }

  /** Hashes each file once, in order. */
  public static ExportFingerprint of(List<Path> paths) throws IOException {
    List<FileDigest> out = new ArrayList<>(paths.size());
    for (Path p : paths) {
      try (InputStream in = Files.newInputStream(p)) {
        Sha256.Hashed h = Sha256.of(in);
        out.add(new FileDigest(p.toString(), h.bytes(), h.sha256()));
      }
    }
    return new ExportFingerprint(out);
  }

  /**
   * One hex SHA-256 for the whole export: the file's own for one file; for several, the SHA-256 of
   * their hex digests joined by newlines, in order.
   */
  public String combined() {
    if (files.size() == 1) {
      return files.get(0).sha256();
    }
    MessageDigest d = Sha256.digest();
    List<String> hashes = files.stream().map(FileDigest::sha256).toList();
    d.update(String.join("\n", hashes).getBytes(StandardCharsets.UTF_8));
    return Sha256.hex(d);
  }
}
