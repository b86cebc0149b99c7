package dev.synap.preflight.spark.job;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.spark.check.Checked;
import dev.synap.preflight.spark.check.UnitDone;
import dev.synap.preflight.spark.check.UnitTask;
import dev.synap.preflight.spark.cross.DuplicateWalk;
import dev.synap.preflight.spark.cross.ExampleTally;
import dev.synap.preflight.spark.cross.LineBases;
import dev.synap.preflight.spark.cross.Occurrence;
import dev.synap.preflight.spark.cross.Pos;
import dev.synap.preflight.spark.cross.PosFinding;
import dev.synap.preflight.spark.cross.RecordTotals;
import dev.synap.preflight.spark.cross.ScopeTop;
import dev.synap.preflight.spark.plan.InputPlanner;
import dev.synap.preflight.spark.plan.JobSettings;
import dev.synap.preflight.spark.plan.WorkUnit;
import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.run.ProcessedRecord;
import dev.synap.preflight.validator.run.RunOptions;
import dev.synap.preflight.validator.run.ValidationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * A validation run on Spark with the same result as {@code ValidationRun} on one machine.
 * Per-record checks run in parallel over the work units (whole files, parts of JSON Lines files);
 * the file's line numbers of each part follow from the line counts of the parts before it, so every
 * file is read once (plus once more for the SHA-256 of a file read in parts). Cross-record results
 * come from shuffles on their keys: duplicate and conflicting ids and duplicate content by sorting
 * the occurrences of each id and text hash in input order, users and customers by counting per id.
 * Only counts, at most max-examples findings per rule and the busiest users reach the driver.
 */
public final class SparkValidation {
  private static final int TOP_SCOPES = 25;

  private final JavaSparkContext spark;
  private final JobSettings settings;
  private final long splitBytes;
  private final int shufflePartitions;

  /**
   * @param splitBytes how large the parts of a JSON Lines file are
   * @param shufflePartitions partitions of the shuffles (0: Spark's default parallelism)
   */
  public SparkValidation(
      JavaSparkContext spark, JobSettings settings, long splitBytes, int shufflePartitions) {
    this.spark = spark;
    this.settings = settings;
    this.splitBytes = splitBytes;
    this.shufflePartitions =
        shufflePartitions > 0 ? shufflePartitions : Math.max(1, spark.defaultParallelism());
  }

  /**
   * Validates {@code inputs} (paths or URIs Hadoop's file systems read, named as findings will name
   * them). {@code findings} gets every finding, in no particular order, before the records the
   * tasks checked are released (e.g. to write them as a dataset); it may ignore them.
   */
  public ValidationResult run(
      List<String> inputs, java.util.function.Consumer<JavaRDD<PosFinding>> findings) {
    long started = System.nanoTime();
    RunOptions options = settings.runOptions();
    CheckConfig config = options.config();
    InputPlanner.Plan plan =
        new InputPlanner(spark.hadoopConfiguration(), options, splitBytes).plan(inputs);
    List<String> names = List.copyOf(inputs);
    int files = names.size();

    JavaRDD<Checked> checked =
        spark
            .parallelize(plan.units(), Math.max(1, plan.units().size()))
            .flatMap(new UnitTask(settings, files))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JobSettings job = settings;
    try {
      List<UnitDone> done = checked.filter(c -> c.done() != null).map(Checked::done).collect();
      LineBases lineBases =
          LineBases.of(
              done.stream()
                  .filter(u -> u.kind() == WorkUnit.Kind.PART)
                  .map(UnitDone::partLines)
                  .toList());
      RecordTotals totals = new RecordTotals(config.instance(), files).finish();
      done.stream().filter(u -> u.totals() != null).forEach(u -> totals.merge(u.totals()));
      Broadcast<LineBases> bases = spark.broadcast(lineBases);
      JavaRDD<Checked> records = checked.filter(c -> c.done() == null);

      JavaPairRDD<Occurrence, Boolean> occurrences =
          records
              .flatMapToPair(SparkValidation::occurrences)
              .repartitionAndSortWithinPartitions(
                  new Occurrence.ByKey(shufflePartitions), new Occurrence.Order());
      JavaRDD<PosFinding> duplicates =
          occurrences.mapPartitions(
              it -> DuplicateWalk.findings(job.runOptions().config(), names, bases.value(), it));
      JavaRDD<PosFinding> own = records.flatMap(c -> ownFindings(c, bases.value()));
      JavaRDD<PosFinding> all = own.union(duplicates);
      int max = config.maxExamples();
      ExampleTally tally =
          all.mapPartitions(it -> List.of(ExampleTally.of(max, it)).iterator())
              .treeReduce(ExampleTally::merge);
      long distinctIds =
          occurrences
              .mapPartitions(it -> List.of(DuplicateWalk.distinctIds(it)).iterator())
              .reduce(Long::sum);

      JavaPairRDD<String, Long> perScope =
          records
              .flatMapToPair(SparkValidation::scopeIds)
              .reduceByKey(Long::sum, shufflePartitions);
      ScopeTop users = top(perScope, "u");
      ScopeTop customers = top(perScope, "c");

      long millis = (System.nanoTime() - started) / 1_000_000;
      ValidationResult result =
          new ValidationResult(
              config,
              FileSummaries.of(plan, done, totals),
              totals.counts().records(),
              totals.counts().documents(),
              distinctIds,
              tally.tallies(),
              tally.examples(),
              totals.sizes(),
              totals.months(),
              totals.scopes(users, customers),
              totals.internalErrors(lineBases, names),
              millis,
              totals.counts().bySourceType(),
              totals.counts().skipped(),
              null);
      findings.accept(all);
      return result;
    } finally {
      checked.unpersist(false);
    }
  }

  private static Iterator<Tuple2<Occurrence, Boolean>> occurrences(Checked c) {
    ProcessedRecord.DuplicateKeys k = c.keys();
    if (k == null) {
      return Collections.emptyIterator();
    }
    List<Tuple2<Occurrence, Boolean>> out = new ArrayList<>(2);
    if (k.documentId() != null) {
      out.add(new Tuple2<>(occurrence(c, Occurrence.ID, k.idHi(), k.idLo()), Boolean.TRUE));
    }
    if (k.hasText()) {
      out.add(new Tuple2<>(occurrence(c, Occurrence.TEXT, k.textHi(), k.textLo()), Boolean.TRUE));
    }
    return out.iterator();
  }

  private static Occurrence occurrence(Checked c, int kind, long hi, long lo) {
    ProcessedRecord.DuplicateKeys k = c.keys();
    return new Occurrence(
        kind,
        hi,
        lo,
        c.fileIndex(),
        c.part(),
        c.seq(),
        c.line(),
        c.byteOffset(),
        k.signature(),
        k.idHi(),
        k.documentId());
  }

  private static Iterator<PosFinding> ownFindings(Checked c, LineBases bases) {
    List<Finding> fs = c.findings();
    List<PosFinding> out = new ArrayList<>(fs.size());
    for (int i = 0; i < fs.size(); i++) {
      Finding f = fs.get(i);
      Finding at =
          new Finding(
              f.rule(),
              f.severity(),
              f.file(),
              bases.line(c.fileIndex(), c.part(), f.line()),
              f.byteOffset(),
              f.documentId(),
              f.field(),
              f.message());
      out.add(new PosFinding(new Pos(c.fileIndex(), c.part(), c.seq(), i), at));
    }
    return out.iterator();
  }

  /** A document's user and customer, each once, keyed {@code u<id>} and {@code c<id>}. */
  private static Iterator<Tuple2<String, Long>> scopeIds(Checked c) {
    if (!c.isDocument()) {
      return Collections.emptyIterator();
    }
    List<Tuple2<String, Long>> out = new ArrayList<>(2);
    if (c.userId() != null) {
      out.add(new Tuple2<>("u" + c.userId(), 1L));
    }
    if (c.customerId() != null) {
      out.add(new Tuple2<>("c" + c.customerId(), 1L));
    }
    return out.iterator();
  }

  private static ScopeTop top(JavaPairRDD<String, Long> perScope, String kind) {
    return perScope
        .filter(t -> t._1().startsWith(kind))
        .mapToPair(t -> new Tuple2<>(t._1().substring(1), t._2()))
        .mapPartitions(it -> List.of(ScopeTop.of(TOP_SCOPES, it)).iterator())
        .treeReduce(ScopeTop::merge);
  }
}
