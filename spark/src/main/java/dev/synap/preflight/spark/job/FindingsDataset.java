package dev.synap.preflight.spark.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.spark.cross.PosFinding;
import dev.synap.preflight.validator.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.spark.api.java.JavaRDD;

/**
 * Every finding of a run (not only the examples the reports keep) as a JSON Lines dataset, for
 * exports with millions of findings: a directory of {@code part-NNNNN} files Spark, jq or any JSON
 * Lines reader reads, one object a finding with the report's finding fields ({@code rule}, {@code
 * severity}, {@code file}, {@code line}, {@code byteOffset}, {@code documentId}, {@code field},
 * {@code message}) and {@code order}: {@code [file index, part, record, finding]}, its place in
 * input order.
 */
public final class FindingsDataset {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FindingsDataset() {}

  /** Writes {@code findings} into the new directory {@code dir} (a path or URI Hadoop reads). */
  public static void write(JavaRDD<PosFinding> findings, String dir) {
    findings.map(FindingsDataset::line).saveAsTextFile(dir);
  }

  static String line(PosFinding p) {
    Finding f = p.finding();
    ObjectNode o = JSON.createObjectNode();
    o.put("rule", f.rule().id());
    o.put("severity", f.severity().id());
    o.put("file", f.file());
    o.put("line", f.line());
    o.put("byteOffset", f.byteOffset());
    o.put("documentId", f.documentId());
    o.put("field", f.field());
    o.put("message", f.message());
    o.putArray("order")
        .add(p.pos().file())
        .add(p.pos().part())
        .add(p.pos().seq())
        .add(p.pos().sub());
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
