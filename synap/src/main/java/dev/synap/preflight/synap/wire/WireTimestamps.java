package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Timestamps on the wire. Written like Python's {@code isoformat()} on an aware datetime ({@code
 * 2024-03-15T10:30:00+00:00}, microseconds only when non-zero); read leniently: {@code Z} or an
 * offset, and a naive time (no offset) is taken as UTC, as the SDK's parser does.
 *
 * <p>What a document's {@code document_created_at} may be and which time it becomes is the Synap
 * contract's ({@code rules/contract/SynapTimestamp}); this class only writes the time it gives. The
 * contract's {@code SynapTimestamp.wire} spells times the same way (the validator names the value
 * sent with it); {@code loader}'s {@code RequestMapperTest} pins that both agree.
 */
public final class WireTimestamps {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx", Locale.ROOT);

  private WireTimestamps() {}

  /** Formats a timestamp the way the SDK sends it. */
  public static String format(OffsetDateTime time) {
    OffsetDateTime micros = time.truncatedTo(ChronoUnit.MICROS);
    return (micros.getNano() == 0 ? SECONDS : MICROS).format(micros);
  }

  /**
   * Parses a wire timestamp.
   *
   * @return the time, or null when the text is not an ISO-8601 date-time
   */
  public static OffsetDateTime parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    try {
      return OffsetDateTime.parse(trimmed);
    } catch (DateTimeParseException withOffset) {
      try {
        return LocalDateTime.parse(trimmed).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException naive) {
        return null;
      }
    }
  }

  static final class Serializer extends JsonSerializer<OffsetDateTime> {
    @Override
    public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(format(value));
    }
  }

  static final class Deserializer extends JsonDeserializer<OffsetDateTime> {
    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return parse(p.getText());
      }
      p.skipChildren();
      return null;
    }
  }
}
