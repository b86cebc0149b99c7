package dev.synap.preflight.rules.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.source.Identities;
import dev.synap.preflight.rules.source.SourceEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReaderTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void yieldsEveryDocumentWithItsPositionAndTellsTheRestToTheListener() throws IOException {
    Path a =
        write(
            "a.jsonl",
            "{\"id\":\"d1\",\"content\":\"one\"}\n"
                + "{broken\n"
                + "{\"id\":\" \",\"content\":\"blank id\"}\n");
    Path b = write("b.jsonl", "{\"id\":\"d2\",\"content\":\"two\"}\n");
    ExportReader reader =
        new ExportReader(
            List.of(a, b), Profiles.resolve("generic"), Limits.DEFAULTS, Identities.NONE);
    List<ExportDocument> docs = new ArrayList<>();
    List<SourceEvent> others = new ArrayList<>();
    try (ExportReader.Cursor c = reader.open(others::add)) {
      c.forEachRemaining(docs::add);
    }
    assertThat(docs).extracting(ExportDocument::seq).containsExactly(0L, 1L, 2L);
    assertThat(docs)
        .extracting(ExportDocument::origin)
        .containsExactly(a + ":1", a + ":3", b + ":1");
    assertThat(docs.get(1).byteOffset())
        .isEqualTo("{\"id\":\"d1\",\"content\":\"one\"}\n{broken\n".length());
    assertThat(docs).extracting(ExportDocument::hasId).containsExactly(true, false, true);
    assertThat(docs.get(2).document().document()).isEqualTo("two");
    assertThat(others).hasSize(1);
    assertThat(others.get(0)).isInstanceOf(SourceEvent.Problem.class);
    assertThat(others.get(0).line()).isEqualTo(2);
  }

  @Test
  void appliesDefaultIdentitiesAndGivesTheSameDocumentsOnEveryPass() throws IOException {
    Path a = write("a.jsonl", "{\"id\":\"d1\",\"content\":\"one\"}\n");
    ExportReader reader =
        new ExportReader(List.of(a), null, Limits.DEFAULTS, new Identities(null, "u1", "c1"));
    for (int pass = 0; pass < 2; pass++) {
      try (ExportReader.Cursor c = reader.open()) {
        ExportDocument d = c.next();
        assertThat(d.document().userId()).isEqualTo("u1");
        assertThat(d.document().customerId()).isEqualTo("c1");
        assertThat(c.hasNext()).isFalse();
      }
    }
  }

  @Test
  void fingerprintIsTheSha256OfEachFileAndOneCombinedHash() throws Exception {
    Path a = write("a.jsonl", "alpha\n");
    Path b = write("b.jsonl", "beta\n");
    ExportFingerprint one =
        new ExportReader(List.of(a), null, Limits.DEFAULTS, Identities.NONE).fingerprint();
    assertThat(one.files()).containsExactly(new FileDigest(a.toString(), 6, sha("alpha\n")));
    assertThat(one.combined()).isEqualTo(sha("alpha\n"));
    ExportReader both = new ExportReader(List.of(a, b), null, Limits.DEFAULTS, Identities.NONE);
    ExportFingerprint two = both.fingerprint();
    assertThat(two.combined()).isEqualTo(sha(sha("alpha\n") + "\n" + sha("beta\n")));
    Files.writeString(b, "changed\n", StandardCharsets.UTF_8);
    assertThat(both.fingerprint()).as("computed once per reader").isSameAs(two);
    assertThat(ExportFingerprint.of(List.of(a, b)).combined()).isNotEqualTo(two.combined());
  }

  private static String sha(String text) throws NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
