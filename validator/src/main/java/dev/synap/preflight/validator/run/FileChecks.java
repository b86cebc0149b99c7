package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.read.JsonLinesSplitter;
import dev.synap.preflight.rules.read.RawRecord;
import dev.synap.preflight.rules.source.OpenedSource;
import dev.synap.preflight.validator.check.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The per-record half of a validation run for an engine that spreads files, and parts of files,
 * over machines itself (the Spark job): a whole file, or one part of a JSON Lines file, read and
 * checked on the calling thread, every {@link ProcessedRecord} handed out in input order. The same
 * reading ({@code FileReading}) and checking ({@code RecordProcessor}) as {@link ValidationRun};
 * the cross-record half is the caller's (see {@link DuplicateFindings} and {@link RunStats}).
 */
public final class FileChecks {
  private final RunOptions options;
  private final RecordProcessor processor;

  /** {@code options.threads()} is ignored: everything runs on the calling thread. */
  public FileChecks(RunOptions options) {
    this.options = options;
    this.processor =
        new RecordProcessor(
            options.config(), Checks.standard(), options.identities(), options.clock().instant());
  }

  /** What reading a whole file learned about it, as {@link InputSummary} reports it. */
  public record FileOutcome(
      long sizeBytes, String sha256, String format, boolean gzip, String profile, String error) {}

  /** Checks a local file exactly as {@link ValidationRun} does (a changing file included). */
  public FileOutcome wholeFile(int index, Path path, String name, Consumer<ProcessedRecord> out)
      throws InterruptedException {
    FileMeta meta = new FileMeta(name);
    reading(out).read(index, path, name, meta);
    return outcome(meta);
  }

  /**
   * Checks a file another file system reads, from {@code in} (its bytes from the start; closed
   * here). {@code fileName} is its last path segment; a file that changes while it is read is not
   * noticed.
   */
  public FileOutcome wholeFile(
      int index,
      InputStream in,
      String fileName,
      long size,
      String name,
      Consumer<ProcessedRecord> out)
      throws InterruptedException {
    FileMeta meta = new FileMeta(name);
    try (OpenedSource source =
        OpenedSource.open(
            in, fileName, size, index, options.config().limits(), options.profile())) {
      reading(out).readSource(source, index, name, meta);
    } catch (IOException e) {
      meta.error = "cannot read: " + e.getMessage();
    } catch (RuntimeException e) {
      meta.error = "internal error while reading: " + e;
    }
    return outcome(meta);
  }

  /**
   * Checks the records of one part of a JSON Lines file (see {@link JsonLinesSplitter#part}) with
   * the file's profile: lines in the records and findings count from 1 at the part's start, byte
   * offsets are the file's. Returns the number of lines the part holds.
   */
  public long part(
      int index,
      String name,
      Profile profile,
      InputStream in,
      long startOffset,
      Consumer<ProcessedRecord> out)
      throws IOException, InterruptedException {
    try (JsonLinesSplitter splitter =
        JsonLinesSplitter.part(in, index, options.config().limits(), startOffset)) {
      Batcher batcher =
          new Batcher(
              FileContext.of(index, name, profile, splitter.decoder(), false, options),
              processor,
              direct(out));
      for (RawRecord r = splitter.next(); r != null; r = splitter.next()) {
        batcher.add(r);
      }
      batcher.flush();
      return splitter.line() - 1;
    }
  }

  private FileReading reading(Consumer<ProcessedRecord> out) {
    return new FileReading(options, new RunProgress(), processor, direct(out));
  }

  private static Batcher.Submit direct(Consumer<ProcessedRecord> out) {
    return work -> {
      List<ProcessedRecord> batch;
      try {
        batch = work.call();
      } catch (Exception e) {
        throw new IllegalStateException("checking a batch failed", e);
      }
      batch.forEach(out);
    };
  }

  private static FileOutcome outcome(FileMeta m) {
    return new FileOutcome(m.size, m.sha256, m.format, m.gzip, m.profile, m.error);
  }
}
