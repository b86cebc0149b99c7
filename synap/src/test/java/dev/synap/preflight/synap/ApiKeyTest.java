package dev.synap.preflight.synap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the key comes from, what is refused, and that no message or toString shows it. */
class ApiKeyTest {
  private static final String SECRET = "synap_live_5ecret5ecret";

  @TempDir Path dir;

  @Test
  void fromEnvironmentStripsSurroundingWhitespace() {
    ApiKey key = ApiKey.fromEnvironment(Map.of("SYNAP_API_KEY", "  " + SECRET + "\n"));
    assertThat(key.authorization()).isEqualTo("Bearer " + SECRET);
  }

  @Test
  void aMissingOrBlankVariableIsRefused() {
    assertThatThrownBy(() -> ApiKey.fromEnvironment(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SYNAP_API_KEY is not set");
    assertThatThrownBy(() -> ApiKey.fromEnvironment(Map.of("SYNAP_API_KEY", "  ")))
        .hasMessageContaining("SYNAP_API_KEY is not set");
  }

  @Test
  void fromFileReadsOneLineWithItsNewline() throws IOException {
    Path file = Files.writeString(dir.resolve("key"), SECRET + "\r\n", StandardCharsets.UTF_8);
    assertThat(ApiKey.fromFile(file).authorization()).isEqualTo("Bearer " + SECRET);
  }

  @Test
  void badFilesAreRefusedWithoutQuotingTheirContent() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty"), "\n", StandardCharsets.UTF_8);
    Path twoLines =
        Files.writeString(dir.resolve("two"), SECRET + "\nsecond", StandardCharsets.UTF_8);
    Path big = Files.write(dir.resolve("big"), new byte[5000]);
    Path latin1 = Files.write(dir.resolve("latin1"), new byte[] {'k', (byte) 0xE9, 'y'});
    assertThatThrownBy(() -> ApiKey.fromFile(empty)).hasMessageContaining("is empty");
    assertThatThrownBy(() -> ApiKey.fromFile(twoLines))
        .hasMessageContaining("one key on one line")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> ApiKey.fromFile(big)).hasMessageContaining("larger than 4096 bytes");
    assertThatThrownBy(() -> ApiKey.fromFile(latin1)).hasMessageContaining("not UTF-8");
    assertThatThrownBy(() -> ApiKey.fromFile(dir.resolve("missing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot read the API key file");
  }

  @Test
  void headerBreakingCharactersAreRefused() {
    assertThatThrownBy(() -> ApiKey.of("abc\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("abc");
    assertThatThrownBy(() -> ApiKey.of("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> ApiKey.of("kéy")).hasMessageContaining("position 2");
  }

  @Test
  void toStringAndRedactionNeverShowTheKey() {
    ApiKey key = ApiKey.of(SECRET);
    assertThat(key.toString()).isEqualTo("ApiKey[***]").doesNotContain(SECRET);
    assertThat(key.redact("bad key " + SECRET + "!")).isEqualTo("bad key ***!");
    assertThat(key.redact(null)).isNull();
  }
}
