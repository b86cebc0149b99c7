package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.read.CorruptInputException;
import dev.synap.preflight.rules.read.ExportInput;
import dev.synap.preflight.rules.read.RawRecord;
import dev.synap.preflight.rules.read.RecordSplitter;
import dev.synap.preflight.rules.source.OpenedSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Reads one export file on the run's reader thread: opens it, reads ahead to choose its profile,
 * cuts it into batches for the workers, turns a damaged stream into a finding, and notices a file
 * that changes while it is read. Never throws for bad content; what cannot be read becomes {@link
 * FileMeta#error}.
 */
final class FileReading {
  private final RunOptions options;
  private final RunProgress progress;
  private final RecordProcessor processor;
  private final Batcher.Submit submit;

  FileReading(
      RunOptions options, RunProgress progress, RecordProcessor processor, Batcher.Submit submit) {
    this.options = options;
    this.progress = progress;
    this.processor = processor;
    this.submit = submit;
  }

  void read(int index, Path path, String name, FileMeta meta) throws InterruptedException {
    if (Files.isDirectory(path)) {
      meta.error = "is a directory, not an export file";
      return;
    }
    if (!Files.exists(path)) {
      meta.error = "no such file";
      return;
    }
    // A pipe or process substitution (<(zcat x.gz)) is read like a file, but has no size to watch.
    boolean regular = Files.isRegularFile(path);
    FileState before;
    try {
      before = regular ? FileState.of(path) : null;
    } catch (IOException e) {
      meta.error = "cannot read: " + e.getMessage();
      return;
    }
    try (OpenedSource source =
        OpenedSource.open(path, index, options.config().limits(), options.profile())) {
      ExportInput in = readSource(source, index, name, meta);
      if (regular) {
        FileState after = FileState.of(path);
        if (!after.equals(before) || in.rawBytesRead() != before.size()) {
          meta.error =
              "the file changed while it was read ("
                  + before.describe()
                  + " before, "
                  + after.describe()
                  + " after, "
                  + in.rawBytesRead()
                  + " bytes read); validate a copy that is not being written";
        }
      }
    } catch (IOException e) {
      meta.error = "cannot read: " + e.getMessage();
    } catch (RuntimeException e) {
      // A reader bug must not pass for a complete read: the file's verdict is void (exit 3).
      meta.error = "internal error while reading: " + e;
    } finally {
      progress.fileDone(meta.size);
    }
  }

  /**
   * Reads an opened file: its profile, format and records in order (each through the batcher), a
   * damaged stream as a finding, and its SHA-256. The caller closes the source.
   */
  ExportInput readSource(OpenedSource source, int index, String name, FileMeta meta)
      throws IOException, InterruptedException {
    ExportInput in = source.input();
    meta.size = in.sizeBytes();
    meta.format = in.format().id();
    meta.gzip = in.gzip();
    progress.reading(in::rawBytesRead);
    RecordSplitter splitter = in.splitter();
    Profile profile = source.profile();
    meta.profile = profile.name();
    Batcher batcher =
        new Batcher(
            FileContext.of(
                index, name, profile, splitter.decoder(), source.wholeDocument(), options),
            processor,
            submit);
    for (RawRecord r : source.pending()) {
      batcher.add(r, source.pointerOf(r));
    }
    CorruptInputException damage = source.damage();
    try {
      for (RawRecord r = damage == null ? splitter.next() : null; r != null; r = splitter.next()) {
        batcher.add(r, source.pointerOf(r));
      }
    } catch (CorruptInputException e) {
      damage = e;
    }
    if (damage != null) {
      batcher.add(
          RawRecord.problem(
              index,
              batcher.lineAfterLast(),
              damage.decompressedOffset(),
              RawRecord.Flaw.STRUCTURE,
              "reading stopped: "
                  + damage.getMessage()
                  + "; the records before this point were checked"));
    }
    if (batcher.isEmpty()) {
      // e.g. a CSV with a header and no rows: a migration of nothing is worth a finding
      batcher.add(
          RawRecord.problem(
              index,
              1,
              0,
              RawRecord.Flaw.STRUCTURE,
              "no records found in the file (" + in.format().id() + ")"));
    }
    batcher.flush();
    meta.sha256 = in.sha256Hex();
    return in;
  }

  /** Size and modification time of a file, to notice a file that changes while it is read. */
  private record FileState(long size, long modifiedMillis) {
    static FileState of(Path p) throws IOException {
      return new FileState(Files.size(p), Files.getLastModifiedTime(p).toMillis());
    }

    String describe() {
      return size + " bytes, modified " + Instant.ofEpochMilli(modifiedMillis);
    }
  }
}
