package dev.synap.preflight.spark.check;

import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.read.Sha256;
import dev.synap.preflight.spark.cross.Pos;
import dev.synap.preflight.spark.cross.RecordTotals;
import dev.synap.preflight.spark.plan.JobSettings;
import dev.synap.preflight.spark.plan.LineStarts;
import dev.synap.preflight.spark.plan.WorkUnit;
import dev.synap.preflight.validator.run.FileChecks;
import dev.synap.preflight.validator.run.ProcessedRecord;
import dev.synap.preflight.validator.run.RunOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The task that reads and checks one {@link WorkUnit} on an executor, with the validator's own
 * reading and checks ({@link FileChecks}): every checked record in order, then the unit's {@link
 * UnitDone}.
 */
public final class UnitTask implements FlatMapFunction<WorkUnit, Checked> {
  private static final long serialVersionUID = 1L;
  private static final int BUFFER = 1 << 20;

  private final JobSettings settings;
  private final int files;

  /** Checks units of a run of {@code files} input files. */
  public UnitTask(JobSettings settings, int files) {
    this.settings = settings;
    this.files = files;
  }

  @Override
  public Iterator<Checked> call(WorkUnit unit) {
    RunOptions options = settings.runOptions();
    return new PushIterator<>(
        "preflight-unit-" + unit.fileIndex() + "-" + unit.part(),
        out -> run(unit, options, files, out));
  }

  private static void run(WorkUnit u, RunOptions options, int files, Consumer<Checked> out)
      throws InterruptedException {
    long[] seq = {0};
    RecordTotals totals = new RecordTotals(options.config().instance(), files);
    Consumer<ProcessedRecord> records =
        r -> {
          long at = seq[0]++;
          totals.add(r, new Pos(u.fileIndex(), u.part(), at, 0));
          Checked c = Checked.of(u.part(), at, r);
          if (c.crosses()) {
            out.accept(c);
          }
        };
    FileChecks checks = new FileChecks(options);
    UnitDone done =
        switch (u.kind()) {
          case WHOLE -> UnitDone.whole(u, whole(u, checks, records), totals.finish());
          case PART -> part(u, options, checks, records, totals);
          case DIGEST -> digest(u);
        };
    out.accept(Checked.end(done, seq[0]));
  }

  private static FileChecks.FileOutcome whole(
      WorkUnit u, FileChecks checks, Consumer<ProcessedRecord> records)
      throws InterruptedException {
    if (u.local()) {
      return checks.wholeFile(
          u.fileIndex(), java.nio.file.Path.of(URI.create(u.uri())), u.name(), records);
    }
    Path path = new Path(URI.create(u.uri()));
    try {
      FileSystem fs = path.getFileSystem(new Configuration());
      long size = fs.getFileStatus(path).getLen();
      return checks.wholeFile(
          u.fileIndex(), fs.open(path, BUFFER), path.getName(), size, u.name(), records);
    } catch (IOException e) {
      return new FileChecks.FileOutcome(
          0, null, null, false, null, "cannot read: " + e.getMessage());
    }
  }

  private static UnitDone part(
      WorkUnit u,
      RunOptions options,
      FileChecks checks,
      Consumer<ProcessedRecord> records,
      RecordTotals totals)
      throws InterruptedException {
    Profile profile =
        options.profile() != null ? options.profile() : Profiles.bundled(u.profile()).orElseThrow();
    Path path = new Path(URI.create(u.uri()));
    try {
      FileSystem fs = path.getFileSystem(new Configuration());
      long size = fs.getFileStatus(path).getLen();
      try (FSDataInputStream in = fs.open(path, BUFFER)) {
        long from = LineStarts.at(in, u.start(), size);
        long to = LineStarts.at(in, u.end(), size);
        if (from >= to) {
          return UnitDone.part(u, 0, null, totals.finish()); // an earlier part's line covers it
        }
        in.seek(from);
        long lines =
            checks.part(u.fileIndex(), u.name(), profile, bounded(in, to - from), from, records);
        return UnitDone.part(u, lines, null, totals.finish());
      }
    } catch (IOException e) {
      return UnitDone.part(u, 0, "cannot read: " + e.getMessage(), totals.finish());
    }
  }

  private static UnitDone digest(WorkUnit u) {
    Path path = new Path(URI.create(u.uri()));
    try {
      FileSystem fs = path.getFileSystem(new Configuration());
      Sha256.Hashed hashed;
      try (InputStream in = fs.open(path, BUFFER)) {
        hashed = Sha256.of(in);
      }
      if (hashed.bytes() != u.end()) {
        return UnitDone.digest(
            u,
            null,
            "the file changed while it was read ("
                + u.end()
                + " bytes before, "
                + hashed.bytes()
                + " read)");
      }
      return UnitDone.digest(u, hashed.sha256(), null);
    } catch (IOException e) {
      return UnitDone.digest(u, null, "cannot read: " + e.getMessage());
    }
  }

  /** The next {@code length} bytes of {@code in}, as a stream that does not close {@code in}. */
  private static InputStream bounded(InputStream in, long length) {
    return new InputStream() {
      private long left = length;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = in.read();
        if (b >= 0) {
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }
    };
  }
}
