package dev.synap.preflight.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The facts read from UTF-8 bytes are the facts read from the chars, for every text. */
class Utf8FactsTest {

  /**
   * Code points that hit every branch: controls, DEL, C1, Latin-1 mojibake leads and CP1252
   * continuations, combining marks, CJK, U+FFFD, emoji, long ASCII runs across word boundaries.
   */
  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(
            "a",
            "plain ascii words ",
            "\t",
            "\n",
            "\u0007",
            "\u007f",
            "\u0085",
            "\u009f",
            "\u00a0",
            "é",
            "Ã",
            "©",
            "\u00c2",
            "€",
            "™",
            "\u0301",
            "東",
            "\ufffd",
            "😀",
            "\ud834\udd5e",
            "\u212b")
        .list()
        .ofMaxSize(25)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 5000)
  void sameFactsAsFromTheChars(@ForAll("text") String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8Facts.of(utf8, utf8.length)).as(s).isEqualTo(TextFacts.of(s));
  }

  @Property
  void sameFactsForAnyTextWithoutLoneSurrogates(@ForAll String s) {
    if (TextFacts.of(s).hasLoneSurrogate()) {
      return;
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8Facts.of(utf8, utf8.length)).isEqualTo(TextFacts.of(s));
  }
}
