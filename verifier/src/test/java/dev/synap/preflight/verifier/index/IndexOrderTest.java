package dev.synap.preflight.verifier.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.verifier.TestCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents keep the export's order in the index (ties in BM25 and the sampler's groups depend on
 * it); a repeated id replaces the earlier document, which then sits where the later one came.
 */
class IndexOrderTest {
  @TempDir Path dir;

  @Test
  void indexOrderIsExportOrderAndARepeatedIdTakesTheLaterPlace() throws Exception {
    List<MemoryDocument> docs = new ArrayList<>(TestCorpus.generated(3000, new Random(9)));
    docs.add(1500, TestCorpus.doc("d007", "a later record of d007", "u1-1", "c1"));
    List<String> expected = new ArrayList<>();
    for (MemoryDocument d : docs) {
      expected.remove(d.documentId());
      expected.add(d.documentId());
    }
    try (BaselineIndex index =
        TestCorpus.of(dir, docs, IndexSettings.defaults(Instance.B2B), "e".repeat(64))) {
      List<String> order = new ArrayList<>();
      index.forEach(d -> order.add(d.documentId()));
      assertThat(order).hasSize(3000).isEqualTo(expected);
      assertThat(index.document("d007").orElseThrow().text()).isEqualTo("a later record of d007");
    }
  }
}
