package dev.synap.preflight.loader.diff;

import dev.synap.preflight.rules.source.SourceEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A diff's counts and capped examples, kept as the export is read. */
final class DiffTally {
  private final int max;
  private final long[] counts = new long[DiffKind.values().length];
  private final Map<DiffKind, List<DiffEntry>> examples = new EnumMap<>(DiffKind.class);
  private final Map<String, Long> parts = new TreeMap<>();
  private final List<DiffProblem> problems = new ArrayList<>();
  private long problemCount;
  private long documents;

  void document() {
    documents++;
  }

  DiffTally(int max) {
    this.max = max;
    for (DiffKind k : DiffKind.values()) {
      examples.put(k, new ArrayList<>());
    }
  }

  /** Counts an unchanged document (never listed as an example). */
  void unchanged() {
    counts[DiffKind.UNCHANGED.ordinal()]++;
  }

  void add(DiffEntry e) {
    counts[e.kind().ordinal()]++;
    for (String p : e.parts()) {
      parts.merge(p, 1L, Long::sum);
    }
    List<DiffEntry> list = examples.get(e.kind());
    if (list.size() < max && e.kind() != DiffKind.UNCHANGED) {
      list.add(e);
    }
  }

  void notDocument(SourceEvent e) {
    if (e instanceof SourceEvent.Problem p) {
      problem(
          new DiffProblem(
              p.file(), p.line(), p.byteOffset(), "error", "not-mapped", p.message(), null));
    }
  }

  void problem(ExportPass.Item doc, String severity, String kind, String message) {
    problem(
        new DiffProblem(
            doc.file(), doc.line(), doc.byteOffset(), severity, kind, message, doc.id()));
  }

  private void problem(DiffProblem p) {
    problemCount++;
    if (problems.size() < max) {
      problems.add(p);
    }
  }

  private Map<DiffKind, Long> countsByKind() {
    Map<DiffKind, Long> out = new EnumMap<>(DiffKind.class);
    for (DiffKind k : DiffKind.values()) {
      out.put(k, counts[k.ordinal()]);
    }
    return out;
  }

  DiffResult result(String journal, String profile, List<Path> inputs) {
    return new DiffResult(
        journal,
        profile,
        inputs.stream().map(Path::toString).toList(),
        documents,
        countsByKind(),
        parts,
        examples,
        problemCount,
        problems,
        max);
  }
}
