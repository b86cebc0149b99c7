package dev.synap.preflight.rules.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8ScannerTest {

  private static byte[] hex(String hex) {
    String[] parts = hex.trim().split("\\s+");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }

  @Test
  void validOneToFourByteSequencesAreUntouched() {
    String text =
        "plain ASCII, long enough for the 8-byte path: é ß € 日本 😀 \u0000 \u007f \u0080 \uffff \udbff\udfff";
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    byte[] copy = b.clone();
    Utf8Scan scan = Utf8Scanner.scanAndRepair(b, b.length);
    assertThat(scan.invalidBytes()).isZero();
    assertThat(scan.firstOffsets()).isEmpty();
    assertThat(b).isEqualTo(copy);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "stray continuation, 41 80 42, 41 3F 42, 1",
    "C0 overlong lead, C0 AF, 3F 3F, 0 1",
    "C1 overlong lead, C1 BF, 3F 3F, 0 1",
    "E0 overlong, E0 80 AF, 3F 3F 3F, 0 1 2",
    "F0 overlong, F0 80 80 AF, 3F 3F 3F 3F, 0 1 2 3",
    "surrogate ED A0 80, 61 ED A0 80, 61 3F 3F 3F, 1 2 3",
    "surrogate ED BF BF, ED BF BF, 3F 3F 3F, 0 1 2",
    "above U+10FFFF, F4 90 80 80, 3F 3F 3F 3F, 0 1 2 3",
    "F5 lead, F5 80 80 80, 3F 3F 3F 3F, 0 1 2 3",
    "FF byte, 41 FF, 41 3F, 1",
    "truncated 2-byte at end, 41 C3, 41 3F, 1",
    "truncated 3-byte before ASCII, E2 82 41, 3F 3F 41, 0 1",
    "truncated 4-byte at end, F0 9F 98, 3F 3F 3F, 0 1 2",
    "good after bad, C3 28 C3 A9, 3F 28 C3 A9, 0",
  })
  void invalidBytesAreRepairedOneForOne(
      String name, String input, String repaired, String offsets) {
    byte[] b = hex(input);
    Utf8Scan scan = Utf8Scanner.scanAndRepair(b, b.length);
    assertThat(b).as(name).isEqualTo(hex(repaired));
    int[] expected =
        java.util.Arrays.stream(offsets.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    assertThat(scan.firstOffsets()).isEqualTo(expected);
    assertThat(scan.invalidBytes()).isEqualTo(expected.length);
  }

  @Test
  void onlyTheFirstSixteenOffsetsAreKeptButAllAreCounted() {
    byte[] b = new byte[100];
    for (int i = 0; i < b.length; i++) {
      b[i] = (i % 2 == 0) ? (byte) 'a' : (byte) 0xFF;
    }
    Utf8Scan scan = Utf8Scanner.scanAndRepair(b, b.length);
    assertThat(scan.invalidBytes()).isEqualTo(50);
    assertThat(scan.firstOffsets()).hasSize(16).startsWith(1, 3, 5).endsWith(31);
    assertThat(new String(b, StandardCharsets.US_ASCII)).isEqualTo("a?".repeat(50));
  }

  @Test
  void onlyTheGivenLengthIsScanned() {
    byte[] b = {'a', 'b', (byte) 0xFF};
    assertThat(Utf8Scanner.scanAndRepair(b, 2).invalidBytes()).isZero();
    assertThat(b[2]).isEqualTo((byte) 0xFF);
  }

  @Test
  void invalidByteAfterALongAsciiRunIsFound() {
    byte[] b = ("x".repeat(37) + "\u0000").getBytes(StandardCharsets.US_ASCII);
    b[37] = (byte) 0x80;
    Utf8Scan scan = Utf8Scanner.scanAndRepair(b, b.length);
    assertThat(scan.firstOffsets()).containsExactly(37);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\": \"a-1\", \"content\": \"two lines\\nand a tab\\t, \\\"quoted\\\" / ok\"} | true",
        "{\"content\": \"a backslash \\\\u0007 is not an escape\"} | true",
        "{\"content\": \"caf\u00e9\"} | false",
        "{\"content\": \"an escape \\u0041\"} | false",
        "{\"content\": \"backspace \\b\"} | false",
        "{\"content\": \"form feed \\f\"} | false",
        "{\"content\": \"DEL \u007f\"} | false",
        "{\"content\": \"ends in a backslash \\| false",
      })
  void plainAsciiOnlyWhenEveryStringDecodesToPrintableAsciiTabLfCr(String json, boolean plain) {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);

    assertThat(Utf8Scanner.plainAscii(b, b.length)).isEqualTo(plain);
  }

  @Test
  void plainAsciiSeesARawControlByteAtEveryPositionOfAWord() {
    for (int at = 0; at < 24; at++) {
      byte[] b = "abcdefghijklmnopqrstuvwx".getBytes(StandardCharsets.US_ASCII);
      assertThat(Utf8Scanner.plainAscii(b, b.length)).isTrue();
      b[at] = 0x1F;
      assertThat(Utf8Scanner.plainAscii(b, b.length)).as("control byte at %d", at).isFalse();
      b[at] = (byte) 0xC3;
      assertThat(Utf8Scanner.plainAscii(b, b.length)).as("high byte at %d", at).isFalse();
    }
  }
}
