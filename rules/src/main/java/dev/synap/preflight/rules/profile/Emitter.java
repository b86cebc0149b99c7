package dev.synap.preflight.rules.profile;

import dev.synap.preflight.rules.model.SynapField;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of document a profile makes from a source record: where its items are ({@code from},
 * JSON pointer patterns with {@code *}; empty means the record itself), which items are its own
 * ({@code when}), which of those are skipped and why, and how each Synap field is derived.
 *
 * @param sourceType the kind of source item (memory, message, block, fact, …), counted in reports
 *     and written to {@code metadata.source_type}
 * @param from pointer patterns (segments; {@code *} matches any key or index), relative to the
 *     document; empty: the source record itself
 * @param when the condition an item must meet to be this emitter's, or null
 * @param skips skip rules, the first that holds names the reason
 * @param vars template variables
 * @param fields per Synap field, how it is derived
 * @param sourceId the original id, written to {@code metadata.source_id}; null for legacy profiles
 * @param metadata how metadata is built; null: the {@code metadata} field spec is passed through as
 *     found (legacy profiles)
 */
record Emitter(
    String sourceType,
    List<List<String>> from,
    Condition when,
    List<SkipRule> skips,
    Map<String, ValueSpec> vars,
    Map<SynapField, ValueSpec> fields,
    ValueSpec sourceId,
    MetadataSpec metadata) {

  Emitter {
    from = from.stream().map(List::copyOf).toList();
    skips = List.copyOf(skips);
    vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars));
    EnumMap<SynapField, ValueSpec> copy = new EnumMap<>(SynapField.class);
    copy.putAll(fields);
    fields = Collections.unmodifiableMap(copy);
  }

  /** A skip rule: items it holds for are counted under {@code reason}, not mapped. */
  record SkipRule(String reason, Condition when) {}

  /**
   * How metadata is built: the objects of {@code merge} copied in, then the profile's entries in
   * {@code set}; the original id and timestamp are always added ({@code source_id}, {@code
   * source_created_at}, {@code source_type}).
   */
  record MetadataSpec(List<ValueSpec> merge, Map<String, ValueSpec> set) {
    MetadataSpec {
      merge = List.copyOf(merge);
      set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
    }
  }
}
