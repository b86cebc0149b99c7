package dev.synap.preflight.validator.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.validator.check.TextFacts;
import dev.synap.preflight.validator.check.Utf8Facts;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of the duplicate keys (text collapsed and hashed as UTF-8 bytes, eight at a time)
 * agree with the definitions: equal normalized text gives an equal content hash whichever path
 * computed it, and the conflict signature tells every two different exact texts apart.
 */
class ContentKeysPropertyTest {

  /**
   * Whitespace of every kind and its runs, at every offset of an eight-byte word, among one- to
   * four-byte UTF-8 chars (all of them NFC-stable).
   */
  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(
            "a", "b", " ", " ", "\t", "\n", "\r", "\u000b", "\f", "\u001c", "é", "\u00ff", "\u0085",
            "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f",
            "\u205f", "\u3000", "東", "\u2003x", "😀")
        .list()
        .ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }

  /** Short, so that equal normalized forms are common; with NFC changes and lone surrogates. */
  @Provide
  Arbitrary<String> mixed() {
    return Arbitraries.strings().withChars("e\u0301é \t\u00a0\u3000\u2028東\ud800").ofMaxLength(6);
  }

  @Property(tries = 3000)
  void utf8CollapseIsTheNormalizedText(@ForAll("text") String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    long packed = Utf8Whitespace.collapse(bytes, bytes.length, new Utf8Facts());
    String collapsed = new String(bytes, 0, (int) packed, StandardCharsets.UTF_8);
    assertThat(collapsed).isEqualTo(ContentKeys.normalize(s));
  }

  /** The text above with what the facts look for: controls, mojibake, U+FFFD, NFC changes. */
  @Provide
  Arbitrary<String> factText() {
    Arbitrary<String> extra =
        Arbitraries.of("\u0007", "\u007f", "\u009f", "Ã©", "Ã", "\ufffd", "\u212b", "e\u0301");
    return Arbitraries.oneOf(text(), extra).list().ofMaxSize(6).map(p -> String.join("", p));
  }

  @Property(tries = 3000)
  void theCollapseGathersTheFactsOfTheText(@ForAll("factText") String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    Utf8Facts facts = new Utf8Facts();
    Utf8Whitespace.collapse(bytes, bytes.length, facts);
    assertThat(facts.facts()).isEqualTo(TextFacts.of(s));
  }

  @Property(tries = 3000)
  void collapseChangesTellApartTextsThatCollapseAlike(
      @ForAll("text") String a, @ForAll("text") String b) {
    if (!a.equals(b) && ContentKeys.normalize(a).equals(ContentKeys.normalize(b))) {
      assertThat(changes(a)).isNotEqualTo(changes(b));
    }
  }

  @Property(tries = 3000)
  void contentHashIsEqualExactlyWhenTheNormalizedTextIs(
      @ForAll("mixed") String a, @ForAll("mixed") String b) {
    boolean sameNormalized = ContentKeys.normalize(a).equals(ContentKeys.normalize(b));
    ProcessedRecord.DuplicateKeys ka = keys(a);
    ProcessedRecord.DuplicateKeys kb = keys(b);
    if (ka == null || kb == null) {
      return;
    }
    boolean sameHash = ka.textHi() == kb.textHi() && ka.textLo() == kb.textLo();
    assertThat(sameHash).as("'%s' vs '%s'", a, b).isEqualTo(sameNormalized);
  }

  @Property(tries = 3000)
  void conflictSignatureTellsEveryTwoExactTextsApart(
      @ForAll("text") String a, @ForAll("text") String b) {
    if (a.isBlank() || b.isBlank()) {
      return; // no text: a missing-field finding, and no text part in the signature
    }
    ProcessedRecord.DuplicateKeys ka = keys(a);
    ProcessedRecord.DuplicateKeys kb = keys(b);
    assertThat(ka.signature() == kb.signature()).isEqualTo(a.equals(b));
  }

  @Property
  void charHashIsTheByteHashOfUtf16LittleEndian(@ForAll String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_16LE);
    assertThat(Murmur3.hash128(s.toCharArray(), s.length()))
        .isEqualTo(Murmur3.hash128(bytes, bytes.length));
  }

  @Test
  void byteHashIsMurmur3x64of128AsPublished() {
    byte[] fox = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
    // the published digest 6c1b07bc7bbc4be347939ac4a93c437a, as two little-endian longs
    assertThat(Murmur3.hash128(fox, fox.length))
        .containsExactly(0xe34bbc7bbc071b6cL, 0x7a433ca9c49a9347L);
  }

  @Test
  void signatureIgnoresMetadataKeyOrderAndSeesEveryValueAndType() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    String[] same = {
      "{\"a\": 1, \"b\": {\"x\": [1, \"2\"], \"y\": null}}",
      "{\"b\": {\"y\": null, \"x\": [1, \"2\"]}, \"a\": 1}"
    };
    String[] other = {
      "{\"a\": 1, \"b\": {\"x\": [\"2\", 1], \"y\": null}}",
      "{\"a\": \"1\", \"b\": {\"x\": [1, \"2\"], \"y\": null}}",
      "{\"a\": 1, \"b\": {\"x\": [1, \"2\"]}}",
      "{\"a\": 1, \"b\": {\"x\": [1, \"2\"], \"z\": null}}",
      "{\"a\": 1.0, \"b\": {\"x\": [1, \"2\"], \"y\": null}}",
      "{\"a\": 1, \"b\": {\"x\": [1, \"2\"], \"y\": false}}"
    };
    long reference = signature(json.readTree(same[0]));
    assertThat(signature(json.readTree(same[1]))).isEqualTo(reference);
    for (String o : other) {
      assertThat(signature(json.readTree(o))).as(o).isNotEqualTo(reference);
    }
  }

  private static long signature(com.fasterxml.jackson.databind.JsonNode metadata) {
    return ContentKeys.of(
            new MemoryDocument("id-1", "text", "email", null, "u1", null, null, metadata))
        .signature();
  }

  private static int changes(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    return (int) (Utf8Whitespace.collapse(bytes, bytes.length, new Utf8Facts()) >>> 32);
  }

  private static ProcessedRecord.DuplicateKeys keys(String text) {
    return ContentKeys.of(new MemoryDocument("id-1", text, null, null, null, null, null, null));
  }
}
