package dev.synap.preflight.loader.journal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.model.MemoryDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's content fingerprint as a load journals it with every send (format 2): the first 16
 * hex digits (64 bits) of the SHA-256 of its mapped fields (id, text, type, created-at as written,
 * user, customer, mode, metadata with object members sorted by name), each length-prefixed, so that
 * a later catch-up can tell a changed document from an unchanged one without the old export file;
 * then, after a {@code .}, one CRC-32C (8 hex digits) per {@link Part}, so that it can also say
 * what changed. Fingerprints journaled before the parts existed are the 16 digits alone: a change
 * is still seen, its parts are unknown.
 */
public final class DocumentFingerprint {
  private static final ThreadLocal<MessageDigest> SHA =
      ThreadLocal.withInitial(DocumentFingerprint::sha256);

  private DocumentFingerprint() {}

  /** What a catch-up tells apart in a changed document. */
  public enum Part {
    CONTENT("content"),
    TYPE("type"),
    TIMESTAMP("timestamp"),
    IDENTITIES("identities"),
    METADATA("metadata");

    private final String id;

    Part(String id) {
      this.id = id;
    }

    /** The part's name in reports. */
    public String id() {
      return id;
    }
  }

  /** The fingerprint of {@code d}: the whole document's, then each part's. */
  public static String of(MemoryDocument d) {
    return compute(d).toString();
  }

  /** The fingerprint of {@code d} as numbers ({@link #of} is its text). */
  public static Fingerprint compute(MemoryDocument d) {
    String metadata = d.metadata() == null ? null : canonical(d.metadata());
    // Each field is encoded once and fed to the whole hash and to its part's checksum.
    byte[] id = utf8(d.documentId());
    byte[] text = utf8(d.document());
    byte[] type = utf8(d.documentType());
    byte[] created = utf8(d.createdAt());
    byte[] user = utf8(d.userId());
    byte[] customer = utf8(d.customerId());
    byte[] mode = utf8(d.mode());
    byte[] meta = utf8(metadata);
    return new Fingerprint(
        whole(id, text, type, created, user, customer, mode, meta),
        crc(text),
        crc(type, mode),
        crc(created),
        crc(user, customer),
        crc(meta));
  }

  /**
   * The parts in which {@code now} differs from {@code before} (both with parts), in the parts'
   * order.
   */
  public static List<Part> changed(Fingerprint before, Fingerprint now) {
    List<Part> out = new ArrayList<>();
    for (Part p : Part.values()) {
      if (before.part(p.ordinal()) != now.part(p.ordinal())) {
        out.add(p);
      }
    }
    return out;
  }

  /** Whether two fingerprints are of the same document content (their whole parts agree). */
  public static boolean same(String a, String b) {
    return a != null && b != null && whole(a).equals(whole(b));
  }

  /**
   * The parts in which {@code now} differs from {@code before}; empty when either fingerprint has
   * no parts (journaled before they existed) or none differs.
   */
  public static List<Part> changed(String before, String now) {
    List<Part> out = new ArrayList<>();
    if (before == null || now == null) {
      return out;
    }
    int b = before.indexOf('.');
    int n = now.indexOf('.');
    if (b < 0 || n < 0 || before.length() - b != now.length() - n) {
      return out;
    }
    for (Part p : Part.values()) {
      int i = p.ordinal() * 8 + 1;
      if (!before.regionMatches(b + i, now, n + i, 8)) {
        out.add(p);
      }
    }
    return out;
  }

  private static String whole(String fingerprint) {
    int dot = fingerprint.indexOf('.');
    return dot < 0 ? fingerprint : fingerprint.substring(0, dot);
  }

  private static byte[] utf8(String field) {
    return field == null ? null : field.getBytes(StandardCharsets.UTF_8);
  }

  /** Each field as a null mark, or a present mark, its length in ASCII digits, ':' and bytes. */
  private static int crc(byte[]... fields) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    for (byte[] bytes : fields) {
      if (bytes == null) {
        crc.update(0);
      } else {
        crc.update(1);
        crc.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        crc.update(':');
        crc.update(bytes);
      }
    }
    return (int) crc.getValue();
  }

  private static long whole(byte[]... fields) {
    MessageDigest sha = SHA.get();
    sha.reset();
    for (byte[] bytes : fields) {
      if (bytes == null) {
        sha.update((byte) 0);
      } else {
        sha.update((byte) 1);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
      }
    }
    byte[] digest = sha.digest();
    long bits = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      bits = (bits << 8) | (digest[i] & 0xff);
    }
    return bits;
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
        out.append(i > 0 ? "," : "");
        quote(names.get(i), out);
        out.append(':');
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
    } else if (node.isTextual()) {
      quote(node.textValue(), out);
    } else if (node.isNull()) {
      out.append("null");
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else if (node.isInt() || node.isLong()) {
      out.append(node.longValue());
    } else {
      out.append(node.toString());
    }
  }

  /** {@code s} as a JSON string, escaped exactly as Jackson writes it (its own quoting rules). */
  private static void quote(String s, StringBuilder out) {
    out.append('"');
    JsonStringEncoder.getInstance().quoteAsString(s, out);
    out.append('"');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
