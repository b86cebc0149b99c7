package dev.synap.preflight.loader.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Encodes a record as one journal line ({@code crc32c-hex SPACE json LF}) and decodes a line back,
 * rejecting any line whose checksum does not match.
 */
public final class JournalCodec {
  private static final int CRC_CHARS = 8;
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private JournalCodec() {}

  /** The mapper used for journal JSON (also for the manifest). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The full line for a record, newline included. */
  public static byte[] encode(JournalRecord record) {
    byte[] json;
    try {
      json = MAPPER.writerFor(JournalRecord.class).writeValueAsBytes(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("journal record not serializable: " + e.getOriginalMessage());
    }
    byte[] crc = crcHex(json, 0, json.length).getBytes(StandardCharsets.US_ASCII);
    byte[] line = new byte[CRC_CHARS + 1 + json.length + 1];
    System.arraycopy(crc, 0, line, 0, CRC_CHARS);
    line[CRC_CHARS] = ' ';
    System.arraycopy(json, 0, line, CRC_CHARS + 1, json.length);
    line[line.length - 1] = '\n';
    return line;
  }

  /**
   * Decodes one line (without its LF), or empty when the checksum or the JSON is bad.
   *
   * @param buf the bytes
   * @param from start of the line
   * @param to end of the line (exclusive, the LF not included)
   */
  public static Optional<JournalRecord> decode(byte[] buf, int from, int to) {
    int jsonFrom = from + CRC_CHARS + 1;
    if (to - from < CRC_CHARS + 2 || buf[from + CRC_CHARS] != ' ') {
      return Optional.empty();
    }
    String crc = new String(buf, from, CRC_CHARS, StandardCharsets.US_ASCII);
    if (!crc.equals(crcHex(buf, jsonFrom, to - jsonFrom))) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readValue(buf, jsonFrom, to - jsonFrom, JournalRecord.class));
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  private static String crcHex(byte[] buf, int off, int len) {
    CRC32C crc = new CRC32C();
    crc.update(buf, off, len);
    return HexFormat.of().toHexDigits((int) crc.getValue());
  }
}
