package dev.synap.preflight.spark.check;

import dev.synap.preflight.spark.plan.WorkUnit;
import dev.synap.preflight.validator.run.FileChecks;
import java.io.Serializable;

/**
 * What one unit learned about its file: a part's line count (the lines of the parts before it are
 * added to every line it reports), a whole file's description, or a file's SHA-256.
 *
 * @param fileIndex the file
 * @param kind the unit's kind
 * @param part the part's index (0 for a whole file or a digest)
 * @param lines how many lines a part holds (0 otherwise)
 * @param size a whole file's size
 * @param sha256 a whole file's or a digest's SHA-256 (hex), or null
 * @param format a whole file's format, or null
 * @param gzip whether a whole file is gzip-compressed
 * @param profile a whole file's profile, or null
 * @param error why the file (or this part of it) could not be read, or null
 */
public record UnitDone(
    int fileIndex,
    WorkUnit.Kind kind,
    int part,
    long lines,
    long size,
    String sha256,
    String format,
    boolean gzip,
    String profile,
    String error)
    implements Serializable {

  static UnitDone whole(WorkUnit u, FileChecks.FileOutcome o) {
    return new UnitDone(
        u.fileIndex(),
        u.kind(),
        0,
        0,
        o.sizeBytes(),
        o.sha256(),
        o.format(),
        o.gzip(),
        o.profile(),
        o.error());
  }

  static UnitDone part(WorkUnit u, long lines, String error) {
    return new UnitDone(
        u.fileIndex(), u.kind(), u.part(), lines, 0, null, null, false, null, error);
  }

  static UnitDone digest(WorkUnit u, String sha256, String error) {
    return new UnitDone(u.fileIndex(), u.kind(), 0, 0, 0, sha256, null, false, null, error);
  }
}
