package dev.synap.preflight.rules.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.synap.preflight.rules.config.Limits;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A long string of a decoded record reads its UTF-8 form from the record's bytes: exactly the
 * string's own UTF-8, whatever the escapes, or null when a surrogate is spelled as an escape.
 */
class Utf8TextNodeTest {
  private static final JsonRecordDecoder DECODER = new JsonRecordDecoder(Limits.DEFAULTS);
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonMapper ESCAPING =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(
            "a",
            " ",
            "\"",
            "\\",
            "/",
            "\b",
            "\f",
            "\n",
            "\r",
            "\t",
            "\u0001",
            "é",
            "€",
            "東",
            "😀",
            "\ud800",
            "\u007f",
            "xxxxxxxxxxxxxxx")
        .list()
        .ofMinSize(64)
        .ofMaxSize(120)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 1000)
  void utf8IsTheStringsOwnOrNullForSurrogateEscapes(
      @ForAll("text") String s, @ForAll boolean escapeNonAscii) throws Exception {
    JsonMapper mapper = escapeNonAscii ? ESCAPING : PLAIN;
    byte[] record = mapper.writeValueAsBytes(Map.of("id", "x", "content", s));
    JsonNode content = DECODER.decode(record, record.length).value().get("content");

    assertThat(content).isInstanceOf(Utf8TextNode.class);
    assertThat(content.textValue()).isEqualTo(s);
    String json = new String(record, StandardCharsets.UTF_8);
    boolean surrogateEscape = json.matches("(?s).*\\\\u[dD][89abAB].*|.*\\\\u[dD][c-fC-F].*");
    byte[] utf8 = ((Utf8TextNode) content).utf8();
    if (surrogateEscape) {
      assertThat(utf8).isNull();
    } else {
      assertThat(utf8).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyEscapeIsResolved() throws Exception {
    String json =
        "{\"content\": \"" + "x".repeat(60) + "\\/\\b\\f\\n\\r\\t\\\"\\\\\\u00e9\\u20AC\\u0041é\"}";
    byte[] record = json.getBytes(StandardCharsets.UTF_8);
    JsonNode content = DECODER.decode(record, record.length).value().get("content");

    assertThat(((Utf8TextNode) content).utf8())
        .isEqualTo(("x".repeat(60) + "/\b\f\n\r\t\"\\é€Aé").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shortStringsAreOrdinaryTextNodes() throws Exception {
    byte[] record = "{\"content\": \"short\"}".getBytes(StandardCharsets.UTF_8);
    JsonNode content = DECODER.decode(record, record.length).value().get("content");
    assertThat(content).isNotInstanceOf(Utf8TextNode.class);
  }
}
