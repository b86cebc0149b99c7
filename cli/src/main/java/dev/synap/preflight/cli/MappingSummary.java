package dev.synap.preflight.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.reports.console.ProblemLine;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What {@code preflight map} did: per input, records read, documents written, skips, problems. */
final class MappingSummary {
  static final int MAX_LISTED = 50;

  private final Map<String, String> profiles = new LinkedHashMap<>();
  private final Map<String, Long> recordsPerFile = new LinkedHashMap<>();
  private final TreeMap<String, Long> bySourceType = new TreeMap<>();
  private final TreeMap<String, Long> skipped = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();
  private final List<String> problemLines = new ArrayList<>();
  private final List<String> unreadable = new ArrayList<>();
  private long problemCount;
  private long documents;

  void file(String file, String profile, long records) {
    profiles.put(file, profile);
    recordsPerFile.put(file, records);
  }

  void document(String sourceType) {
    documents++;
    bySourceType.merge(sourceType, 1L, Long::sum);
  }

  void skipped(String reason) {
    skipped.merge(reason, 1L, Long::sum);
  }

  void problem(String file, long line, long byteOffset, String message) {
    problemCount++;
    if (problems.size() < MAX_LISTED) {
      problems.add(file + ":" + line + ": " + message);
      problemLines.add(
          ProblemLine.format(file, line, byteOffset, "error", "not-mapped", message, null));
    }
  }

  void unreadable(String file, String message) {
    unreadable.add(file + ": " + message);
  }

  long problems() {
    return problemCount;
  }

  boolean anyUnreadable() {
    return !unreadable.isEmpty();
  }

  long records() {
    return recordsPerFile.values().stream().mapToLong(Long::longValue).sum();
  }

  void print(PrintWriter err) {
    profiles.forEach(
        (f, p) ->
            err.println(
                "preflight map: "
                    + f
                    + ": profile "
                    + p
                    + ", "
                    + recordsPerFile.get(f)
                    + " records"));
    err.println(
        "preflight map: "
            + records()
            + " records read, "
            + documents
            + " documents written, "
            + skipped.values().stream().mapToLong(Long::longValue).sum()
            + " items skipped, "
            + problemCount
            + " records not mapped");
    bySourceType.forEach((k, v) -> err.println("  documents  " + k + ": " + v));
    skipped.forEach((k, v) -> err.println("  skipped    " + k + ": " + v));
    ProblemLines.print(
        err,
        "Records not mapped",
        problemLines,
        problemCount,
        "the --summary JSON lists the first " + MAX_LISTED);
    for (String u : unreadable) {
      err.println("preflight map: cannot read " + u);
    }
  }

  ObjectNode json() {
    JsonNodeFactory n = JsonNodeFactory.instance;
    ObjectNode o = n.objectNode();
    ObjectNode inputs = o.putObject("inputs");
    profiles.forEach(
        (f, p) -> inputs.putObject(f).put("profile", p).put("records", recordsPerFile.get(f)));
    o.put("records", records());
    o.put("documents", documents);
    ObjectNode types = o.putObject("documentsBySourceType");
    bySourceType.forEach(types::put);
    ObjectNode skips = o.putObject("skippedByReason");
    skipped.forEach(skips::put);
    o.put("notMapped", problemCount);
    problems.forEach(o.putArray("notMappedExamples")::add);
    unreadable.forEach(o.putArray("unreadable")::add);
    return o;
  }
}
