package dev.synap.preflight.spark.plan;

import java.io.Serializable;

/**
 * One task's share of the input: a whole file, one part of a JSON Lines file, or the SHA-256 of a
 * file that is read in parts.
 *
 * @param fileIndex the file's index in the run (command-line order)
 * @param name the file as the user named it (what findings say)
 * @param uri the file for Hadoop's file systems
 * @param local whether it is on the local file system (read like {@code validate} reads it)
 * @param kind what to do
 * @param part the part's index in its file (0 for a whole file)
 * @param start the part's first byte (a line start is looked for from here)
 * @param end the byte after the part (its last record may run past it)
 * @param profile for a part: the profile chosen for the file (a bundled profile's name)
 */
public record WorkUnit(
    int fileIndex,
    String name,
    String uri,
    boolean local,
    Kind kind,
    int part,
    long start,
    long end,
    String profile)
    implements Serializable {

  /** What a unit does. */
  public enum Kind {
    /** Read and check a whole file (gzip, JSON, CSV, small or odd files). */
    WHOLE,
    /** Read and check the records that start in {@code [start, end)} of a JSON Lines file. */
    PART,
    /** The SHA-256 of a file read in parts, for the report. */
    DIGEST
  }
}
