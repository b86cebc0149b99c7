package dev.synap.preflight.loader.plan;

import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.rules.contract.SendableDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts the export into batches given what the journal already knows. A document is planned when the
 * journal never saw it (pending) or has it in flight (re-sent, marked uncertain); anything with an
 * answer is left out. A document without an id, or with an id an earlier record of the export
 * already used, is skipped and reported through the {@link SkipSink}: without a unique id a resumed
 * load could not tell whether Synap already has it. Thread-safe: concurrent senders share one
 * planner.
 */
public final class BatchPlanner {
  private final DocumentSource.Cursor cursor;
  private final LoadState state;
  private final PlanOptions options;
  private final SkipSink skips;
  private final java.util.function.Predicate<SourceDocument> wanted;
  private final Set<String> seenIds = new HashSet<>();
  private long read;
  private long planned;
  private long resent;
  private long answered;
  private long unchanged;
  private long skipped;
  private long batches;

  /** Receives each skipped document (the load journals it; a dry run only counts it). */
  @FunctionalInterface
  public interface SkipSink {
    /** Called once per skipped document; {@code alreadyJournaled} when a resume sees it again. */
    void skipped(JournalRecord.Skipped skip, boolean alreadyJournaled) throws JournalException;
  }

  /** A planner over an open cursor. */
  public BatchPlanner(
      DocumentSource.Cursor cursor, LoadState state, PlanOptions options, SkipSink skips) {
    this(cursor, state, options, skips, d -> true);
  }

  /**
   * A planner that plans only the documents {@code wanted} accepts (a catch-up: added or changed
   * since the previous load); the others count as unchanged.
   */
  public BatchPlanner(
      DocumentSource.Cursor cursor,
      LoadState state,
      PlanOptions options,
      SkipSink skips,
      java.util.function.Predicate<SourceDocument> wanted) {
    this.cursor = cursor;
    this.state = state;
    this.options = options;
    this.skips = skips;
    this.wanted = wanted;
  }

  /** The next batch to send, or empty when the export (or the sample) is exhausted. */
  public synchronized Optional<List<PlannedDoc>> next() throws JournalException {
    List<PlannedDoc> batch = new ArrayList<>(options.batchSize());
    while (batch.size() < options.batchSize() && withinSample() && cursor.hasNext()) {
      SourceDocument doc = cursor.next();
      read++;
      plan(doc).ifPresent(batch::add);
    }
    if (batch.isEmpty()) {
      return Optional.empty();
    }
    batches++;
    planned += batch.size();
    return Optional.of(List.copyOf(batch));
  }

  private boolean withinSample() {
    return options.sample() == 0 || read < options.sample();
  }

  private Optional<PlannedDoc> plan(SourceDocument doc) throws JournalException {
    String id = doc.document().documentId();
    if (id == null || id.isBlank()) {
      skip(
          doc,
          null,
          "no document_id: "
              + SendableDocument.NO_ID
              + "; a document without one cannot be loaded exactly once");
      return Optional.empty();
    }
    if (!seenIds.add(id)) {
      skip(doc, id, "document_id repeated in the export: only its first record is loaded");
      return Optional.empty();
    }
    if (!wanted.test(doc)) {
      unchanged++;
      return Optional.empty();
    }
    DocPhase phase = state.doc(id).phase();
    if (phase == DocPhase.PENDING || phase == DocPhase.IN_FLIGHT || state.isHeld(id)) {
      boolean uncertain = phase == DocPhase.IN_FLIGHT;
      if (uncertain) {
        resent++;
      }
      return Optional.of(new PlannedDoc(doc, uncertain));
    }
    answered++;
    return Optional.empty();
  }

  private void skip(SourceDocument doc, String id, String reason) throws JournalException {
    skipped++;
    skips.skipped(
        new JournalRecord.Skipped(doc.seq(), doc.origin(), id, reason), state.isSkipped(doc.seq()));
  }

  /** Counts so far. */
  public synchronized PlanCounts counts() {
    return new PlanCounts(read, planned, resent, answered, skipped, batches, unchanged);
  }

  /** Plans the whole export without sending anything (for {@code --dry-run}). */
  public static PlanCounts dryRun(DocumentSource source, LoadState state, PlanOptions options)
      throws java.io.IOException, JournalException {
    return dryRun(source, state, options, d -> true);
  }

  /** Plans the wanted documents of the export without sending anything. */
  public static PlanCounts dryRun(
      DocumentSource source,
      LoadState state,
      PlanOptions options,
      java.util.function.Predicate<SourceDocument> wanted)
      throws java.io.IOException, JournalException {
    try (DocumentSource.Cursor cursor = source.open()) {
      BatchPlanner planner = new BatchPlanner(cursor, state, options, (s, seen) -> {}, wanted);
      while (planner.next().isPresent()) {
        // counting only
      }
      return planner.counts();
    }
  }
}
