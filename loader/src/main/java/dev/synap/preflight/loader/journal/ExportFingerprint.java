package dev.synap.preflight.loader.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of the export files, and the check that a journal is resumed against the same ones. */
public final class ExportFingerprint {

  private ExportFingerprint() {}

  /** Hashes each file in order. */
  public static List<ExportFile> of(List<Path> files) throws IOException {
    List<ExportFile> out = new ArrayList<>();
    for (Path f : files) {
      MessageDigest sha = sha256();
      long bytes = 0;
      try (InputStream in = Files.newInputStream(f)) {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
          sha.update(buf, 0, n);
          bytes += n;
        }
      }
      out.add(new ExportFile(f.toString(), bytes, HexFormat.of().formatHex(sha.digest())));
    }
    return out;
  }

  /**
   * Refuses to resume when the export differs from the one the journal was created from: other
   * content, another number of files, or another order. Paths may differ (a moved export is the
   * same export).
   */
  public static void check(JournalRecord.Header header, List<ExportFile> now, Path journalDir)
      throws JournalException {
    List<ExportFile> then = header.files();
    if (then.size() != now.size()) {
      throw new JournalRefusedException(
          "journal "
              + journalDir
              + " was created from "
              + then.size()
              + " export file(s), this run names "
              + now.size()
              + "; resume with the same export or use a new --journal");
    }
    for (int i = 0; i < then.size(); i++) {
      if (!then.get(i).sha256().equals(now.get(i).sha256())) {
        throw new JournalRefusedException(
            "export file "
                + now.get(i).path()
                + " differs from "
                + then.get(i).path()
                + " that journal "
                + journalDir
                + " was created from (SHA-256 "
                + then.get(i).sha256()
                + ", now "
                + now.get(i).sha256()
                + "); resume with the same export or use a new --journal");
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
