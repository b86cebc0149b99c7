package dev.synap.preflight.validator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.validator.check.TextField.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Collects every string of a mapped record once, so the text checks share one list (and one pass of
 * {@link TextFacts}) per record. Paths name the source, never the Synap wire name:
 *
 * <ul>
 *   <li>top-level strings: the source field name ({@code content}, {@code id}, {@code user});
 *   <li>an object-valued document: its string values as {@code content.title}, {@code
 *       content.parts[0]}, and its keys as {@code content.{title}};
 *   <li>metadata values: {@code metadata.topic}, {@code metadata.a.b}, {@code metadata.tags[2]};
 *       metadata keys themselves: {@code metadata.{topic}}, {@code metadata.a.{b}};
 *   <li>a key that is empty or holds {@code . [ ] { } "} or a space is bracketed: {@code
 *       metadata["a.b"]}; control characters in keys are escaped as {@code \\uXXXX}.
 * </ul>
 *
 * Numbers, booleans and nulls are not strings and are left out. A field whose value is an object or
 * array where Synap wants a string (an {@code invalid-field} finding) is left out too, except the
 * document, which may be an object.
 */
public final class TextFields {
  private TextFields() {}

  /** Every string of the record with its path, kind and facts, in document order. */
  public static List<TextField> collect(MappedRecord r) {
    return collect(r, false);
  }

  /**
   * Like {@link #collect(MappedRecord)}; {@code plainAscii} says the caller knows that every string
   * of the record is printable ASCII, tab, LF or CR (its bytes told), so the facts need no scan.
   */
  public static List<TextField> collect(MappedRecord r, boolean plainAscii) {
    return collect(r, plainAscii, null);
  }

  /**
   * Like {@link #collect(MappedRecord, boolean)}, given the facts of the document text when the
   * caller computed them already (null otherwise).
   */
  public static List<TextField> collect(
      MappedRecord r, boolean plainAscii, TextFacts documentFacts) {
    MemoryDocument d = r.document();
    List<TextField> out = new ArrayList<>(8);
    scalar(out, r, SynapField.DOCUMENT_ID, d.documentId(), Kind.IDENTIFIER, plainAscii);
    FieldValue doc = r.field(SynapField.DOCUMENT);
    if (doc.value() != null && doc.value().isContainerNode()) {
      walk(out, doc.value(), FieldPath.root(doc.sourceName()), Kind.CONTENT, plainAscii);
    } else if (documentFacts != null && d.document() != null) {
      out.add(
          new TextField(
              FieldPath.root(doc.sourceName()), d.document(), Kind.CONTENT, documentFacts));
    } else {
      scalar(out, r, SynapField.DOCUMENT, d.document(), Kind.CONTENT, plainAscii);
    }
    scalar(out, r, SynapField.DOCUMENT_TYPE, d.documentType(), Kind.OTHER, plainAscii);
    scalar(out, r, SynapField.DOCUMENT_CREATED_AT, d.createdAt(), Kind.OTHER, plainAscii);
    scalar(out, r, SynapField.USER_ID, d.userId(), Kind.IDENTIFIER, plainAscii);
    scalar(out, r, SynapField.CUSTOMER_ID, d.customerId(), Kind.IDENTIFIER, plainAscii);
    scalar(out, r, SynapField.MODE, d.mode(), Kind.OTHER, plainAscii);
    if (d.metadata() != null) {
      walk(out, d.metadata(), FieldPath.root("metadata"), Kind.METADATA, plainAscii);
    }
    return out;
  }

  private static void scalar(
      List<TextField> out,
      MappedRecord r,
      SynapField field,
      String value,
      Kind kind,
      boolean plainAscii) {
    FieldValue source = r.field(field);
    if (value == null || (source.value() != null && source.value().isContainerNode())) {
      return;
    }
    out.add(text(FieldPath.root(source.sourceName()), value, kind, plainAscii));
  }

  private static TextField text(FieldPath path, String value, Kind kind, boolean plainAscii) {
    return new TextField(
        path, value, kind, plainAscii ? TextFacts.plainAscii() : TextFacts.of(value));
  }

  /** A pending step of the walk: a JSON value at a path, or a key string (node null). */
  private record Step(FieldPath path, JsonNode node, String key) {}

  /** Depth-first, in document order (a key, then its value), without recursion. */
  private static void walk(
      List<TextField> out, JsonNode root, FieldPath rootPath, Kind kind, boolean plainAscii) {
    Deque<Step> stack = new ArrayDeque<>();
    stack.push(new Step(rootPath, root, null));
    List<Step> children = new ArrayList<>();
    while (!stack.isEmpty()) {
      Step step = stack.pop();
      JsonNode node = step.node();
      if (node == null) {
        out.add(text(step.path(), step.key(), kind, plainAscii));
      } else if (node.isTextual()) {
        out.add(text(step.path(), node.textValue(), kind, plainAscii));
      } else if (node.isObject()) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          String key = e.getKey();
          children.add(new Step(step.path().key(key), null, key));
          children.add(new Step(step.path().member(key), e.getValue(), null));
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          children.add(new Step(step.path().element(i), node.get(i), null));
        }
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
      children.clear();
    }
  }
}
