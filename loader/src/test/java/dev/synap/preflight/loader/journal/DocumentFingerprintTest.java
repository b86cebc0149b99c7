package dev.synap.preflight.loader.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synap.preflight.rules.model.MemoryDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content fingerprint journaled with every send (format 2). */
class DocumentFingerprintTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static MemoryDocument doc(String text, String metadata) throws Exception {
    return new MemoryDocument(
        "d1", text, "document", "2024-05-01", "u1", "c1", null, JSON.readTree(metadata));
  }

  @Test
  void fingerprintsAreStableAcrossVersions() throws Exception {
    // Journals keep these: a change of the bytes would make every document of an earlier load
    // look changed to diff and to a catch-up.
    assertThat(DocumentFingerprint.of(doc("Zoë mag Tee 🍵.", "{\"b\":[1,\"é\"],\"a\":null}")))
        .isEqualTo("f5a5b361b626868e.6531511160a2d5b1092aae8196b3e9455092c2d9");
    assertThat(
            DocumentFingerprint.of(
                new MemoryDocument("d2", "x", null, null, null, null, "fast", null)))
        .isEqualTo("b235f15ae5c522ac.a0db188834f3806a527d5351f16177d2527d5351");
  }

  @Test
  void sameContentSameFingerprintWhateverTheMemberOrder() throws Exception {
    String a =
        DocumentFingerprint.of(
            doc("Alice likes tea.", "{\"a\":1,\"b\":{\"y\":[1,2],\"x\":\"é\"}}"));
    String b =
        DocumentFingerprint.of(
            doc("Alice likes tea.", "{\"b\":{\"x\":\"é\",\"y\":[1,2]},\"a\":1}"));
    assertThat(a).isEqualTo(b).hasSize(57).matches("[0-9a-f]{16}\\.[0-9a-f]{40}");
    assertThat(DocumentFingerprint.of(doc("Alice likes coffee.", "{\"a\":1}")))
        .isNotEqualTo(DocumentFingerprint.of(doc("Alice likes tea.", "{\"a\":1}")));
    assertThat(DocumentFingerprint.of(doc("Alice likes tea.", "{\"a\":[2,1]}")))
        .as("array order counts")
        .isNotEqualTo(DocumentFingerprint.of(doc("Alice likes tea.", "{\"a\":[1,2]}")));
    MemoryDocument noUser =
        new MemoryDocument(
            "d1", "Alice likes tea.", "document", "2024-05-01", null, "u1c1", null, null);
    MemoryDocument split =
        new MemoryDocument(
            "d1", "Alice likes tea.", "document", "2024-05-01", "u1", "c1", null, null);
    assertThat(DocumentFingerprint.of(noUser))
        .as("fields are length-prefixed, so moving text between them changes the fingerprint")
        .isNotEqualTo(DocumentFingerprint.of(split));
  }

  @Test
  void thePartsSayWhatChangedAndAFingerprintWithoutPartsStillTellsAChange() throws Exception {
    MemoryDocument base = doc("Alice likes tea.", "{\"a\":1}");
    String before = DocumentFingerprint.of(base);
    MemoryDocument all =
        new MemoryDocument(
            "d1", "Alice likes coffee.", "email", "2024-05-02", "u2", "c1", null, null);
    assertThat(DocumentFingerprint.changed(before, DocumentFingerprint.of(all)))
        .containsExactly(DocumentFingerprint.Part.values());
    MemoryDocument mode =
        new MemoryDocument(
            "d1",
            "Alice likes tea.",
            "document",
            "2024-05-01",
            "u1",
            "c1",
            "fast",
            JSON.readTree("{\"a\":1}"));
    assertThat(DocumentFingerprint.changed(before, DocumentFingerprint.of(mode)))
        .containsExactly(DocumentFingerprint.Part.TYPE);
    assertThat(DocumentFingerprint.same(before, DocumentFingerprint.of(mode))).isFalse();
    assertThat(DocumentFingerprint.same(before, DocumentFingerprint.of(base))).isTrue();
    String old = before.substring(0, 16);
    assertThat(DocumentFingerprint.same(old, before)).as("a part-less one of the same").isTrue();
    assertThat(DocumentFingerprint.same(old, DocumentFingerprint.of(mode))).isFalse();
    assertThat(DocumentFingerprint.changed(old, DocumentFingerprint.of(mode))).isEmpty();
  }

  @Test
  void aSendJournalsTheFingerprintsAndTheStateKeepsThem() throws Exception {
    Path dir = tmp.resolve("j");
    String fp = DocumentFingerprint.of(doc("Alice likes tea.", "{}"));
    try (Journal j = Journal.open(dir)) {
      j.append(new JournalRecord.BatchSent(1, List.of("d1", "d2"), List.of(fp, "00")));
      j.append(new JournalRecord.BatchSent(2, List.of("d3")));
    }
    LoadState s = Journal.readOnly(dir);
    assertThat(s.fingerprint("d1")).isEqualTo(fp);
    assertThat(s.fingerprint("d2")).isEqualTo("00");
    assertThat(s.fingerprint("d3")).as("a format-1 record has none").isNull();
  }

  @Test
  void metadataIsWrittenAsJacksonWritesEachValue() throws Exception {
    // The canonical form writes strings, numbers and literals itself: it must be Jackson's text.
    String tricky = "q\" b\\ \n\t\r\b\f \u0001\u001f \u007f é \u2028 🍵 </script>";
    com.fasterxml.jackson.databind.node.ObjectNode node = JSON.createObjectNode();
    node.put(tricky, tricky);
    node.put("int", -7);
    node.put("long", 1L << 40);
    node.put("double", 1.5e-9);
    node.put("big", new java.math.BigDecimal("1.2300"));
    node.put("t", true);
    node.putNull("n");
    node.putArray("a").add("x").add(2).addObject().put("z", "\u0002");
    StringBuilder expected = new StringBuilder("{");
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    names.sort(null);
    for (String name : names) {
      expected.append(expected.length() > 1 ? "," : "");
      expected.append(com.fasterxml.jackson.databind.node.TextNode.valueOf(name).toString());
      expected.append(':');
      expected.append(
          name.equals("a") ? "[\"x\",2,{\"z\":\"\\u0002\"}]" : node.get(name).toString());
    }
    expected.append('}');
    assertThat(DocumentFingerprint.canonical(node)).isEqualTo(expected.toString());
  }
}
