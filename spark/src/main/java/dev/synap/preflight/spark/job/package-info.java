/**
 * The run on a Spark context ({@link dev.synap.preflight.spark.job.SparkValidation}): plan,
 * per-unit checks, line bases, shuffles, the validator's {@code ValidationResult}; the job's Spark
 * configuration; and every finding as a JSON Lines dataset.
 */
package dev.synap.preflight.spark.job;
