package dev.synap.preflight.spark.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every position of a file with every kind of line end finds the next line start. */
class LineStartsTest {
  @TempDir Path dir;

  @Test
  void nextLineStartFromEveryPosition() throws IOException {
    String text = "ab\ncd\r\nef\rgh\r\r\n\n\rij";
    Path file = Files.writeString(dir.resolve("lines.jsonl"), text, StandardCharsets.US_ASCII);
    List<Long> starts = new ArrayList<>();
    FileSystem fs = FileSystem.getLocal(new Configuration());
    try (FSDataInputStream in = fs.open(new org.apache.hadoop.fs.Path(file.toUri()))) {
      for (long pos = 0; pos <= text.length(); pos++) {
        starts.add(LineStarts.at(in, pos, text.length()));
      }
    }
    // lines start at 0 (ab), 3 (cd), 7 (ef), 10 (gh), 13 (after \r), 15 (after \r\n), 16 (after
    // \n), 17 (ij after \r); the end of the file is 19
    assertThat(starts)
        .containsExactly(
            0L, 3L, 3L, 3L, 7L, 7L, 7L, 7L, 10L, 10L, 10L, 13L, 13L, 13L, 15L, 15L, 16L, 17L, 19L,
            19L);
  }
}
