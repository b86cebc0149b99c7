package dev.synap.preflight.loader.journal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.model.MemoryDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A document's content fingerprint as a load journals it with every send (format 2): the first 16
 * hex digits (64 bits) of the SHA-256 of its mapped fields (id, text, type, created-at as written,
 * user, customer, mode, metadata with object members sorted by name), each length-prefixed, so that
 * a later catch-up can tell a changed document from an unchanged one without the old export file.
 */
public final class DocumentFingerprint {
  private DocumentFingerprint() {}

  /** The fingerprint of {@code d}. */
  public static String of(MemoryDocument d) {
    MessageDigest sha = sha256();
    for (String field :
        new String[] {
          d.documentId(),
          d.document(),
          d.documentType(),
          d.createdAt(),
          d.userId(),
          d.customerId(),
          d.mode(),
          d.metadata() == null ? null : canonical(d.metadata())
        }) {
      if (field == null) {
        sha.update((byte) 0);
      } else {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) 1);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
      }
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  /** JSON text of {@code node} with every object's members sorted by name. */
  static String canonical(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      out.append('{');
      for (int i = 0; i < names.size(); i++) {
        out.append(i > 0 ? "," : "").append(quote(names.get(i))).append(':');
        write(node.get(names.get(i)), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i > 0 ? "," : "");
        write(node.get(i), out);
      }
      out.append(']');
    } else {
      out.append(node.toString());
    }
  }

  private static String quote(String s) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
