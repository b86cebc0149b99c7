package dev.synap.preflight.spark.check;

import dev.synap.preflight.validator.run.ProcessedRecord;
import java.io.Serializable;

/**
 * What a task hands on: a checked record with its place in input order, or, once per unit, what the
 * unit learned about its file ({@link UnitDone}).
 *
 * @param fileIndex the record's file
 * @param part the part of the file it was read in (0 for a whole file)
 * @param seq its rank in the part
 * @param record the checked record (its lines count from the part's start), or null
 * @param done the unit's summary, or null
 */
public record Checked(int fileIndex, int part, long seq, ProcessedRecord record, UnitDone done)
    implements Serializable {}
