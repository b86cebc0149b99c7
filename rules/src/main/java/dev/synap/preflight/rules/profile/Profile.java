package dev.synap.preflight.rules.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.model.SynapField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source profile: how an export's records become Synap documents. Loaded from YAML by {@link
 * Profiles} (the schema is in {@code rules/PROFILES.md}). Mapping never fails: a value of the wrong
 * JSON type is kept so that the checks can report it, an absent field is null, and an item the
 * profile skips is counted with its reason.
 */
public final class Profile {
  /** How the source records of a JSON document are read. */
  public enum ReadMode {
    /** The splitter's records: lines, elements of the first top-level array, CSV rows. */
    SPLIT,
    /** A JSON document is one record, read whole (bounded by {@link #documentReadBytes}). */
    DOCUMENT
  }

  /** Where an item starts relative to its record: {lines, bytes}, or null when unknown. */
  @FunctionalInterface
  public interface Locator {
    long[] locate(JsonNode node);
  }

  private final String name;
  private final String description;
  private final List<String> reads;
  private final ReadMode readMode;
  private final boolean decodeStringRoot;
  private final List<SniffRule> sniff;
  private final List<Emitter> emitters;
  private final boolean legacy;

  /** A sniffing rule: when it holds for a file's first value, the profile scores {@code score}. */
  record SniffRule(int score, Condition when) {}

  Profile(
      String name,
      String description,
      List<String> reads,
      ReadMode readMode,
      boolean decodeStringRoot,
      List<SniffRule> sniff,
      List<Emitter> emitters,
      boolean legacy) {
    this.name = name;
    this.description = description;
    this.reads = List.copyOf(reads);
    this.readMode = readMode;
    this.decodeStringRoot = decodeStringRoot;
    this.sniff = List.copyOf(sniff);
    this.emitters = List.copyOf(emitters);
    this.legacy = legacy;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** What the profile reads, one line per export shape (for {@code preflight profiles}). */
  public List<String> reads() {
    return reads;
  }

  public ReadMode readMode() {
    return readMode;
  }

  /** Whether a JSON document that is a JSON string is decoded once more (Letta's .af quirk). */
  public boolean decodeStringRoot() {
    return decodeStringRoot;
  }

  /** The kinds of source items the profile makes documents of. */
  public Set<String> sourceTypes() {
    Set<String> out = new LinkedHashSet<>();
    emitters.forEach(e -> out.add(e.sourceType()));
    return out;
  }

  /** The largest JSON document read whole: 8 × the record read limit. */
  public static long documentReadBytes(int recordReadBytes) {
    return 8L * recordReadBytes;
  }

  /**
   * Maps one source record (a JSON Lines line or array element, or a whole document) to its first
   * document; for a record the profile makes no document of, a mapping of nothing (every field
   * absent). Use {@link #mapRecord} to get every document.
   */
  public MappedRecord map(JsonNode record) {
    Mapping m = mapRecord(record, "", null);
    if (!m.documents().isEmpty()) {
      return m.documents().get(0).mapped();
    }
    return MappingEngine.empty();
  }

  /**
   * Maps one source record to its documents.
   *
   * @param record the decoded record
   * @param pointer where the record is in its document ({@code ""} for a JSON Lines line or a whole
   *     document, {@code /results/3} for the fourth element of a {@code results} array)
   * @param locator where nested items start, or null
   */
  public Mapping mapRecord(JsonNode record, String pointer, Locator locator) {
    return new MappingEngine(this, record, pointer, locator).run();
  }

  /** How many of a legacy profile's fields the record has: the higher, the better the fit. */
  public int fit(JsonNode record) {
    if (!legacy) {
      return 0;
    }
    int score = 0;
    for (ValueSpec spec : emitters.get(0).fields().values()) {
      for (SourcePath p : spec.paths()) {
        if (record.has(p.text())) {
          score++;
          break;
        }
      }
    }
    return score;
  }

  /** The best score of the profile's sniffing rules on a file's first value; 0: none holds. */
  public int sniff(JsonNode probe) {
    if (probe == null) {
      return 0;
    }
    int best = 0;
    ItemContext ctx = new ItemContext(probe, probe, null, -1, -1, name, "", Map.of(), () -> "");
    for (SniffRule r : sniff) {
      if (r.score() > best && r.when().test(ctx)) {
        best = r.score();
      }
    }
    return best;
  }

  /** Top-level source field names the document id is read from (for an oversized record). */
  public List<String> idFieldNames() {
    List<String> out = new ArrayList<>();
    for (Emitter e : emitters) {
      if (!e.from().isEmpty()) {
        continue;
      }
      ValueSpec id = e.fields().get(SynapField.DOCUMENT_ID);
      if (id == null) {
        continue;
      }
      ValueSpec src = e.sourceId() != null ? e.sourceId() : id;
      for (SourcePath p : src.paths()) {
        if (p.scope() == SourcePath.Scope.ITEM && p.steps().size() == 1) {
          out.add(p.steps().get(0).key());
        }
      }
    }
    return out;
  }

  /**
   * For a profile in the simple form ({@code fields} only, every field a source field name or a
   * list of them): per Synap field, the source field names in order of preference; else empty.
   */
  public Map<SynapField, List<String>> simpleFields() {
    if (!legacy) {
      return Map.of();
    }
    Map<SynapField, List<String>> out = new java.util.EnumMap<>(SynapField.class);
    for (Map.Entry<SynapField, ValueSpec> e : emitters.get(0).fields().entrySet()) {
      ValueSpec v = e.getValue();
      if (v.paths().isEmpty() || !v.firstOf().isEmpty() || v.timestamp() != null) {
        return Map.of();
      }
      out.put(e.getKey(), v.paths().stream().map(SourcePath::text).toList());
    }
    return out;
  }

  boolean legacy() {
    return legacy;
  }

  List<Emitter> emitters() {
    return emitters;
  }

  static FieldValue absent(SynapField f) {
    return new FieldValue(f.wireName(), null);
  }

  @Override
  public String toString() {
    return "Profile[" + name + "]";
  }
}
