package dev.synap.preflight.loader.testing;

import dev.synap.preflight.loader.plan.SourceDocument;
import dev.synap.preflight.rules.model.MemoryDocument;
import java.util.ArrayList;
import java.util.List;

/** Builds export documents for loader tests. */
public final class Docs {
  private Docs() {}

  /** One document with the given id (null for none). */
  public static SourceDocument doc(long seq, String id) {
    return new SourceDocument(
        seq,
        "export.jsonl:" + (seq + 1),
        new MemoryDocument(
            id,
            "User: I moved to Lisbon in " + (2000 + seq % 20) + ". Assistant: noted, " + id + ".",
            id != null && id.contains("bad") ? "note" : "document",
            null,
            "user-" + (seq % 7),
            null,
            null,
            null));
  }

  /**
   * {@code n} documents {@code d0..}; every 17th id contains {@code bad} and has the document type
   * {@code note}, which Synap refuses (the fake rejects it by id, the stand-in by type), and if
   * {@code withDefects}, document 5 has no id and document 9 repeats document 3's id.
   */
  public static List<SourceDocument> export(int n, boolean withDefects) {
    List<SourceDocument> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = i % 17 == 16 ? "bad" + i : "d" + i;
      if (withDefects && i == 5) {
        id = null;
      } else if (withDefects && i == 9) {
        id = "d3";
      }
      out.add(doc(i, id));
    }
    return out;
  }
}
