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
 * parses, else stays a string. A row with another field count than the header is malformed, and so
 * is text after the closing quote of a quoted field (spaces and tabs excepted): that is what an
 * unbalanced quote leaves behind once a later quote in the file closed it, after joining the rows
 * in between into this one. A column name that occurs twice in the header is a duplicate key of
 * every row. Thread-safe.
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
    Split split = split(bytes, length, true);
    List<String> cells = split.fields();
    if (split.strayAt() >= 0) {
      throw textAfterClosingQuote(bytes, split);
    }
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

  private RecordSyntaxException textAfterClosingQuote(byte[] bytes, Split split) {
    int field = split.strayField();
    String column = field < header.size() ? "'" + header.get(field) + "'" : "#" + (field + 1);
    int lines = 0;
    for (int i = 0; i < split.strayAt(); i++) {
      if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r') || bytes[i] == '\r') {
        lines++;
      }
    }
    String why =
        lines > 0
            ? "; the quoted field spans "
                + (lines + 1)
                + " lines, so an unbalanced quote may have joined several rows into this one"
            : "";
    return new RecordSyntaxException(
        "text after the closing quote of column " + column + why, split.strayAt(), lines);
  }

  /**
   * Splits one RFC 4180 record into its fields: quotes removed, doubled quotes undone; an empty
   * field is null. Text after a closing quote is kept as it is (lenient; the header is read so).
   */
  static List<String> split(byte[] bytes, int length) {
    return split(bytes, length, false).fields();
  }

  /**
   * A row's fields, and where the first text after a closing quote is ({@code strayAt}, -1 when
   * none; spaces and tabs do not count) and in which field (0-based).
   */
  private record Split(List<String> fields, int strayAt, int strayField) {}

  private static Split split(byte[] bytes, int length, boolean findStray) {
    int strayAt = -1;
    int strayField = -1;
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
        if (findStray && strayAt < 0) {
          int j = i;
          while (j < length && (bytes[j] == ' ' || bytes[j] == '\t')) {
            j++;
          }
          if (j < length && bytes[j] != ',') {
            strayAt = j;
            strayField = fields.size();
          }
        }
      }
      while (i < length && bytes[i] != ',') {
        field.write(bytes[i]);
        i++;
      }
      fields.add(field.size() == 0 ? null : field.toString(StandardCharsets.UTF_8));
      if (i >= length) {
        return new Split(fields, strayAt, strayField);
      }
      i++;
    }
  }
}
