package dev.synap.preflight.loader.diff;

import java.util.List;
import java.util.Map;

/**
 * What a diff found: exact counts, and the first {@code maxExamples} documents of each kind.
 *
 * @param journal the journal directory
 * @param profile the profile both sides were mapped with
 * @param inputs the new export's files, in order
 * @param documents documents read from the new export (repeated ids included)
 * @param counts documents per kind (every kind present)
 * @param changedParts changed documents per changed part ({@code unknown} included)
 * @param examples the first documents of each kind, in export order (removed: by id)
 * @param problemCount records of the new export that could not be compared
 * @param problems the first of them
 * @param maxExamples the cap on {@code examples} and {@code problems} per kind
 */
public record DiffResult(
    String journal,
    String profile,
    List<String> inputs,
    long documents,
    Map<DiffKind, Long> counts,
    Map<String, Long> changedParts,
    Map<DiffKind, List<DiffEntry>> examples,
    long problemCount,
    List<DiffProblem> problems,
    int maxExamples) {
  public DiffResult {
    inputs = List.copyOf(inputs);
    counts = Map.copyOf(counts);
    changedParts = Map.copyOf(changedParts);
    examples = Map.copyOf(examples);
    problems = List.copyOf(problems);
  }

  /** Documents of {@code kind}. */
  public long count(DiffKind kind) {
    return counts.getOrDefault(kind, 0L);
  }

  /** Whether a catch-up has anything to do: documents added, changed or removed. */
  public boolean differs() {
    return count(DiffKind.ADDED) + count(DiffKind.CHANGED) + count(DiffKind.REMOVED) > 0;
  }
}
