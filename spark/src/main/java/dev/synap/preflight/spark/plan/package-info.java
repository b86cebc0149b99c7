/**
 * The driver's plan: which files are read in parts (plain JSON Lines over the split size) and which
 * whole (gzip, JSON, CSV, small or odd files), where a part's first line starts ({@link
 * dev.synap.preflight.spark.plan.LineStarts}), and the run's settings as bytes executors rebuild
 * the validator's options from ({@link dev.synap.preflight.spark.plan.JobSettings}).
 */
package dev.synap.preflight.spark.plan;
