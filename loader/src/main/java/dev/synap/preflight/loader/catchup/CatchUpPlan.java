package dev.synap.preflight.loader.catchup;

import dev.synap.preflight.loader.diff.DiffKind;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.plan.LoadPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a catch-up costs next to loading the new export again from scratch, printed before anything
 * is sent (with the load's own plan of the documents it sends).
 *
 * @param basis the chain and the diff
 * @param deleteRemoved whether removed documents are deleted
 * @param removedStatuses status requests to name removed documents' memories (untracked ones)
 * @param removedDeletes deletes for removed documents (memories the journals name, estimated for
 *     the untracked ones)
 * @param memoriesPerDocument memories a document, as the journals' tracked documents show (1 when
 *     none was tracked)
 * @param batchSize documents per batch
 * @param rateLimit the client's limit a minute (0: none)
 * @param retiredBefore removed documents an earlier run of this catch-up already retired
 * @param answeredBefore documents an earlier run of this catch-up already had answered
 */
public record CatchUpPlan(
    CatchUpBasis basis,
    boolean deleteRemoved,
    long removedStatuses,
    long removedDeletes,
    double memoriesPerDocument,
    int batchSize,
    int rateLimit,
    long retiredBefore,
    long answeredBefore) {

  /**
   * The plan of a catch-up from {@code basis}, resumed on the journal state {@code own} (empty for
   * a new catch-up).
   */
  public static CatchUpPlan of(
      CatchUpBasis basis, boolean deleteRemoved, int batchSize, int rateLimit, LoadState own) {
    long tracked = 0;
    long memories = 0;
    JournalChain chain = basis.chain();
    for (String id : chain.documentIds()) {
      var d = chain.prior(id).doc();
      if (!d.memoryIds().isEmpty() || d.status() != null) {
        tracked++;
        memories += d.memoryIds().size();
      }
    }
    double perDoc = tracked > 0 ? (double) memories / tracked : 1.0;
    long statuses = 0;
    double deletes = 0;
    long retired = 0;
    for (String id : basis.removedIds()) {
      if (own.retirement(id).isPresent()) {
        retired++;
        continue;
      }
      var d = chain.prior(id).doc();
      if (d.memoryIds().isEmpty() && d.status() == null) {
        statuses++;
        deletes += perDoc;
      } else {
        deletes += d.memoryIds().size();
      }
    }
    return new CatchUpPlan(
        basis,
        deleteRemoved,
        statuses,
        Math.round(deletes),
        perDoc,
        batchSize,
        rateLimit,
        retired,
        own.tally().accepted() + own.tally().rejected());
  }

  /** Documents the catch-up sends: added and changed. */
  public long toSend() {
    return basis.toSend();
  }

  /** The plan as lines for a terminal or a report. */
  public List<String> lines() {
    var d = basis.diff();
    long full = d.count(DiffKind.ADDED) + d.count(DiffKind.CHANGED) + d.count(DiffKind.UNCHANGED);
    long batches = batches(toSend());
    long fullBatches = batches(full);
    List<String> out = new ArrayList<>();
    out.add(
        "catch-up: since "
            + basis.since()
            + " (a chain of "
            + basis.chain().journals().size()
            + " journal(s) holding "
            + basis.chain().size()
            + " loaded document(s))");
    out.add(
        "  new export: "
            + d.count(DiffKind.ADDED)
            + " added, "
            + d.count(DiffKind.CHANGED)
            + " changed"
            + parts(d.changedParts())
            + ", "
            + d.count(DiffKind.REMOVED)
            + " removed, "
            + d.count(DiffKind.UNCHANGED)
            + " unchanged");
    out.add(
        "  sending:  "
            + batches
            + " batch request(s) for "
            + toSend()
            + " document(s), "
            + time(batches)
            + "; a full reload: "
            + fullBatches
            + " for "
            + full
            + ", "
            + time(fullBatches)
            + (fullBatches > 0
                ? String.format(Locale.ROOT, " (%.1f%% of it)", 100.0 * batches / fullBatches)
                : "")
            + (answeredBefore > 0 ? "; " + answeredBefore + " answered by an earlier run" : ""));
    long removed = d.count(DiffKind.REMOVED);
    long requests = removedStatuses + removedDeletes;
    out.add(
        removed == 0
            ? "  removed:  none"
            : deleteRemoved
                ? "  removed:  "
                    + removed
                    + " document(s) retired before sending"
                    + (retiredBefore > 0 ? " (" + retiredBefore + " by an earlier run)" : "")
                    + ": "
                    + removedStatuses
                    + " status + about "
                    + removedDeletes
                    + " delete request(s), "
                    + time(requests)
                : "  removed:  "
                    + removed
                    + " document(s) kept in Synap (listed, not deleted; --delete-removed deletes"
                    + " their memories: about "
                    + requests
                    + " request(s))");
    if (d.count(DiffKind.CHANGED) > 0) {
      out.add(
          "  changed:  upsert replaces them in place; under Synap's conflict policy each refused one"
              + " costs its earlier version's deletes (about "
              + String.format(Locale.ROOT, "%.1f", memoriesPerDocument)
              + " a document, plus a status request if it was untracked) and a re-send");
    }
    return out;
  }

  private long batches(long documents) {
    return (documents + batchSize - 1) / batchSize;
  }

  private static String parts(Map<String, Long> parts) {
    if (parts.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder(" (");
    new TreeMap<>(parts)
        .forEach((k, v) -> s.append(s.length() > 2 ? ", " : "").append(k).append(' ').append(v));
    return s.append(')').toString();
  }

  /** The time of {@code requests} at the limit, evenly spaced (no burst), so sizes compare. */
  private String time(long requests) {
    return rateLimit > 0
        ? LoadPlan.duration(LoadPlan.at(requests, rateLimit))
        : LoadPlan.duration(LoadPlan.at(requests, LoadPlan.PRO_PER_MINUTE))
            + " / "
            + LoadPlan.duration(LoadPlan.at(requests, LoadPlan.FREE_PER_MINUTE))
            + " at Pro / Free";
  }
}
