package dev.synap.preflight.rules.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.model.MappingIssue;
import dev.synap.preflight.rules.profile.Mapping;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.read.DecodedRecord;
import dev.synap.preflight.rules.read.JsonRecordDecoder;
import dev.synap.preflight.rules.read.RecordSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps one decoded source record through a profile. Stateless and thread-safe. */
public final class RecordMapper {
  private RecordMapper() {}

  /**
   * The outcome for one record.
   *
   * @param mapping the documents and skips, or null when the record could not be mapped
   * @param problem why the record could not be mapped (not an object, no emitter recognised it), or
   *     null
   */
  public record Result(Mapping mapping, String problem) {
    public boolean mapped() {
      return problem == null;
    }
  }

  /**
   * Maps {@code decoded}.
   *
   * @param pointer where the record is in its document ({@code ""} for a line or whole document)
   * @param wholeDocument the record is a whole JSON document (arrays are records too; a JSON string
   *     holding JSON is decoded once more when the profile says so)
   * @param decoder for a double-encoded document
   */
  public static Result map(
      Profile profile,
      DecodedRecord decoded,
      String pointer,
      boolean wholeDocument,
      JsonRecordDecoder decoder) {
    JsonNode value = decoded.value();
    List<MappingIssue> notes = new ArrayList<>();
    Profile.Locator locator = decoded::locate;
    if (wholeDocument && value != null && value.isTextual() && profile.decodeStringRoot()) {
      byte[] inner = value.textValue().getBytes(StandardCharsets.UTF_8);
      try {
        value = decoder.decode(inner, inner.length).value();
        notes.add(doubleEncoded());
        locator = null;
      } catch (RecordSyntaxException e) {
        return new Result(
            null,
            "the document is a JSON string, and its text is not JSON either: " + e.getMessage());
      }
    }
    boolean usable = value != null && (value.isObject() || (wholeDocument && value.isArray()));
    if (!usable) {
      return new Result(null, "the record is " + kind(value) + ", not a JSON object");
    }
    Mapping m = profile.mapRecord(value, pointer, locator);
    if (m.unmatched()) {
      return new Result(
          null,
          "profile "
              + profile.name()
              + " found nothing it reads in this record (it reads "
              + String.join(", ", profile.sourceTypes())
              + "); is it the right profile?");
    }
    if (!notes.isEmpty()) {
      List<MappingIssue> all = new ArrayList<>(notes);
      all.addAll(m.notes());
      m = new Mapping(m.documents(), m.skipped(), all);
    }
    return new Result(m, null);
  }

  static MappingIssue doubleEncoded() {
    return new MappingIssue(
        dev.synap.preflight.rules.config.RuleId.MALFORMED_RECORD,
        dev.synap.preflight.rules.config.Severity.INFO,
        null,
        "the file is a JSON string holding the JSON document (double-encoded, as some Letta .af"
            + " files are); it was decoded once more and mapped");
  }

  static String kind(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isArray()) {
      return "a JSON array";
    }
    if (value.isTextual()) {
      return "a JSON string";
    }
    if (value.isNumber()) {
      return "a JSON number";
    }
    if (value.isBoolean()) {
      return "a JSON boolean";
    }
    return "a " + value.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
