package dev.synap.preflight.loader.journal;

import dev.synap.preflight.rules.export.FileDigest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** SHA-256 of the export files, and the check that a journal is resumed against the same ones. */
public final class ExportFingerprint {

  private ExportFingerprint() {}

  /** Hashes each file in order (with the rules module's one export fingerprint). */
  public static List<ExportFile> of(List<Path> files) throws IOException {
    return of(dev.synap.preflight.rules.export.ExportFingerprint.of(files));
  }

  /** The journal's form of an export fingerprint. */
  public static List<ExportFile> of(
      dev.synap.preflight.rules.export.ExportFingerprint fingerprint) {
    List<ExportFile> out = new ArrayList<>();
    for (FileDigest f : fingerprint.files()) {
      out.add(new ExportFile(f.path(), f.bytes(), f.sha256()));
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
}
