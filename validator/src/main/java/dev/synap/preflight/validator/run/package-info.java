/**
 * The validation run: a streaming pipeline over any number of export files.
 *
 * <ol>
 *   <li>A reader thread ({@code FileReading}) opens each file ({@code rules.read}), picks its
 *       profile, and cuts records into batches ({@code Batcher}).
 *   <li>Worker threads ({@code RecordProcessor}) check UTF-8 on the raw bytes, decode, map, run
 *       every per-record check of {@code validator.check}, and hash what duplicate detection
 *       compares ({@code ContentKeys}).
 *   <li>The calling thread folds the results in input order: exact counts per rule and severity,
 *       the first examples of each rule, duplicate detection across files ({@code DuplicateTracker}
 *       over a compact {@code HashIndex} of 128-bit hashes), and statistics.
 * </ol>
 *
 * <p>A bounded queue between the stages keeps memory independent of the input size; what grows is
 * the duplicate index (per distinct id and text) and the per-user/customer counts. Results are the
 * same whatever the thread count.
 *
 * <p>An engine that spreads a run over machines (the {@code spark} module) uses the two halves
 * apart: {@code FileChecks} reads and checks a whole file, or one part of a JSON Lines file, on the
 * calling thread and hands out every {@code ProcessedRecord}; {@code DuplicateFindings} words the
 * findings of a later occurrence of an id or a text given its first one, and {@code RunStats} is
 * the statistics it folds. Their results equal this run's.
 */
package dev.synap.preflight.validator.run;
