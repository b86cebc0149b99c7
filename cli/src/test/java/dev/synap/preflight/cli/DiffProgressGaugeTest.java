package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff's bytes read: earlier files whole, the current one up to its latest document. */
class DiffProgressGaugeTest {
  @TempDir Path tmp;

  @Test
  void countsEarlierFilesWholeAndTheCurrentOneUpToItsLatestDocument() throws Exception {
    Path a = Files.writeString(tmp.resolve("a.jsonl"), "x".repeat(1000), StandardCharsets.UTF_8);
    Path b = Files.writeString(tmp.resolve("b.jsonl"), "y".repeat(500), StandardCharsets.UTF_8);
    DiffProgressGauge g = new DiffProgressGauge(List.of(a, b));
    assertThat(g.totalBytes()).isEqualTo(1500);
    assertThat(g.bytesRead()).isZero();

    g.read(3, a.toString(), 400);
    assertThat(g.bytesRead()).isEqualTo(400);
    assertThat(g.records()).isEqualTo(3);

    g.read(7, b.toString(), 120);
    assertThat(g.bytesRead()).isEqualTo(1120);

    g.read(8, b.toString(), 9000); // a decompressed offset: capped at the file's size
    assertThat(g.bytesRead()).isEqualTo(1500);

    g.finished();
    assertThat(g.bytesRead()).isEqualTo(g.totalBytes());
    assertThat(g.records()).isEqualTo(8);
  }
}
