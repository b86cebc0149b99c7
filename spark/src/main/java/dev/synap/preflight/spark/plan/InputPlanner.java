package dev.synap.preflight.spark.plan;

import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.read.ExportInput;
import dev.synap.preflight.rules.read.InputFormat;
import dev.synap.preflight.rules.read.RawRecord;
import dev.synap.preflight.rules.source.OpenedSource;
import dev.synap.preflight.validator.run.RunOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Cuts the input into work units on the driver. A JSON Lines file that is not compressed, whose
 * first record reads cleanly and that is larger than the split size is cut into parts of about the
 * split size (plus one unit for its SHA-256); every other file (gzip is not splittable, nor is a
 * JSON document or a CSV file, whose records may span lines) is one unit. The profile of a file in
 * parts is chosen here from its first records, as {@code validate} chooses it.
 */
public final class InputPlanner {
  private final Configuration hadoop;
  private final RunOptions options;
  private final long splitBytes;

  public InputPlanner(Configuration hadoop, RunOptions options, long splitBytes) {
    if (splitBytes < 1) {
      throw new IllegalArgumentException("split size must be at least 1 byte");
    }
    this.hadoop = hadoop;
    this.options = options;
    this.splitBytes = splitBytes;
  }

  /**
   * What the driver knows of a file before the tasks run.
   *
   * @param name as the user named it
   * @param size its size (files in parts), or 0
   * @param profile the profile of a file in parts, else null
   * @param parts how many parts it is read in (0: one whole unit, or not read)
   * @param error why it cannot be read at all, or null (then its units say)
   */
  public record PlannedFile(String name, long size, String profile, int parts, String error) {}

  /** The plan: every file, and the units, in file order. */
  public record Plan(List<PlannedFile> files, List<WorkUnit> units) {}

  public Plan plan(List<String> inputs) {
    List<PlannedFile> files = new ArrayList<>();
    List<WorkUnit> units = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      files.add(plan(i, inputs.get(i), units));
    }
    return new Plan(List.copyOf(files), List.copyOf(units));
  }

  private PlannedFile plan(int index, String name, List<WorkUnit> units) {
    Path path = new Path(name);
    FileSystem fs;
    FileStatus status;
    Profile profile;
    try {
      fs = path.getFileSystem(hadoop);
      boolean local = fs instanceof LocalFileSystem;
      String uri = fs.makeQualified(path).toUri().toString();
      if (local) {
        status = fs.exists(path) ? fs.getFileStatus(path) : null;
        profile = status == null || !status.isFile() ? null : splitProfile(fs, path, status, index);
        if (profile == null) {
          // validate's own reading says what is wrong with a missing file, a directory or a pipe
          units.add(new WorkUnit(index, name, uri, true, WorkUnit.Kind.WHOLE, 0, 0, 0, null));
          return new PlannedFile(name, 0, null, 0, null);
        }
      } else {
        if (!fs.exists(path)) {
          return new PlannedFile(name, 0, null, 0, "no such file");
        }
        status = fs.getFileStatus(path);
        if (status.isDirectory()) {
          return new PlannedFile(name, 0, null, 0, "is a directory, not an export file");
        }
        profile = splitProfile(fs, path, status, index);
        if (profile == null) {
          units.add(new WorkUnit(index, name, uri, false, WorkUnit.Kind.WHOLE, 0, 0, 0, null));
          return new PlannedFile(name, 0, null, 0, null);
        }
      }
      long size = status.getLen();
      int parts = (int) Math.min(Integer.MAX_VALUE, (size + splitBytes - 1) / splitBytes);
      for (int p = 0; p < parts; p++) {
        long start = p * splitBytes;
        long end = Math.min(size, start + splitBytes);
        units.add(
            new WorkUnit(
                index, name, uri, local, WorkUnit.Kind.PART, p, start, end, profile.name()));
      }
      units.add(new WorkUnit(index, name, uri, local, WorkUnit.Kind.DIGEST, 0, 0, size, null));
      return new PlannedFile(name, size, profile.name(), parts, null);
    } catch (IOException | RuntimeException e) {
      return new PlannedFile(name, 0, null, 0, "cannot read: " + e.getMessage());
    }
  }

  /**
   * The profile of a plain JSON Lines file over the split size whose first record reads cleanly;
   * null for any other file (read whole).
   */
  private Profile splitProfile(FileSystem fs, Path path, FileStatus status, int index)
      throws IOException {
    if (status.getLen() <= splitBytes) {
      return null;
    }
    try (OpenedSource source = open(fs, path, status, index)) {
      ExportInput in = source.input();
      List<RawRecord> pending = source.pending();
      boolean splittable =
          in.format() == InputFormat.JSONL
              && !in.gzip()
              && !source.wholeDocument()
              && source.damage() == null
              && !pending.isEmpty()
              && pending.get(0).flaw() != RawRecord.Flaw.STRUCTURE
              && pending.get(0).flaw() != RawRecord.Flaw.ENCODING;
      return splittable ? source.profile() : null;
    }
  }

  private OpenedSource open(FileSystem fs, Path path, FileStatus status, int index)
      throws IOException {
    return OpenedSource.open(
        fs.open(path),
        path.getName(),
        status.getLen(),
        index,
        options.config().limits(),
        options.profile());
  }
}
