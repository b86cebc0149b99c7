package dev.synap.preflight.rules.read;

import static dev.synap.preflight.rules.read.SplitterHarness.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synap.preflight.rules.config.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordDecoderTest {
  private final CsvRecordDecoder decoder =
      new CsvRecordDecoder(List.of("id", "content", "metadata", "tags"), Limits.DEFAULTS);

  private DecodedRecord decode(String row) throws RecordSyntaxException {
    byte[] b = utf8(row);
    return decoder.decode(b, b.length);
  }

  @Test
  void cellsBecomeFieldsEmptyCellsNull() throws Exception {
    DecodedRecord r = decode("1,\"hello, \"\"world\"\"\",,\"\"");
    assertThat(r.value().toString())
        .isEqualTo(
            "{\"id\":\"1\",\"content\":\"hello, \\\"world\\\"\",\"metadata\":null,\"tags\":null}");
  }

  @Test
  void jsonCellsAreParsedWhenTheyParse() throws Exception {
    DecodedRecord r =
        decode("1,\"[not json\",\" {\"\"topic\"\":\"\"a\"\",\"\"topic\"\":\"\"b\"\"}\",\"[1,2]\"");
    assertThat(r.value().get("content").asText()).isEqualTo("[not json");
    assertThat(r.value().get("metadata").toString()).isEqualTo("{\"topic\":\"b\"}");
    assertThat(r.value().get("tags").isArray()).isTrue();
    assertThat(r.duplicateKeys()).containsExactly("metadata.topic");
  }

  @Test
  void quotedLineBreaksAndMultiByteTextSurvive() throws Exception {
    assertThat(decode("é,\"a\nb\r\nc\",x,y").value().get("content").asText())
        .isEqualTo("a\nb\r\nc");
    assertThat(decode("é,\"a\nb\r\nc\",x,y").value().get("id").asText()).isEqualTo("é");
  }

  @Test
  void wrongFieldCountIsASyntaxError() {
    RecordSyntaxException e =
        catchThrowableOfType(RecordSyntaxException.class, () -> decode("1,2,3,4,5"));
    assertThat(e).hasMessage("row has 5 fields, the header has 4");
  }

  @Test
  void duplicateHeaderColumnsAreDuplicateKeys() throws Exception {
    CsvRecordDecoder d = new CsvRecordDecoder(List.of("id", "id"), Limits.DEFAULTS);
    DecodedRecord r = d.decode(utf8("1,2"), 3);
    assertThat(r.duplicateKeys()).containsExactly("id");
    assertThat(r.value().get("id").asText()).isEqualTo("2");
  }

  @Test
  void textAfterAClosingQuoteIsASyntaxErrorWithItsLine() {
    // row "b" opened a quote that never closed on its line; the quote of "d" closed it
    String row = "b,\"unbalanced\nc,world\r\nd,\"ok\",x,y";
    RecordSyntaxException e = catchThrowableOfType(RecordSyntaxException.class, () -> decode(row));
    assertThat(e)
        .hasMessage(
            "text after the closing quote of column 'content'; the quoted field spans 3 lines,"
                + " so an unbalanced quote may have joined several rows into this one");
    assertThat(e.relativeOffset()).isEqualTo(row.indexOf("ok"));
    assertThat(e.relativeLine()).isEqualTo(2);
    RecordSyntaxException oneLine =
        catchThrowableOfType(RecordSyntaxException.class, () -> decode("1,\"a\"b,x,y"));
    assertThat(oneLine).hasMessage("text after the closing quote of column 'content'");
    assertThat(oneLine.relativeOffset()).isEqualTo(5);
    assertThat(oneLine.relativeLine()).isZero();
  }

  @Test
  void blanksAfterAClosingQuoteAreKept() throws Exception {
    assertThat(decode("1,\"a\" \t,x,\"y\" ").value().get("content").asText()).isEqualTo("a \t");
  }
}
