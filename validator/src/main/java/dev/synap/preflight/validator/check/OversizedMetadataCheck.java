package dev.synap.preflight.validator.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.validator.finding.RecordFindings;
import java.io.IOException;

/**
 * {@code oversized-metadata}: the metadata, serialized as compact JSON (no spaces, non-ASCII not
 * escaped), takes more UTF-8 bytes than {@code limits.metadata-bytes}. It is counted while being
 * written, never built as a string. Metadata of any JSON type is measured; JSON null and absent
 * metadata are not.
 */
public final class OversizedMetadataCheck implements Check {
  private static final ObjectWriter JSON = new ObjectMapper().writer();

  @Override
  public RuleId rule() {
    return RuleId.OVERSIZED_METADATA;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    JsonNode metadata = record.mapped().document().metadata();
    if (metadata == null || metadata.isNull() || metadata.isMissingNode()) {
      return;
    }
    long limit = record.config().limits().metadataBytes();
    long bytes = serializedBytes(metadata);
    if (bytes > limit) {
      findings.add(
          rule(),
          record.mapped().field(SynapField.METADATA).sourceName(),
          "metadata is "
              + Messages.bytes(bytes)
              + " of UTF-8 as compact JSON, over the limit of "
              + Messages.bytes(limit));
    }
  }

  /** The UTF-8 bytes of {@code node} as compact JSON; -1 if it cannot be written. */
  static long serializedBytes(JsonNode node) {
    Utf8.CountingWriter out = new Utf8.CountingWriter();
    try {
      JSON.writeValue(out, node);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return out.bytes();
  }
}
