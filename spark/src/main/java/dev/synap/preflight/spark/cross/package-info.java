/**
 * The cross-record half: input order ({@link dev.synap.preflight.spark.cross.Pos}), the line
 * numbers of parts ({@link dev.synap.preflight.spark.cross.LineBases}), duplicate and conflicting
 * ids and duplicate content by a shuffle that sorts each key's occurrences in input order ({@link
 * dev.synap.preflight.spark.cross.DuplicateWalk}), users and customers by a shuffle on their ids
 * ({@link dev.synap.preflight.spark.cross.ScopeTop}), and the partial results that merge: counts,
 * statistics ({@link dev.synap.preflight.spark.cross.RecordTotals}) and the first examples of each
 * rule ({@link dev.synap.preflight.spark.cross.ExampleTally}). Nothing here collects ids on the
 * driver.
 */
package dev.synap.preflight.spark.cross;
