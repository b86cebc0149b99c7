package dev.synap.preflight.reports.model.verify;

import dev.synap.preflight.reports.model.ToolInfo;
import java.util.List;

/**
 * The result of {@code preflight verify}: the root of its {@code report.json}.
 *
 * @param schemaVersion version of this contract, {@link #SCHEMA_VERSION}
 * @param tool the tool that wrote the report
 * @param command {@code verify}
 * @param generatedAt when the report was generated, an ISO-8601 instant
 * @param durationMillis wall-clock duration of the run
 * @param run how the run was configured
 * @param baseline the BM25 baseline the answers were compared with
 * @param metrics the numbers, with bootstrap intervals
 * @param gate the verdict
 * @param coverage what the load journal says about every document, or null without a journal
 * @param leaks every scope leak, in query order
 * @param queries every query side by side, in query-set order
 * @param retrieval IR metrics of the labelled queries, or null when no labelled query was measured
 */
public record VerifyReport(
    String schemaVersion,
    ToolInfo tool,
    String command,
    String generatedAt,
    long durationMillis,
    VerifyRun run,
    BaselineInfo baseline,
    VerifyMetrics metrics,
    VerifyGate gate,
    VerifyCoverage coverage,
    List<VerifyLeak> leaks,
    List<QueryReport> queries,
    Retrieval retrieval) {

  /** The current {@code schemaVersion}. */
  public static final String SCHEMA_VERSION = "1.2";

  /** The {@code command} of a verify report. */
  public static final String COMMAND_VERIFY = "verify";

  public VerifyReport {
    leaks = Lists.copy(leaks);
    queries = Lists.copy(queries);
  }
}
