package dev.synap.preflight.spark.check;

import dev.synap.preflight.spark.cross.LineBases;
import dev.synap.preflight.spark.cross.RecordTotals;
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
 * @param totals the counts and statistics of the unit's records, or null (a digest)
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
    String error,
    RecordTotals totals)
    implements Serializable {

  /** A part's line count, for the line numbers of the parts after it. */
  public LineBases.PartLines partLines() {
    return new LineBases.PartLines(fileIndex, part, lines);
  }

  static UnitDone whole(WorkUnit u, FileChecks.FileOutcome o, RecordTotals totals) {
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
        o.error(),
        totals);
  }

  static UnitDone part(WorkUnit u, long lines, String error, RecordTotals totals) {
    return new UnitDone(
        u.fileIndex(), u.kind(), u.part(), lines, 0, null, null, false, null, error, totals);
  }

  static UnitDone digest(WorkUnit u, String sha256, String error) {
    return new UnitDone(u.fileIndex(), u.kind(), 0, 0, 0, sha256, null, false, null, error, null);
  }
}
