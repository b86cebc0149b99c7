package dev.synap.preflight.verifier;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.verifier.export.ExportDocuments;
import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.IndexSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/** Test fixtures: the tiny corpus on disk and baselines built from it. */
public final class TestCorpus {
  private TestCorpus() {}

  /** Copies a test resource into {@code dir} and returns its path. */
  public static Path copy(String resource, Path dir) {
    Path target = dir.resolve(Path.of(resource).getFileName().toString());
    try (InputStream in =
        Objects.requireNonNull(TestCorpus.class.getResourceAsStream(resource), resource)) {
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tiny corpus's baseline (B2B, default settings) under {@code dir}. */
  public static BaselineIndex tiny(Path dir) throws IOException {
    return tiny(dir, IndexSettings.defaults(Instance.B2B));
  }

  public static BaselineIndex tiny(Path dir, IndexSettings settings) throws IOException {
    Path file = copy("/corpus/tiny.jsonl", dir);
    ExportDocuments export = new ExportDocuments(List.of(file), null, Limits.DEFAULTS);
    return BaselineIndex.openOrBuild(
        dir.resolve("cache"), export.fingerprint(), settings, sink -> export.read(sink));
  }

  /** A baseline of in-memory documents; {@code sha} is any 64-hex key. */
  public static BaselineIndex of(
      Path dir, List<MemoryDocument> docs, IndexSettings settings, String sha) {
    return BaselineIndex.openOrBuild(dir, sha, settings, sink -> docs.forEach(sink));
  }

  public static MemoryDocument doc(String id, String text, String user, String customer) {
    return new MemoryDocument(id, text, null, null, user, customer, null, null);
  }

  /** Documents of random pseudo-words; ids d000..; 70% user, 20% customer, 10% client. */
  public static List<MemoryDocument> generated(int n, Random random) {
    String[] syllables = {
      "ka", "lo", "mi", "ne", "su", "ta", "vo", "ri", "pe", "zu", "ga", "ho", "ji", "be", "du",
      "fa", "wi", "xo", "ye", "qu"
    };
    List<MemoryDocument> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 15; w++) {
        for (int s = 0; s < 3; s++) {
          text.append(syllables[random.nextInt(syllables.length)]);
        }
        text.append(w == 14 ? "." : " ");
      }
      int customer = random.nextInt(30);
      double kind = random.nextDouble();
      String user = kind < 0.7 ? "u" + customer + "-" + random.nextInt(4) : null;
      String cust = kind < 0.9 ? "c" + customer : null;
      out.add(doc(String.format(java.util.Locale.ROOT, "d%03d", i), text.toString(), user, cust));
    }
    return out;
  }
}
