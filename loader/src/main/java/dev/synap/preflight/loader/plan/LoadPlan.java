package dev.synap.preflight.loader.plan;

import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.track.TrackPolicy;
import dev.synap.preflight.synap.resilience.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a load will cost before anything is sent, in requests against the one budget that sending,
 * status tracking and a later rollback share (Synap limits requests per API key: Free 60 a minute,
 * Pro 600): one request a batch, at least one status request per tracked document, and for a
 * rollback one status request per document not tracked plus one delete per memory (no delete by
 * document exists). A rate limit lower than the plan can meet is not an error: the plan says how
 * long it takes.
 *
 * @param documents documents to send
 * @param batchSize documents per batch
 * @param batches batches, one request each (retries not counted)
 * @param track the tracking policy
 * @param tracked documents to track during this load (one status request each, at least)
 * @param loadedBefore documents the journal already has taken by the service
 * @param untrackedAfter documents whose memory ids the journal will not know after the load
 * @param memoriesPerDocument memories a document creates: measured on the journal's tracked
 *     documents when it has any, else assumed 1
 * @param memoriesMeasured whether {@code memoriesPerDocument} was measured
 * @param rateLimitPerMinute the client's limit, 0 for none
 */
public record LoadPlan(
    long documents,
    int batchSize,
    long batches,
    TrackPolicy track,
    long tracked,
    long loadedBefore,
    long untrackedAfter,
    double memoriesPerDocument,
    boolean memoriesMeasured,
    int rateLimitPerMinute) {

  /** Synap Pro's limit, used for reference times when no limit is given. */
  public static final int PRO_PER_MINUTE = 600;

  /** Synap Free's limit, used for reference times when no limit is given. */
  public static final int FREE_PER_MINUTE = 60;

  /**
   * The plan for sending {@code documents} more documents into the load journaled in {@code state}.
   */
  public static LoadPlan of(
      long documents, PlanOptions options, TrackPolicy track, int rateLimit, LoadState state) {
    long loadedBefore = 0;
    long trackedBefore = 0;
    long memories = 0;
    for (DocState d : state.docs()) {
      if (d.phase().loaded() || d.phase() == DocPhase.FAILED) {
        loadedBefore++;
        if (!d.awaitsStatus()) {
          trackedBefore++;
          memories += d.memoryIds().size();
        }
      }
    }
    long all = loadedBefore + documents;
    long tracked =
        switch (track.mode()) {
          case ALL -> all - trackedBefore;
          case SAMPLE -> Math.max(0, Math.min(track.sampleSize(), all) - trackedBefore);
          case NONE -> 0;
        };
    long untracked = Math.max(0, all - trackedBefore - tracked);
    boolean measured = trackedBefore > 0;
    double perDoc = measured ? (double) memories / trackedBefore : 1.0;
    long batches = (documents + options.batchSize() - 1) / options.batchSize();
    return new LoadPlan(
        documents,
        options.batchSize(),
        batches,
        track,
        tracked,
        loadedBefore,
        untracked,
        perDoc,
        measured,
        rateLimit);
  }

  /** Requests this load needs: its batches and a status request per tracked document. */
  public long loadRequests() {
    return batches + tracked;
  }

  /** Requests a later rollback needs: statuses of the untracked documents, one delete a memory. */
  public long rollbackRequests() {
    return untrackedAfter + rollbackDeletes();
  }

  /** Deletes a later rollback needs (estimated memories). */
  public long rollbackDeletes() {
    return Math.round((loadedBefore + documents) * memoriesPerDocument);
  }

  /** The time {@code requests} take at {@code perMinute}, evenly spaced. */
  public static Duration at(long requests, int perMinute) {
    return Duration.ofMillis(Math.round(requests * 60_000.0 / perMinute));
  }

  /**
   * The time a whole run of {@code requests} takes at {@code perMinute} from a rested budget: the
   * client's first burst ({@link RateLimit#burstOf}) goes at once, the rest at the limit.
   */
  public static Duration total(long requests, int perMinute) {
    return at(Math.max(0, requests - RateLimit.burstOf(perMinute)), perMinute);
  }

  /** The plan as lines for a terminal or a report. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add(
        "plan: "
            + documents
            + " document(s) to send in "
            + batches
            + " batch(es) of up to "
            + batchSize
            + (loadedBefore > 0 ? " (" + loadedBefore + " already loaded)" : "")
            + "; "
            + budget());
    out.add("  sending:  " + requests(batches) + " (one a batch)");
    out.add(
        "  tracking: "
            + requests(tracked)
            + " at least (one status request per tracked document: --track "
            + track.text()
            + (track.mode() == TrackPolicy.Mode.SAMPLE ? ", plus every unclear answer" : "")
            + ")");
    out.add("  load:     " + total(loadRequests()) + " in all" + burstNote());
    out.add(
        "  rollback: "
            + requests(rollbackRequests())
            + " if asked later ("
            + untrackedAfter
            + " status request(s) for untracked documents, about "
            + rollbackDeletes()
            + " delete(s) at "
            + String.format(Locale.ROOT, "%.1f", memoriesPerDocument)
            + " memories a document, "
            + (memoriesMeasured ? "measured on the tracked documents" : "assumed")
            + ")");
    return out;
  }

  private String budget() {
    return rateLimitPerMinute > 0
        ? "times at --rate-limit " + rateLimitPerMinute + "/min"
        : "no --rate-limit: bound by the service; times at Synap Pro's "
            + PRO_PER_MINUTE
            + " / Free's "
            + FREE_PER_MINUTE
            + " requests a minute";
  }

  private String total(long n) {
    String time =
        rateLimitPerMinute > 0
            ? duration(total(n, rateLimitPerMinute))
            : duration(total(n, PRO_PER_MINUTE)) + " / " + duration(total(n, FREE_PER_MINUTE));
    return n + " request(s), " + time;
  }

  private String burstNote() {
    return rateLimitPerMinute > 0
        ? " (the first " + RateLimit.burstOf(rateLimitPerMinute) + " in a burst)"
        : " (the first "
            + RateLimit.burstOf(PRO_PER_MINUTE)
            + " / "
            + RateLimit.burstOf(FREE_PER_MINUTE)
            + " in a burst)";
  }

  private String requests(long n) {
    String time =
        rateLimitPerMinute > 0
            ? duration(at(n, rateLimitPerMinute))
            : duration(at(n, PRO_PER_MINUTE)) + " / " + duration(at(n, FREE_PER_MINUTE));
    return n + " request(s), " + time;
  }

  /**
   * The plan of a rollback of the load journaled in {@code state}: a status request for every
   * document whose ingestion is not terminal yet (untracked ones included), then a delete for every
   * memory not deleted yet (for those documents, estimated from the tracked ones).
   */
  public static List<String> rollbackLines(LoadState state, int rateLimit) {
    long statuses = 0;
    long deletes = 0;
    long terminal = 0;
    long memories = 0;
    for (DocState d : state.docs()) {
      if (d.awaitsStatus()) {
        statuses++;
      } else if (d.phase().loaded() || d.phase() == DocPhase.FAILED) {
        terminal++;
        memories += d.memoryIds().size();
      }
      for (String m : d.memoryIds()) {
        if (!state.isDeleted(m)) {
          deletes++;
        }
      }
      for (String m : state.recoveredMemories(d.documentId())) {
        if (!state.isDeleted(m)) {
          deletes++;
        }
      }
    }
    double perDoc = terminal > 0 ? (double) memories / terminal : 1.0;
    long estimated = Math.round(statuses * perDoc);
    LoadPlan p =
        new LoadPlan(0, 1, 0, TrackPolicy.none(), 0, 0, 0, perDoc, terminal > 0, rateLimit);
    long all = statuses + deletes + estimated;
    return List.of(
        "plan: rollback of " + (statuses + terminal) + " loaded document(s); " + p.budget(),
        "  status:   " + p.requests(statuses) + " (documents whose memory ids are not known yet)",
        "  delete:   "
            + p.requests(deletes + estimated)
            + " ("
            + deletes
            + " memories the journal names"
            + (estimated > 0 ? ", about " + estimated + " more for those documents" : "")
            + "; Synap deletes one memory a request)",
        "  rollback: " + p.total(all) + " in all" + p.burstNote());
  }

  /** A duration as {@code 1h02m}, {@code 3m05s} or {@code 12.3s}. */
  public static String duration(Duration d) {
    long s = d.toSeconds();
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60);
    }
    if (s >= 60) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }
}
