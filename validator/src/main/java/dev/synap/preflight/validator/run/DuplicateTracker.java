package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.finding.RecordFindings;
import java.util.List;

/**
 * Duplicate and conflicting ids, and duplicate content, across every input file of a run. It keeps
 * 128-bit hashes and a packed location per distinct id and per distinct text, never the records, so
 * memory grows with the number of distinct ids only. The first occurrence in input order is the
 * original; later ones are reported.
 */
final class DuplicateTracker {
  private static final int LINE_BITS = 48;
  private static final long LINE_MASK = (1L << LINE_BITS) - 1;

  private final CheckConfig config;
  private final List<String> files;
  private final HashIndex ids = new HashIndex(1 << 16);
  private final HashIndex texts = new HashIndex(1 << 16);

  DuplicateTracker(CheckConfig config, List<String> files) {
    this.config = config;
    this.files = files;
  }

  long distinctIds() {
    return ids.size();
  }

  /** Checks one record against everything seen before; returns its duplicate findings. */
  List<Finding> check(ProcessedRecord r) {
    ProcessedRecord.DuplicateKeys k = r.keys();
    if (k == null) {
      return List.of();
    }
    RecordFindings out =
        new RecordFindings(config, files.get(r.fileIndex()), r.line(), r.byteOffset());
    out.documentId(k.documentId());
    long here = pack(r.fileIndex(), r.line());
    if (k.documentId() != null) {
      int slot = ids.putIfAbsent(k.idHi(), k.idLo(), here, k.signature());
      if (slot >= 0) {
        reportId(out, k, ids.first(slot), ids.second(slot));
      }
    }
    if (k.hasText()) {
      int slot = texts.putIfAbsent(k.textHi(), k.textLo(), here, k.idHi());
      if (slot >= 0 && texts.second(slot) != k.idHi()) {
        DuplicateFindings.reportText(out, where(texts.first(slot)));
      }
    }
    return out.list();
  }

  private void reportId(RecordFindings out, ProcessedRecord.DuplicateKeys k, long at, long sig) {
    DuplicateFindings.report(out, k.documentId(), k.signature(), where(at), sig);
  }

  private static long pack(int fileIndex, long line) {
    return ((long) fileIndex << LINE_BITS) | (line & LINE_MASK);
  }

  private String where(long packed) {
    return files.get((int) (packed >>> LINE_BITS)) + ":" + (packed & LINE_MASK);
  }
}
