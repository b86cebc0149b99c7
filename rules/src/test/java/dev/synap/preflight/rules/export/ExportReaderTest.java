package dev.synap.preflight.rules.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.source.Identities;
import dev.synap.preflight.rules.source.SourceEvent;
import dev.synap.preflight.rules.source.SourceReader;
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
  void theSplitPassYieldsWhatTheCursorYieldsWhateverTheThreads() throws Exception {
    // Every bundled fixture (profile auto) and a file of broken, oversized and invalid UTF-8 lines:
    // the pieces mapped out of order on four threads, then put back in order, must give exactly
    // the cursor's documents and events.
    List<Path> files = new ArrayList<>();
    try (var walk = Files.walk(Path.of("src/test/resources/fixtures"))) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().matches("LICENSE|README.md"))
          .sorted()
          .forEach(files::add);
    }
    Path bad = dir.resolve("bad.jsonl");
    Files.write(
        bad,
        ("{\"id\":\"d1\",\"content\":\"one\"}\n{broken\n{\"id\":\"d2\",\"content\":\"t\u00e9\"}\n"
                + "{\"id\":\"d3\",\"content\":\"x\"}")
            .getBytes(StandardCharsets.UTF_8));
    byte[] invalid = Files.readAllBytes(bad);
    invalid[invalid.length - 3] = (byte) 0xff;
    Files.write(dir.resolve("invalid.jsonl"), invalid);
    files.add(bad);
    files.add(dir.resolve("invalid.jsonl"));
    files.add(
        write(
            "array.json",
            "[{\"id\":\"a1\",\"content\":\"one\"},\n {\"id\":\"a2\",\"content\":\"two\"},"
                + " {\"id\":\"a3\"}, {\"id\":\"a4\",\"content\":\"four\"}]\n"));
    for (Path f : files) {
      ExportReader reader =
          new ExportReader(List.of(f, bad), null, Limits.DEFAULTS, Identities.NONE);
      List<String> sequential = new ArrayList<>();
      try (ExportReader.Cursor c = reader.open(e -> sequential.add(describe(e)))) {
        c.forEachRemaining(
            d -> sequential.add(describe(d.file(), d.line(), d.byteOffset(), d.document())));
      }
      List<ExportReader.Piece> pieces = new ArrayList<>();
      try (ExportReader.RecordPass pass = reader.openRecords()) {
        for (ExportReader.Piece p = pass.next(); p != null; p = pass.next()) {
          pieces.add(p);
        }
      }
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(4);
      List<java.util.concurrent.Future<List<SourceEvent>>> mapped = new ArrayList<>();
      try {
        for (int i = pieces.size() - 1; i >= 0; i--) {
          ExportReader.Piece p = pieces.get(i);
          mapped.add(0, pool.submit(p::events));
        }
        List<String> split = new ArrayList<>();
        for (var events : mapped) {
          for (SourceEvent e : events.get()) {
            split.add(
                e instanceof SourceEvent.Document d
                    ? describe(d.file(), d.line(), d.byteOffset(), reader.mapped(d).document())
                    : describe(e));
          }
        }
        assertThat(split).as("%s", f).isEqualTo(sequential).isNotEmpty();
        assertThat(splitEvents(f, pool)).as("%s, every field", f).isEqualTo(events(f));
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** The file's events, everything they carry (JSON pointers, source fields), read in one go. */
  private static List<String> events(Path f) throws IOException {
    List<String> out = new ArrayList<>();
    try (SourceReader r = SourceReader.open(f, 0, f.toString(), null, Limits.DEFAULTS)) {
      for (SourceEvent e = r.next(); e != null; e = r.next()) {
        out.add(e.toString());
      }
    }
    return out;
  }

  /** The same, cut in order and mapped out of order on {@code pool}. */
  private static List<String> splitEvents(Path f, java.util.concurrent.ExecutorService pool)
      throws Exception {
    List<java.util.concurrent.Future<List<SourceEvent>>> mapped = new ArrayList<>();
    try (SourceReader r = SourceReader.open(f, 0, f.toString(), null, Limits.DEFAULTS)) {
      List<SourceReader.Cut> cuts = new ArrayList<>();
      for (SourceReader.Cut c = r.nextCut(); c != null; c = r.nextCut()) {
        cuts.add(c);
      }
      for (int i = cuts.size() - 1; i >= 0; i--) {
        SourceReader.Cut c = cuts.get(i);
        mapped.add(0, pool.submit(() -> r.events(c)));
      }
      List<String> out = new ArrayList<>();
      for (var events : mapped) {
        for (SourceEvent e : events.get()) {
          out.add(e.toString());
        }
      }
      return out;
    }
  }

  private static String describe(String file, long line, long offset, Object document) {
    return "document " + file + ":" + line + "@" + offset + " " + document;
  }

  private static String describe(SourceEvent e) {
    return "event " + e;
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
