/**
 * Synap Preflight's validation as an Apache Spark job: the command line of the job jar ({@code
 * SparkMain}, {@code preflight-spark validate}), which runs the same validator as {@code preflight
 * validate} on inputs Spark reads and writes the same reports.
 *
 * <h2>Owns</h2>
 *
 * <ul>
 *   <li>The job's entry point and options, its exit codes (those of {@code validate}).
 *   <li>{@link dev.synap.preflight.spark.plan}: cutting the input into work units, and the settings
 *       every executor rebuilds the run's options from.
 *   <li>{@link dev.synap.preflight.spark.check}: the task that reads and checks one unit with the
 *       validator's own reading and checks.
 *   <li>{@link dev.synap.preflight.spark.cross}: what crosses records (duplicates, conflicts, scope
 *       counts, example findings) by shuffles and mergeable partial results.
 *   <li>{@link dev.synap.preflight.spark.job}: the run on a Spark context, and the findings
 *       dataset.
 * </ul>
 */
package dev.synap.preflight.spark;
