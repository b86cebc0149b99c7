package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a confidence that is either a number or one of the SDK's words ({@code explicit} 1.0,
 * {@code inferred} 0.75, {@code assumed} 0.5); anything else reads as null.
 */
public final class Confidence extends JsonDeserializer<Double> {

  /** The numeric value of a confidence word, or null. */
  public static Double ofWord(String word) {
    switch (word.trim().toLowerCase(Locale.ROOT)) {
      case "explicit":
        return 1.0;
      case "inferred":
        return 0.75;
      case "assumed":
        return 0.5;
      default:
        try {
          return Double.valueOf(word.trim());
        } catch (NumberFormatException notANumber) {
          return null;
        }
    }
  }

  @Override
  public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      return ofWord(p.getText());
    }
    p.skipChildren();
    return null;
  }
}
