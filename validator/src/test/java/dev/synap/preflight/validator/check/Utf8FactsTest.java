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

  /** Feeds every char of the UTF-8 bytes, as a pass over a document text does. */
  private static TextFacts gathered(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    Utf8Facts facts = new Utf8Facts();
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        facts.ascii(c);
        i++;
      } else {
        int len = Utf8Facts.sequenceLength(c);
        facts.codePoint(Utf8Facts.decode(b, i, len), b, i + len, b.length);
        i += len;
      }
    }
    return facts.facts();
  }

  @Property(tries = 5000)
  void sameFactsAsFromTheChars(@ForAll("text") String s) {
    assertThat(gathered(s)).as(s).isEqualTo(TextFacts.of(s));
  }

  @Property
  void sameFactsForAnyTextWithoutLoneSurrogates(@ForAll String s) {
    if (TextFacts.of(s).hasLoneSurrogate()) {
      return;
    }
    assertThat(gathered(s)).isEqualTo(TextFacts.of(s));
  }
}
