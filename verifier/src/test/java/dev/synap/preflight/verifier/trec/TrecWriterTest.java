package dev.synap.preflight.verifier.trec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrecWriterTest {
  @Test
  void runLinesHaveSixFieldsAndSixDecimals() throws Exception {
    StringWriter w = new StringWriter();
    TrecWriter.writeRun(
        w,
        List.of(new RunEntry("q1", "d1", 1, 2.5), new RunEntry("q1", "doc 7", 2, 1.0 / 3)),
        "bm25");
    assertThat(w.toString()).isEqualTo("q1 Q0 d1 1 2.500000 bm25\nq1 Q0 doc%207 2 0.333333 bm25\n");
  }

  @Test
  void qrelsListEveryRelevantDocument() throws Exception {
    Map<String, List<String>> rel = new LinkedHashMap<>();
    rel.put("q2", List.of("b", "a"));
    rel.put("q1", List.of("c"));
    StringWriter w = new StringWriter();
    TrecWriter.writeQrels(w, rel);
    assertThat(w.toString()).isEqualTo("q2 0 b 1\nq2 0 a 1\nq1 0 c 1\n");
  }

  @Test
  void idsAreEncodedReversibly() {
    assertThat(TrecIds.encode("plain-id_1")).isEqualTo("plain-id_1");
    assertThat(TrecIds.encode("50% off\tnow")).isEqualTo("50%25%20off%09now");
    assertThat(TrecIds.encode("a\u00a0b")).isEqualTo("a%C2%A0b");
    assertThat(TrecIds.encode("")).isEqualTo("%");
  }

  @Test
  void tagMustBeOneWord() {
    assertThatThrownBy(() -> TrecWriter.writeRun(new StringWriter(), List.of(), "my run"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
