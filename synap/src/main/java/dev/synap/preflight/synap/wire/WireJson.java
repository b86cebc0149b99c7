package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.OffsetDateTime;

/**
 * The Jackson configuration of the wire types: snake_case names, unknown fields ignored, ISO-8601
 * timestamps with a numeric offset ({@code 2024-03-15T10:30:00+00:00}), read leniently.
 */
public final class WireJson {
  private static final ObjectMapper MAPPER = build();

  private WireJson() {}

  /** The shared, fully configured mapper (thread-safe; do not reconfigure it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A writer producing the compact JSON the client sends. */
  public static ObjectWriter writer() {
    return MAPPER.writer();
  }

  /** A reader for one wire type. */
  public static ObjectReader readerFor(Class<?> type) {
    return MAPPER.readerFor(type);
  }

  private static ObjectMapper build() {
    SimpleModule time = new SimpleModule("synap-time");
    time.addSerializer(OffsetDateTime.class, new WireTimestamps.Serializer());
    time.addDeserializer(OffsetDateTime.class, new WireTimestamps.Deserializer());
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .addModule(time)
        .build();
  }
}
