package dev.synap.preflight.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.text.Normalizer2;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.validator.finding.Finding;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CheckPropertiesTest {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private static List<Finding> runOn(String text) {
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("document_id", text);
    r.put("document", text);
    r.put("user_id", text);
    r.putObject("metadata").put(text, text);
    return FixtureRecords.run(
        FixtureRecords.context(
            FixtureRecords.map(r, Map.of()),
            CheckConfig.defaults(),
            null,
            FixtureRecords.DEFAULT_NOW));
  }

  private static boolean reports(List<Finding> findings, RuleId rule) {
    return findings.stream().anyMatch(f -> f.rule() == rule);
  }

  @Property
  void nfcTextNeverProducesNotNfc(@ForAll("unicode") String s) {
    assertThat(reports(runOn(NFC.normalize(s)), RuleId.NOT_NFC)).isFalse();
  }

  @Property
  void nfdOfComposableTextAlwaysProducesNotNfc(@ForAll("latinWords") String s) {
    String nfd = Normalizer2.getNFDInstance().normalize(s);
    assertThat(reports(runOn(nfd), RuleId.NOT_NFC)).isEqualTo(!NFC.isNormalized(nfd));
  }

  @Property
  void textWithoutLeadCharsNeverProducesMojibake(@ForAll("unicode") String s) {
    StringBuilder b = new StringBuilder();
    s.chars().filter(c -> c < 0xC2 || c > 0xF4).forEach(c -> b.append((char) c));
    assertThat(reports(runOn(b.toString()), RuleId.MOJIBAKE)).isFalse();
  }

  @Property
  void garbledTextIsFoundAndRepaired(@ForAll("nonAsciiWords") String s) {
    String garbled = MojibakeTest.garble(s);
    assertThat(Mojibake.repair(garbled)).isEqualTo(s);
    assertThat(reports(runOn(garbled), RuleId.MOJIBAKE)).isTrue();
  }

  @Property
  void checksNeverThrowOnAnyString(
      @ForAll("unicode") String s, @ForAll Instance instance, @ForAll boolean withIdentities) {
    CheckConfig config = CheckConfig.defaults().withInstance(instance);
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("document", s).put("document_created_at", s).put("document_type", s).put("mode", s);
    r.put("document_id", s).put("user_id", s).put("customer_id", s);
    r.putObject("metadata").putArray(s).add(s);
    RecordContext ctx =
        FixtureRecords.context(
            FixtureRecords.map(r, Map.of()),
            config,
            withIdentities
                ? FixtureRecords.identities(JsonNodeFactory.instance.objectNode())
                : null,
            FixtureRecords.DEFAULT_NOW);
    List<Finding> findings = FixtureRecords.run(ctx);
    assertThat(findings).allSatisfy(f -> assertThat(f.message()).isNotBlank());
  }

  @Provide
  Arbitrary<String> unicode() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('\u0000', '\u0400').ofMaxLength(40),
        Arbitraries.strings()
            .withChars("e\u0301\u0308aAoO\u00c3\u00a9\u00e2\u20ac\u2122\ud83d\ude00\ufffd\u0000 ")
            .ofMaxLength(20));
  }

  @Provide
  Arbitrary<String> latinWords() {
    return Arbitraries.strings()
        .withCharRange('\u00c0', '\u017f')
        .withChars("abc ")
        .ofMinLength(1)
        .ofMaxLength(20);
  }

  @Provide
  Arbitrary<String> nonAsciiWords() {
    Arbitrary<String> chars =
        Arbitraries.oneOf(
            Arbitraries.chars().range('\u00a0', '\u024f').map(String::valueOf),
            Arbitraries.chars().range('\u0370', '\u04ff').map(String::valueOf),
            Arbitraries.chars().range('\u4e00', '\u9fff').map(String::valueOf),
            Arbitraries.of("\ud83d\ude00", "\ud83c\uddeb\ud83c\uddf7", "\ud83d\udc4d\ud83c\udffd"));
    return chars.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l) + " ok");
  }
}
