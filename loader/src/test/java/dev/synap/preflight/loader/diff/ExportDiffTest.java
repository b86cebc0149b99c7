package dev.synap.preflight.loader.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.DocumentFingerprint;
import dev.synap.preflight.loader.journal.ExportFile;
import dev.synap.preflight.loader.journal.ItemResult;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.export.ExportDocument;
import dev.synap.preflight.rules.export.ExportReader;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.source.Identities;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff's outcome, examples and problems included, does not depend on its thread count. */
class ExportDiffTest {
  @TempDir Path tmp;

  @Test
  void anyNumberOfThreadsGivesTheSameDiff() throws Exception {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      String rec = "{\"id\":\"d" + i + "\",\"content\":\"text " + i + " ✓\",\"user_id\":\"u1\"}\n";
      a.append(rec);
      if (i % 97 == 0) {
        b.append("{broken\n");
      }
      if (i % 50 == 0) {
        b.append(rec.replace("text", "edited"));
      } else if (i % 70 != 0) {
        b.append(rec);
      }
      if (i % 300 == 0) {
        b.append("{\"id\":\"new").append(i).append("\",\"content\":\"x\"}\n");
        b.append("{\"id\":\"d").append(i).append("\",\"content\":\"again\"}\n");
      }
    }
    Path oldExport = Files.writeString(tmp.resolve("a.jsonl"), a, StandardCharsets.UTF_8);
    Path newExport = Files.writeString(tmp.resolve("b.jsonl"), b, StandardCharsets.UTF_8);
    Path journal = journalOf(oldExport);
    List<DiffResult> results = new ArrayList<>();
    for (int threads : new int[] {1, 2, 7}) {
      results.add(
          new ExportDiff(journal, null, Limits.DEFAULTS, Identities.NONE, 1000)
              .threads(threads)
              .run(List.of(newExport)));
    }
    DiffResult one = results.get(0);
    assertThat(one.count(DiffKind.CHANGED)).isEqualTo(60);
    assertThat(one.count(DiffKind.ADDED)).isEqualTo(10);
    assertThat(one.count(DiffKind.REMOVED)).isEqualTo(3000 / 70 + 1 - 9); // the 350 multiples stay
    assertThat(one.problemCount()).isEqualTo(31 + 10);
    assertThat(results.get(1)).isEqualTo(one);
    assertThat(results.get(2)).isEqualTo(one);
  }

  /** A load journal that took every document of {@code export} (generic profile). */
  private Path journalOf(Path export) throws Exception {
    Path dir = tmp.resolve("journal");
    JournalRecord.Header header =
        new JournalRecord.Header(
            JournalRecord.Header.LOAD_FORMAT,
            "test",
            "2026-12-04T00:00:00Z",
            "generic",
            List.of(new ExportFile(export.toString(), Files.size(export), "00".repeat(32))),
            Map.of(),
            null);
    ExportReader reader =
        new ExportReader(
            List.of(export), Profiles.resolve("generic"), Limits.DEFAULTS, Identities.NONE);
    try (Journal j = Journal.openForExport(dir, header, AppendHook.NONE);
        ExportReader.Cursor c = reader.open()) {
      long batch = 0;
      while (c.hasNext()) {
        ExportDocument d = c.next();
        String id = d.document().documentId();
        j.append(
            new JournalRecord.BatchSent(
                ++batch, List.of(id), List.of(DocumentFingerprint.of(d.document()))));
        j.append(
            new JournalRecord.BatchResult(
                batch,
                List.of(new ItemResult(id, ItemResult.Outcome.ACCEPTED, "i" + batch, null))));
      }
    }
    return dir;
  }
}
