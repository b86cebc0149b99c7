package dev.synap.preflight.verifier.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.verifier.TestCorpus;
import dev.synap.preflight.verifier.scope.QueryScope;
import dev.synap.preflight.verifier.trec.RunEntry;
import dev.synap.preflight.verifier.trec.TrecWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anserini-style golden test: the tiny corpus, fixed queries in every scope, exact run lines
 * (scores to 6 decimals) in {@code golden/tiny-baseline.run}.
 */
class BaselineGoldenTest {
  @TempDir Path dir;

  static Map<String, QueryScope> topics() {
    Map<String, QueryScope> t = new LinkedHashMap<>();
    t.put("user-u1", QueryScope.user("u1", "acme"));
    t.put("user-u3", QueryScope.user("u3", "globex"));
    t.put("customer-acme", QueryScope.customer("acme"));
    t.put("customer-globex", QueryScope.customer("globex"));
    t.put("client", QueryScope.client());
    return t;
  }

  @Test
  void runLinesMatchTheGoldenFile() throws IOException {
    List<RunEntry> entries = new ArrayList<>();
    try (BaselineIndex index = TestCorpus.tiny(dir)) {
      for (String text : List.of("refund policy", "flights")) {
        for (Map.Entry<String, QueryScope> t : topics().entrySet()) {
          String qid = t.getKey() + "/" + text.replace(' ', '-');
          for (Hit h : index.search(t.getValue(), text, 10)) {
            entries.add(new RunEntry(qid, h.documentId(), h.rank(), h.score()));
          }
        }
      }
      for (Hit h : index.searchAll("refund policy", 10)) {
        entries.add(new RunEntry("all/refund-policy", h.documentId(), h.rank(), h.score()));
      }
    }
    StringWriter out = new StringWriter();
    TrecWriter.writeRun(out, entries, "bm25");
    assertThat(out.toString()).isEqualTo(golden("/golden/tiny-baseline.run"));
  }

  private static String golden(String resource) throws IOException {
    try (InputStream in = BaselineGoldenTest.class.getResourceAsStream(resource)) {
      return in == null
          ? "(missing " + resource + ")"
          : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
