package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.attribution.Attributor;
import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.ir.IrEvaluator;
import dev.synap.preflight.verifier.ir.LabelledQuery;
import dev.synap.preflight.verifier.ir.RandomizationTest;
import dev.synap.preflight.verifier.ir.TrecOrder;
import dev.synap.preflight.verifier.journal.LoadJournal;
import dev.synap.preflight.verifier.leak.ScopeLeak;
import dev.synap.preflight.verifier.query.VerifyQuery;
import dev.synap.preflight.verifier.replay.ContextFetcher;
import dev.synap.preflight.verifier.replay.ReplayEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Runs a verification: replay (bounded concurrency), per-query evaluation on the worker threads,
 * summary with bootstrap intervals, coverage (with a journal), the gate, and the IR metrics of the
 * labelled queries.
 */
public final class Verifier {
  private final BaselineIndex index;
  private final String exportSha256;
  private final Attributor attributor;
  private final LoadJournal journal;
  private final VerifyOptions options;
  private final LongSupplier nanoTime;

  /**
   * @param journal the load journal, or null (then no coverage)
   * @param nanoTime the latency clock ({@code System::nanoTime})
   */
  public Verifier(
      BaselineIndex index,
      String exportSha256,
      Attributor attributor,
      LoadJournal journal,
      VerifyOptions options,
      LongSupplier nanoTime) {
    this.index = index;
    this.exportSha256 = exportSha256;
    this.attributor = attributor;
    this.journal = journal;
    this.options = options;
    this.nanoTime = nanoTime;
  }

  public VerificationResult verify(List<VerifyQuery> queries, ContextFetcher fetcher)
      throws InterruptedException {
    QueryEvaluator evaluator = new QueryEvaluator(index, attributor, options.k());
    long start = nanoTime.getAsLong();
    List<QueryResult> results =
        new ReplayEngine(fetcher, options.concurrency(), nanoTime)
            .run(queries, options.k(), evaluator::evaluate);
    Duration replayTime = Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - start));
    Summary summary = SummaryBuilder.of(results, options.seed());
    List<ScopeLeak> leaks = results.stream().flatMap(r -> r.leaks().stream()).toList();
    Coverage coverage = journal == null ? null : CoverageCheck.of(index, journal);
    return new VerificationResult(
        index.settings().describe(),
        exportSha256,
        index.documentCount(),
        index.reused(),
        index.buildTime().orElse(null),
        options,
        summary,
        replayTime,
        results,
        leaks,
        coverage,
        GateCheck.of(summary, coverage, options),
        new IrEvaluator(options.k(), options.seed(), RandomizationTest.PERMUTATIONS)
            .evaluate(labelled(results, options.k())));
  }

  private static List<LabelledQuery> labelled(List<QueryResult> results, int k) {
    List<LabelledQuery> out = new ArrayList<>();
    for (QueryResult r : results) {
      if (RunEntries.labelled(r)) {
        out.add(
            new LabelledQuery(
                r.query().id(),
                r.query().tags(),
                r.query().expectedDocumentIds(),
                TrecOrder.rank(RunEntries.synap(r, k)),
                TrecOrder.rank(RunEntries.baseline(r))));
      }
    }
    return out;
  }
}
