package dev.synap.preflight.cli.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.loader.diff.DiffEntry;
import dev.synap.preflight.loader.diff.DiffKind;
import dev.synap.preflight.loader.diff.DiffProblem;
import dev.synap.preflight.loader.diff.DiffResult;
import dev.synap.preflight.reports.markdown.MarkdownReportWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code diff-report.json} (exact counts, capped examples) and {@code diff-report.md}. */
public final class DiffReportWriter {
  static final String SCHEMA_VERSION = "1.0";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DiffReportWriter() {}

  /** Writes both reports into {@code dir}; returns their paths. */
  public static List<Path> write(DiffResult r, String tool, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path json = dir.resolve("diff-report.json");
    Path md = dir.resolve("diff-report.md");
    Files.write(
        json, (JSON.writeValueAsString(json(r, tool)) + "\n").getBytes(StandardCharsets.UTF_8));
    Files.writeString(md, markdown(r), StandardCharsets.UTF_8);
    return List.of(json, md);
  }

  static ObjectNode json(DiffResult r, String tool) {
    ObjectNode o = JSON.createObjectNode();
    o.put("schemaVersion", SCHEMA_VERSION);
    o.put("tool", tool);
    o.put("journal", r.journal());
    o.put("profile", r.profile());
    r.inputs().forEach(o.putArray("inputs")::add);
    o.put("documents", r.documents());
    ObjectNode counts = o.putObject("counts");
    for (DiffKind k : DiffKind.values()) {
      counts.put(k.id(), r.count(k));
    }
    ObjectNode parts = o.putObject("changedParts");
    r.changedParts().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> parts.put(e.getKey(), e.getValue()));
    o.put("maxExamples", r.maxExamples());
    ObjectNode examples = o.putObject("examples");
    for (DiffKind k : List.of(DiffKind.ADDED, DiffKind.CHANGED, DiffKind.REMOVED)) {
      ArrayNode a = examples.putArray(k.id());
      for (DiffEntry e : r.examples().get(k)) {
        ObjectNode x = a.addObject().put("documentId", e.documentId());
        if (e.file() != null) {
          x.put("file", e.file()).put("line", e.line()).put("byteOffset", e.byteOffset());
        }
        if (!e.parts().isEmpty()) {
          e.parts().forEach(x.putArray("parts")::add);
        }
      }
    }
    o.put("problemCount", r.problemCount());
    ArrayNode problems = o.putArray("problems");
    for (DiffProblem p : r.problems()) {
      problems
          .addObject()
          .put("file", p.file())
          .put("line", p.line())
          .put("byteOffset", p.byteOffset())
          .put("severity", p.severity())
          .put("kind", p.kind())
          .put("message", p.message())
          .put("documentId", p.documentId());
    }
    return o;
  }

  static String markdown(DiffResult r) {
    StringBuilder md = new StringBuilder("# Catch-up diff\n\n");
    md.append("Journal ")
        .append(MarkdownReportWriter.cell(r.journal()))
        .append(" · profile ")
        .append(MarkdownReportWriter.cell(r.profile()))
        .append(" · ")
        .append(r.documents())
        .append(" documents read from ")
        .append(r.inputs().size())
        .append(" file(s)\n\n| kind | documents |\n|---|---:|\n");
    for (DiffKind k : DiffKind.values()) {
      md.append("| ").append(k.id()).append(" | ").append(r.count(k)).append(" |\n");
    }
    if (!r.changedParts().isEmpty()) {
      md.append("\n| changed part | documents |\n|---|---:|\n");
      r.changedParts().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .forEach(
              e ->
                  md.append("| ")
                      .append(e.getKey())
                      .append(" | ")
                      .append(e.getValue())
                      .append(" |\n"));
    }
    for (DiffKind k : List.of(DiffKind.ADDED, DiffKind.CHANGED, DiffKind.REMOVED)) {
      List<DiffEntry> list = r.examples().get(k);
      if (list.isEmpty()) {
        continue;
      }
      md.append("\n## ")
          .append(k.id())
          .append(" (first ")
          .append(list.size())
          .append(" of ")
          .append(r.count(k))
          .append(")\n\n| document | where | parts |\n|---|---|---|\n");
      for (DiffEntry e : list) {
        md.append("| ")
            .append(MarkdownReportWriter.cell(e.documentId()))
            .append(" | ")
            .append(
                e.file() == null
                    ? "journal"
                    : MarkdownReportWriter.cell(e.file() + ":" + e.line() + ":" + e.byteOffset()))
            .append(" | ")
            .append(String.join(", ", e.parts()))
            .append(" |\n");
      }
    }
    if (r.problemCount() > 0) {
      md.append("\n## Records not compared (")
          .append(r.problemCount())
          .append(")\n\n| where | severity | kind | message |\n|---|---|---|---|\n");
      for (DiffProblem p : r.problems()) {
        md.append("| ")
            .append(MarkdownReportWriter.cell(p.file() + ":" + p.line() + ":" + p.byteOffset()))
            .append(" | ")
            .append(p.severity())
            .append(" | ")
            .append(p.kind())
            .append(" | ")
            .append(MarkdownReportWriter.cell(p.message()))
            .append(" |\n");
      }
    }
    return md.toString();
  }
}
