package dev.synap.preflight.reports.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.reports.model.verify.VerifyCoverage;
import dev.synap.preflight.reports.model.verify.VerifyCoverage.UncoveredDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifyCoverageTest {
  @Test
  void countsTheUncoveredDocumentsWhoseOutcomeTheJournalDoesNotKnow() {
    VerifyCoverage c =
        new VerifyCoverage(
            6,
            1,
            1 / 6.0,
            List.of(
                new UncoveredDocument("a", "accepted", 0),
                new UncoveredDocument("b", "failed", 0),
                new UncoveredDocument("c", "in_flight", 0),
                new UncoveredDocument("d", "completed", 0),
                new UncoveredDocument("e", "loaded_by_conflict", 0)),
            List.of());
    assertThat(c.outcomeUnknown()).isEqualTo(3);
  }
}
