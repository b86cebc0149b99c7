package dev.synap.preflight.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {
  /** What a Latin-1/CP1252 decoder makes of {@code s}'s UTF-8 bytes. */
  static String garble(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int u = x & 0xFF;
      b.append(u >= 0x80 && u <= 0x9F ? cp1252(u) : (char) u);
    }
    return b.toString();
  }

  private static char cp1252(int u) {
    for (char c = 0x100; c < 0x2200; c++) {
      if (Mojibake.byteOf(c) == u) {
        return c;
      }
    }
    return (char) u; // 81, 8D, 8F, 90, 9D: undefined in CP1252, Latin-1 keeps the C1 control
  }

  @ParameterizedTest
  @CsvSource({
    "Café, CafÃ©",
    "don’t, donâ€™t",
    "École, Ã‰cole",
    "œuvre, Å“uvre",
    "Łódź, Å\u0081Ã³dÅº",
    "日本, æ—¥æœ¬",
    "😀, ðŸ˜€",
  })
  void repairsKnownExamples(String intended, String seen) {
    assertThat(garble(intended)).isEqualTo(seen);
    assertThat(Mojibake.repair(seen)).isEqualTo(intended);
    assertThat(Mojibake.count(seen))
        .isEqualTo(intended.codePointCount(0, intended.length()) - ascii(intended));
  }

  private static int ascii(String s) {
    return (int) s.chars().filter(c -> c < 0x80).count();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SÃO PAULO",
        "pâte",
        "Ñandú",
        "Ærø",
        "»Fuß«",
        "Straße»",
        "naïve café",
        "À bientôt",
        "ends with Ã",
        "Ã",
        "à€€", // E0 80 80 would be overlong
        "í\u00a0\u00a0", // ED A0 A0 would be a surrogate
        "ô\u0090\u0080\u0080", // F4 90 would be above U+10FFFF
        "Â\u0080", // would decode to a C1 control
      })
  void leavesLegitimateTextAlone(String text) {
    assertThat(Mojibake.find(text, 0)).isNull();
    assertThat(Mojibake.repair(text)).isEqualTo(text);
  }

  @Test
  void findReportsTheSpanAndContinuesFromAnOffset() {
    String s = "CafÃ© crÃ¨me";

    Mojibake.Match first = Mojibake.find(s, 0);
    Mojibake.Match second = Mojibake.find(s, first.end());

    assertThat(first).isEqualTo(new Mojibake.Match(3, 5, "é"));
    assertThat(second).isEqualTo(new Mojibake.Match(8, 10, "è"));
    assertThat(Mojibake.find(s, second.end())).isNull();
    assertThat(Mojibake.count(s)).isEqualTo(2);
  }

  @Test
  void byteOfMapsLatin1AndTheCp1252Specials() {
    assertThat(Mojibake.byteOf('A')).isEqualTo(0x41);
    assertThat(Mojibake.byteOf('\u00e9')).isEqualTo(0xE9);
    assertThat(Mojibake.byteOf('€')).isEqualTo(0x80);
    assertThat(Mojibake.byteOf('’')).isEqualTo(0x92);
    assertThat(Mojibake.byteOf('Ÿ')).isEqualTo(0x9F);
    assertThat(Mojibake.byteOf('\u0089')).isEqualTo(0x89);
    assertThat(Mojibake.byteOf('\u4e00')).isEqualTo(-1);
  }
}
