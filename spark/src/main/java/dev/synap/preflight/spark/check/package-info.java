/**
 * The per-record half on the executors: one task per work unit reads it with the validator's
 * reading ({@code FileChecks}) and hands on every checked record with its place in input order,
 * then what the unit learned (a part's line count, a file's description or SHA-256).
 */
package dev.synap.preflight.spark.check;
