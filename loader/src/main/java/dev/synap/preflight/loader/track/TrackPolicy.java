package dev.synap.preflight.loader.track;

import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.LoadState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Which accepted documents a load polls until their ingestion is terminal (and so knows their
 * memory ids).
 *
 * <ul>
 *   <li>{@code all}: every document (one status request each, at least).
 *   <li>{@code sample}: a seeded sample of {@code sampleSize} documents (the ones whose id hashes
 *       lowest under the seed, so the same journal always picks the same ones), every document
 *       whose answer was unclear (loaded by a duplicate-id conflict after a crash), and every
 *       document an earlier run already tracked to the end.
 *   <li>{@code none}: nothing is polled (documents an earlier run tracked stay known).
 * </ul>
 *
 * The policy is journaled with each load run (option {@value #OPTION}); a journal whose runs name
 * none (written before policies existed) tracked everything.
 *
 * @param mode all, sample or none
 * @param sampleSize documents in the seeded sample (sample mode)
 * @param seed the sample's seed
 */
public record TrackPolicy(Mode mode, int sampleSize, long seed) {
  /** The run option that records the policy in the journal. */
  public static final String OPTION = "track";

  /** Sample size when none is given. */
  public static final int DEFAULT_SAMPLE = 20;

  /**
   * How long a load polls its sample after sending: zero, so one round right away. What is still
   * queued at the service then is reported (and polled by a later run or {@code status}), not
   * waited for: Synap's extraction takes seconds to minutes, and a second round half a second later
   * found a handful more done at best (bench/RESULTS.md, "Load") while delaying the end of every
   * load by that half second.
   */
  public static final Duration SAMPLE_WAIT = Duration.ZERO;

  /** Seed when none is given. */
  public static final long DEFAULT_SEED = 14;

  /** The three policies. */
  public enum Mode {
    ALL,
    SAMPLE,
    NONE
  }

  /** Checks the sample size. */
  public TrackPolicy {
    if (sampleSize < 0) {
      throw new IllegalArgumentException("track sample must be 0 or more, got " + sampleSize);
    }
  }

  /** Track every document. */
  public static TrackPolicy all() {
    return new TrackPolicy(Mode.ALL, 0, DEFAULT_SEED);
  }

  /** Track nothing. */
  public static TrackPolicy none() {
    return new TrackPolicy(Mode.NONE, 0, DEFAULT_SEED);
  }

  /** Track a seeded sample and every unclear answer. */
  public static TrackPolicy sample(int size, long seed) {
    return new TrackPolicy(Mode.SAMPLE, size, seed);
  }

  /**
   * Parses {@code all}, {@code none}, {@code sample}, {@code sample:N} or {@code sample:N:SEED}.
   *
   * @throws IllegalArgumentException with a message naming the accepted forms
   */
  public static TrackPolicy parse(String text) {
    String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":", -1);
    try {
      switch (parts[0]) {
        case "all":
          if (parts.length == 1) {
            return all();
          }
          break;
        case "none":
          if (parts.length == 1) {
            return none();
          }
          break;
        case "sample":
          if (parts.length <= 3) {
            int n = parts.length > 1 ? Integer.parseInt(parts[1]) : DEFAULT_SAMPLE;
            long seed = parts.length > 2 ? Long.parseLong(parts[2]) : DEFAULT_SEED;
            if (n >= 0) {
              return sample(n, seed);
            }
          }
          break;
        default:
          break;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--track takes all, none, sample, sample:N or sample:N:SEED, not '" + text + "'");
  }

  /** The policy as {@link #parse} reads it back. */
  public String text() {
    return mode == Mode.SAMPLE
        ? "sample:" + sampleSize + ":" + seed
        : mode.name().toLowerCase(Locale.ROOT);
  }

  /** The policy of the journal's last load run; {@code all} when it names none. */
  public static TrackPolicy of(LoadState state) {
    List<JournalRecord.RunStarted> runs = state.runs();
    for (int i = runs.size() - 1; i >= 0; i--) {
      JournalRecord.RunStarted r = runs.get(i);
      if ("load".equals(r.command())) {
        String t = r.options() == null ? null : r.options().get(OPTION);
        return t == null ? all() : parse(t);
      }
    }
    return all();
  }

  /** Whether the policy tracks every document. */
  public boolean tracksAll() {
    return mode == Mode.ALL;
  }

  /**
   * The ids of the documents this policy tracks in {@code state}: for {@code all}, every document
   * the service took; else those already terminal, the unclear ones and (sample) the seeded sample.
   */
  public Set<String> tracked(LoadState state) {
    Set<String> out = new HashSet<>();
    PriorityQueue<long[]> lowest =
        new PriorityQueue<>(Comparator.comparingLong((long[] a) -> a[0]).reversed());
    List<DocState> docs = state.docs();
    for (int i = 0; i < docs.size(); i++) {
      DocState d = docs.get(i);
      if (!taken(d)) {
        continue;
      }
      if (mode == Mode.ALL || terminal(d) || (mode == Mode.SAMPLE && d.byConflict())) {
        out.add(d.documentId());
      }
      if (mode == Mode.SAMPLE && sampleSize > 0) {
        lowest.add(new long[] {hash(d.documentId()), i});
        if (lowest.size() > sampleSize) {
          lowest.poll();
        }
      }
    }
    lowest.forEach(a -> out.add(docs.get((int) a[1]).documentId()));
    return out;
  }

  /** The tracked documents still waiting for a terminal status, in the order first sent. */
  public List<DocState> toPoll(LoadState state) {
    if (mode == Mode.ALL) {
      return state.docs().stream().filter(DocState::awaitsStatus).toList();
    }
    Set<String> tracked = tracked(state);
    return state.docs().stream()
        .filter(d -> d.awaitsStatus() && tracked.contains(d.documentId()))
        .toList();
  }

  private static boolean taken(DocState d) {
    return d.phase().loaded() || d.phase() == DocPhase.FAILED;
  }

  private static boolean terminal(DocState d) {
    return d.phase() == DocPhase.COMPLETED || d.phase() == DocPhase.FAILED;
  }

  /** A seeded 64-bit hash of the id (FNV-1a of its UTF-8, then a SplitMix64 finish). */
  long hash(String id) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
