package dev.synap.preflight.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.text.Normalizer2;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one-pass facts must never clear a string a check would have reported. */
class TextFactsTest {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /**
   * Strings rich in what the facts look for: surrogates, Latin-1 leads, CP1252, combining marks.
   */
  @Provide
  Arbitrary<String> tricky() {
    return Arbitraries.strings()
        .withChars("aé Ã©â€™\u0080\u009f\u00c2\u00a9\u0301\u0300\ud83d\ude00\ufffd\u0007\t\n")
        .ofMaxLength(12);
  }

  @Property
  void aLoneSurrogateIsSeenExactly(@ForAll("tricky") String s) {
    boolean lone = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        lone = true;
      }
    }
    assertThat(TextFacts.of(s).hasLoneSurrogate()).isEqualTo(lone);
  }

  @Property
  void noMojibakePairMeansNoMojibake(@ForAll("tricky") String s) {
    if (!TextFacts.of(s).hasMojibakePair()) {
      assertThat(Mojibake.find(s, 0)).isNull();
    }
  }

  @Test
  void realTextOfEveryScriptIsAlwaysNfcAndWhatCanChangeIsNot() {
    for (String stable :
        new String[] {"café Zürich", "東京 会議", "서울 회의", "カタカナ", "ok 😀 ✅", "Ærø ß ğ"}) {
      assertThat(TextFacts.of(stable).alwaysNfc()).as(stable).isTrue();
    }
    for (String unstable :
        new String[] {"e\u0301", "\u0301", "\uac00\u11a8", "\u304b\u3099", "\u212b", "a\ud800"}) {
      assertThat(TextFacts.of(unstable).alwaysNfc()).as(unstable).isFalse();
    }
  }

  @Property
  void alwaysNfcTextIsNfc(@ForAll String s, @ForAll("tricky") String t) {
    if (TextFacts.of(t).alwaysNfc()) {
      assertThat(NFC.isNormalized(t)).isTrue();
    }
    if (TextFacts.of(s).alwaysNfc()) {
      assertThat(NFC.isNormalized(s)).isTrue();
    }
  }

  @Property
  void printableAsciiWithTabLfCrHasThePlainFacts(@ForAll("printable") String s) {
    assertThat(TextFacts.of(s)).isEqualTo(TextFacts.plainAscii());
  }

  @Provide
  Arbitrary<String> printable() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("\t\n\r");
  }

  @Test
  void theOldFactsKeepTheirMeaning() {
    TextFacts facts = TextFacts.of("Caf\u00c3\u00a9 \ud83d\ude00 e\u0301");

    assertThat(facts.hasMojibakeCandidate()).isTrue();
    assertThat(facts.hasMojibakePair()).isTrue();
    assertThat(facts.hasSurrogate()).isTrue();
    assertThat(facts.hasLoneSurrogate()).isFalse();
    assertThat(facts.alwaysNfc()).isFalse();
    assertThat(TextFacts.of("na\u00efve caf\u00e9").hasMojibakePair()).isFalse();
  }

  @Property
  void theMetadataBoundIsNeverBelowTheSerializedSize(
      @ForAll String key, @ForAll String value, @ForAll double d, @ForAll long l) {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put(key, value);
    m.put("d", d);
    m.put("l", l);
    m.putArray("a").add(value).add(true).addNull();
    m.putObject("o").put(value, key);

    long bytes = OversizedMetadataCheck.serializedBytes(m);

    assertThat(OversizedMetadataCheck.upperBound(m, Long.MAX_VALUE)).isGreaterThanOrEqualTo(bytes);
  }
}
