package dev.synap.preflight.verifier.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.verifier.TestCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexReuseTest {
  private static final String SHA = "0123456789abcdef".repeat(4);
  private static final IndexSettings SETTINGS = IndexSettings.defaults(Instance.B2B);

  @TempDir Path root;
  private final AtomicInteger builds = new AtomicInteger();

  private final List<MemoryDocument> docs =
      List.of(
          TestCorpus.doc("a", "apples and pears", "u1", "c1"),
          TestCorpus.doc("b", "pears and plums", null, "c1"),
          TestCorpus.doc("a", "apples, replaced by a later record", "u1", "c1"));

  private BaselineIndex open(IndexSettings settings) {
    return BaselineIndex.openOrBuild(
        root,
        SHA,
        settings,
        sink -> {
          builds.incrementAndGet();
          docs.forEach(sink);
        });
  }

  @Test
  void secondOpenReusesTheCompleteIndex() throws IOException {
    try (BaselineIndex first = open(SETTINGS)) {
      assertThat(first.reused()).isFalse();
      assertThat(first.documentCount()).isEqualTo(2);
      assertThat(first.document("a").orElseThrow().text()).contains("later record");
    }
    try (BaselineIndex second = open(SETTINGS)) {
      assertThat(second.reused()).isTrue();
      assertThat(second.documentCount()).isEqualTo(2);
    }
    assertThat(builds).hasValue(1);
    assertThat(root.resolve(SHA).resolve(SETTINGS.key()).resolve(IndexStore.MARKER)).exists();
  }

  @Test
  void otherSettingsGetTheirOwnIndex() throws IOException {
    open(SETTINGS).close();
    try (BaselineIndex other = open(new IndexSettings("standard", 1.2f, 0.75f, Instance.B2B))) {
      assertThat(other.reused()).isFalse();
      assertThat(other.directory()).isNotEqualTo(root.resolve(SHA).resolve(SETTINGS.key()));
    }
    assertThat(builds).hasValue(2);
  }

  @Test
  void missingMarkerMeansAnInterruptedBuildAndIsRebuilt() throws IOException {
    open(SETTINGS).close();
    Files.delete(root.resolve(SHA).resolve(SETTINGS.key()).resolve(IndexStore.MARKER));
    try (BaselineIndex again = open(SETTINGS)) {
      assertThat(again.reused()).isFalse();
      assertThat(again.documentCount()).isEqualTo(2);
    }
    assertThat(builds).hasValue(2);
  }

  @Test
  void corruptIndexFileIsDetectedAndRebuilt() throws IOException {
    open(SETTINGS).close();
    Path index = root.resolve(SHA).resolve(SETTINGS.key()).resolve("index");
    Path victim;
    try (Stream<Path> files = Files.list(index)) {
      victim =
          files
              .filter(p -> !p.getFileName().toString().startsWith("segments"))
              .filter(p -> !p.getFileName().toString().equals("write.lock"))
              .max((x, y) -> Long.compare(x.toFile().length(), y.toFile().length()))
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(victim);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(victim, bytes);
    try (BaselineIndex again = open(SETTINGS)) {
      assertThat(again.reused()).isFalse();
      assertThat(
              again.search(
                  dev.synap.preflight.verifier.scope.QueryScope.customer("c1"), "plums", 5))
          .extracting(Hit::documentId)
          .containsExactly("b");
    }
  }

  @Test
  void markerOfAnotherExportIsNotTrusted() throws IOException {
    open(SETTINGS).close();
    Path marker = root.resolve(SHA).resolve(SETTINGS.key()).resolve(IndexStore.MARKER);
    String text = Files.readString(marker).replace(SHA, "f".repeat(64));
    Files.writeString(marker, text);
    try (BaselineIndex again = open(SETTINGS)) {
      assertThat(again.reused()).isFalse();
    }
  }
}
