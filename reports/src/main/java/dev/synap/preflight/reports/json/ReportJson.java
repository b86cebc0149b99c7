package dev.synap.preflight.reports.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.synap.preflight.reports.model.ValidationReport;
import dev.synap.preflight.reports.model.verify.VerifyReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The Jackson configuration of the module's JSON outputs, and reading a report back. */
public final class ReportJson {

  /** Classpath location of the report's JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "/schema/validation-report.schema.json";

  /** Classpath location of the verify report's JSON Schema (draft 2020-12). */
  public static final String VERIFY_SCHEMA_RESOURCE = "/schema/verify-report.schema.json";

  // Nulls are written (Jackson's default inclusion, ALWAYS): the schema requires every property.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  private ReportJson() {}

  /** The shared mapper (configured, never reconfigure it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes {@code value} pretty printed, two-space indents, {@code "key": value}, {@code \n} line
   * endings on every platform and a final newline. Does not close {@code out}.
   */
  public static void write(Object value, OutputStream out) throws IOException {
    WRITER.writeValue(out, value);
    out.write('\n');
  }

  /** Reads a {@code report.json}; unknown properties are an error. */
  public static ValidationReport read(InputStream in) throws IOException {
    return MAPPER.readValue(in, ValidationReport.class);
  }

  /** Reads a verify {@code report.json}; unknown properties are an error. */
  public static VerifyReport readVerify(InputStream in) throws IOException {
    return MAPPER.readValue(in, VerifyReport.class);
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
