package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.ir.IrResult;
import dev.synap.preflight.verifier.leak.ScopeLeak;
import java.time.Duration;
import java.util.List;

/**
 * A verification run's outcome, from which the reports are written.
 *
 * @param baseline the index settings, e.g. {@code BM25(k1=0.9, b=0.4), analyzer english, instance
 *     b2c}
 * @param exportSha256 the export's fingerprint the baseline was built from
 * @param baselineDocuments documents in the baseline
 * @param baselineReused whether the baseline was reused from disk
 * @param baselineBuildTime how long building the baseline took, or null when it was reused
 * @param options the run's options
 * @param summary the numbers
 * @param replayTime wall-clock time of the replay: every fetch, attribution and evaluation, from
 *     the first query sent to the last one evaluated
 * @param queries every query side by side, in query-set order
 * @param leaks every scope leak, in query order
 * @param coverage journal coverage, or null without a journal
 * @param gate the verdict
 * @param retrieval the IR metrics of the labelled queries whose fetch succeeded, or null when there
 *     is none
 */
public record VerificationResult(
    String baseline,
    String exportSha256,
    int baselineDocuments,
    boolean baselineReused,
    Duration baselineBuildTime,
    VerifyOptions options,
    Summary summary,
    Duration replayTime,
    List<QueryResult> queries,
    List<ScopeLeak> leaks,
    Coverage coverage,
    GateResult gate,
    IrResult retrieval) {
  public VerificationResult {
    queries = List.copyOf(queries);
    leaks = List.copyOf(leaks);
  }
}
