package dev.synap.preflight.verifier.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.verifier.TestCorpus;
import dev.synap.preflight.verifier.scope.QueryScope;
import dev.synap.preflight.verifier.scope.Visibility;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The index's scope filter returns exactly the documents {@link Visibility} allows, B2C and B2B.
 */
class ScopeFilterTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Instance.class)
  void filterAgreesWithTheScopeModelForEveryScope(Instance instance) throws Exception {
    List<MemoryDocument> docs = new ArrayList<>();
    String[] users = {null, "u1", "u2", "u3"};
    String[] customers = {null, "c1", "c2"};
    int n = 0;
    for (String u : users) {
      for (String c : customers) {
        docs.add(TestCorpus.doc("d" + n++, "shared words memo " + u + " " + c, u, c));
      }
    }
    List<QueryScope> scopes = new ArrayList<>();
    for (String u : List.of("u1", "u2", "u3", "nobody")) {
      scopes.add(QueryScope.user(u, null));
      scopes.add(QueryScope.user(u, "c1"));
      scopes.add(QueryScope.user(u, "c2"));
    }
    scopes.add(QueryScope.customer("c1"));
    scopes.add(QueryScope.customer("c2"));
    scopes.add(QueryScope.client());
    try (BaselineIndex index =
        TestCorpus.of(dir, docs, IndexSettings.defaults(instance), "a".repeat(64))) {
      for (QueryScope scope : scopes) {
        Set<String> found = new HashSet<>();
        index.search(scope, "shared words memo", 50).forEach(h -> found.add(h.documentId()));
        Set<String> expected = new HashSet<>();
        index.forEach(
            d -> {
              if (Visibility.visible(scope, d.scope())) {
                expected.add(d.documentId());
              }
            });
        assertThat(found).as("%s on %s", scope.describe(), instance).isEqualTo(expected);
      }
    }
  }
}
