package dev.synap.preflight.validator.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.validator.check.TextFacts;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NormalizeTest {
  @Test
  void collapsesEveryKindOfWhitespaceAndTrims() {
    assertThat(ContentKeys.normalize("  a \t\n b\u00a0\u3000c\r\n")).isEqualTo("a b c");
    assertThat(ContentKeys.normalize("\n\n")).isEmpty();
    assertThat(ContentKeys.normalize("Ren\u0065\u0301e")).isEqualTo("Ren\u00e9e");
    assertThat(ContentKeys.normalize("東京 😀  ok")).isEqualTo("東京 😀 ok");
  }

  /** Unicode White_Space (not Java's isWhitespace, which adds U+001C..U+001F). */
  private static final String WHITE_SPACE =
      "[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+";

  @Property
  void sameAsTheObviousDefinition(@ForAll String s) {
    String collapsed = s.replaceAll(WHITE_SPACE, " ").replaceAll("^ | $", "");
    String expected = Normalizer2.getNFCInstance().normalize(collapsed);
    assertThat(ContentKeys.normalize(s)).isEqualTo(expected);
  }

  @Test
  void informationSeparatorsAreNotWhitespace() {
    assertThat(ContentKeys.normalize("\u001c")).isEqualTo("\u001c");
  }

  @Property
  void murmurOfEqualStringsIsEqual(@ForAll String s) {
    assertThat(Murmur3.hash128(s)).isEqualTo(Murmur3.hash128(new String(s.toCharArray())));
  }

  @Property
  void murmurOfACharSequenceIsTheMurmurOfItsChars(@ForAll String s) {
    char[] chars = s.toCharArray();
    assertThat(Murmur3.hash128(new StringBuilder(s)))
        .isEqualTo(Murmur3.hash128(chars, chars.length));
  }

  @Property
  void keysAreTheSameWithOrWithoutTheTextFacts(@ForAll String text) {
    MemoryDocument doc = new MemoryDocument("id-1", text, null, null, null, null, null, null);

    ProcessedRecord.DuplicateKeys withFacts = ContentKeys.of(doc, TextFacts.of(text));

    assertThat(withFacts).isEqualTo(ContentKeys.of(doc));
  }
}
