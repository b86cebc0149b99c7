package dev.synap.preflight.rules.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.rules.config.Limits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decodes one CSV row into an object keyed by the header's columns. Empty cells become JSON null; a
 * cell whose first non-blank character is {@code {} or {@code [} becomes the JSON it holds when it
 * parses, else stays a string. A row with another field count than the header is malformed. A
 * column name that occurs twice in the header is a duplicate key of every row. Thread-safe.
 */
public final class CsvRecordDecoder implements RecordDecoder {
  private final List<String> header;
  private final JsonRecordDecoder json;
  private final List<String> duplicateColumns;

  /** Decodes rows of a file whose header has these (trimmed) column names. */
  public CsvRecordDecoder(List<String> header, Limits limits) {
    this(header, new JsonRecordDecoder(limits));
  }

  CsvRecordDecoder(List<String> header, JsonRecordDecoder json) {
    this.header = List.copyOf(header);
    this.json = json;
    Set<String> seen = new HashSet<>();
    List<String> dups = new ArrayList<>();
    for (String name : this.header) {
      if (!seen.add(name)) {
        dups.add(name);
      }
    }
    this.duplicateColumns = List.copyOf(dups);
  }

  /** The header's column names. */
  public List<String> header() {
    return header;
  }

  @Override
  public DecodedRecord decode(byte[] bytes, int length) throws RecordSyntaxException {
    List<String> cells = split(bytes, length);
    if (cells.size() != header.size()) {
      throw new RecordSyntaxException(
          "row has " + cells.size() + " fields, the header has " + header.size(), 0, 0);
    }
    List<String> duplicates = new ArrayList<>(duplicateColumns);
    ObjectNode row = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < cells.size(); i++) {
      row.set(header.get(i), cell(header.get(i), cells.get(i), duplicates));
    }
    return new DecodedRecord(row, duplicates);
  }

  private JsonNode cell(String column, String text, List<String> duplicates) {
    if (text == null) {
      return JsonNodeFactory.instance.nullNode();
    }
    String trimmed = text.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      List<String> inner = new ArrayList<>(0);
      try {
        JsonNode value = json.parse(utf8, utf8.length, column, inner);
        duplicates.addAll(inner);
        return value;
      } catch (RecordSyntaxException e) {
        // not JSON after all: keep the text
      }
    }
    return JsonNodeFactory.instance.textNode(text);
  }

  /**
   * Splits one RFC 4180 record into its fields: quotes removed, doubled quotes undone; an empty
   * field is null. Text after a closing quote is kept as it is (lenient).
   */
  static List<String> split(byte[] bytes, int length) {
    List<String> fields = new ArrayList<>();
    ByteArrayOutputStream field = new ByteArrayOutputStream();
    int i = 0;
    while (true) {
      field.reset();
      if (i < length && bytes[i] == '"') {
        i++;
        while (i < length) {
          byte c = bytes[i];
          if (c == '"') {
            if (i + 1 < length && bytes[i + 1] == '"') {
              field.write('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field.write(c);
          i++;
        }
      }
      while (i < length && bytes[i] != ',') {
        field.write(bytes[i]);
        i++;
      }
      fields.add(field.size() == 0 ? null : field.toString(StandardCharsets.UTF_8));
      if (i >= length) {
        return fields;
      }
      i++;
    }
  }
}
