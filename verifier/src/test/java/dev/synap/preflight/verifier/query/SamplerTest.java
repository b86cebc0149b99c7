package dev.synap.preflight.verifier.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.verifier.TestCorpus;
import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.Hit;
import dev.synap.preflight.verifier.scope.QueryScope;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplerTest {
  @TempDir Path dir;

  @Test
  void sameSeedSameQueriesOtherSeedOtherOrder() throws Exception {
    try (BaselineIndex index = TestCorpus.tiny(dir)) {
      Sampler sampler = new Sampler(index, 3);
      List<VerifyQuery> a = sampler.sample(7, 1L);
      assertThat(sampler.sample(7, 1L)).isEqualTo(a);
      List<VerifyQuery> b = sampler.sample(7, 2L);
      assertThat(b).isNotEqualTo(a);
      assertThat(b.stream().map(q -> q.expectedDocumentIds().get(0)))
          .containsExactlyInAnyOrderElementsOf(
              a.stream().map(q -> q.expectedDocumentIds().get(0)).toList());
    }
  }

  @Test
  void firstRoundTakesOneDocumentPerOwner() throws Exception {
    try (BaselineIndex index = TestCorpus.tiny(dir)) {
      // owners: user u1 (d1, d7), user u2, user u3, customer acme, customer globex, client
      List<VerifyQuery> qs = new Sampler(index, 3).sample(6, 42L);
      Set<QueryScope> scopes = new HashSet<>();
      qs.forEach(q -> scopes.add(q.scope()));
      assertThat(scopes).hasSize(6);
      assertThat(qs).allMatch(VerifyQuery::sampled).allMatch(VerifyQuery::knownItem);
      assertThat(qs.get(0).id()).isEqualTo("s0001");
    }
  }

  @Test
  void queriesUseDistinctiveSurfaceWordsAndFindTheirDocument() throws Exception {
    try (BaselineIndex index = TestCorpus.tiny(dir)) {
      List<VerifyQuery> qs = new Sampler(index, 3).sample(100, 7L);
      assertThat(qs).hasSize(7);
      for (VerifyQuery q : qs) {
        List<Hit> hits = index.search(q.scope(), q.text(), 1);
        assertThat(hits)
            .extracting(Hit::documentId)
            .containsExactlyElementsOf(q.expectedDocumentIds());
      }
      VerifyQuery d4 =
          qs.stream()
              .filter(q -> q.expectedDocumentIds().equals(List.of("d4")))
              .findFirst()
              .orElseThrow();
      // "refund" occurs twice in d4 but also in 4 other documents; "1234" once and only there
      assertThat(d4.text().split(" ")).contains("1234").doesNotContain("refund");
    }
  }
}
