package dev.synap.preflight.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A seeded export in the generic profile's shape, cut into several files (some gzip, one with a
 * byte-order mark and CRLF line ends, one gzip cut short), with every rule of the validator planted
 * among clean records, and duplicates across files.
 */
final class ExportGenerator {
  private static final String[] WORDS =
      ("the a to and of for in on with is it you your my we can this that order invoice account"
              + " login password reset vpn laptop printer email meeting schedule report summary"
              + " budget travel office flight hotel project deadline review customer support ticket")
          .split(" ");
  private static final String[] TYPES = {"ai-chat-conversation", "document", "email"};

  private final long seed;

  ExportGenerator(long seed) {
    this.seed = seed;
  }

  /** Writes {@code records} records over {@code files} files into {@code dir}. */
  List<Path> write(Path dir, int records, int files) throws IOException {
    List<Path> out = new ArrayList<>();
    int per = records / files;
    int id = 0;
    for (int f = 0; f < files; f++) {
      boolean gzip = f % 3 == 2;
      boolean truncated = f == files - 1 && gzip;
      boolean crlf = f == 1;
      Path p = dir.resolve("export-" + f + (gzip ? ".jsonl.gz" : ".jsonl"));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      if (crlf) {
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      for (int i = 0; i < per; i++, id++) {
        bytes.write(line(id));
        bytes.write(crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        if (i % 997 == 0) {
          bytes.write(crlf ? new byte[] {' ', '\r', '\n'} : new byte[] {'\n'}); // a blank line
        }
      }
      byte[] data = bytes.toByteArray();
      if (gzip) {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(z)) {
          gz.write(data);
        }
        data = z.toByteArray();
        if (truncated) {
          data = java.util.Arrays.copyOf(data, data.length * 2 / 3);
        }
      }
      Files.write(p, data);
      out.add(p);
    }
    return out;
  }

  private byte[] line(int n) {
    int kind = n % 211;
    String id = "doc-" + n;
    String text = text(n);
    String type = TYPES[n % TYPES.length];
    String created = "2025-" + two(1 + n % 12) + "-" + two(1 + n % 28) + "T10:00:00Z";
    String user = "user-" + (n % 97);
    String customer = "acme";
    String meta = "{\"source\":\"gen\",\"n\":" + n + "}";
    switch (kind) {
      case 1 -> {
        return "{\"id\": \"broken".getBytes(StandardCharsets.UTF_8); // malformed-record
      }
      case 2 -> {
        return ("{\"id\":\"" + id + "\",\"created_at\":\"" + created + "\"}")
            .getBytes(StandardCharsets.UTF_8); // missing-field
      }
      case 3 -> type = "note"; // invalid-field
      case 4 -> {
        byte[] head =
            ("{\"id\":\"" + id + "\",\"content\":\"bad ").getBytes(StandardCharsets.UTF_8);
        byte[] tail = " bytes\"}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3;
        all[head.length + 1] = (byte) 0x28; // invalid-utf8
        System.arraycopy(tail, 0, all, head.length + 2, tail.length);
        return all;
      }
      case 5 -> text = text + " \\ud83d alone"; // lone-surrogate
      case 6 -> text = text + " \\u0001 control"; // control-char
      case 7 -> text = "Un CafÃ© au lait " + text; // mojibake
      case 8 -> text = text + " \uFFFD"; // replacement-char
      case 9 -> text = "Cafe\u0301 " + text; // not-nfc
      case 10 -> created = "2025-13-45T99:00:00Z"; // invalid-timestamp
      case 11 -> {
        customer = null; // scope-mismatch (b2b): a user the identity map does not complete
        user = "solo-" + n;
      }
      case 12 -> user = "stranger-" + n; // unknown-identity
      case 13 -> id = "doc-" + (n - 13); // duplicate id, other text: conflicting-id
      case 14 -> text = "Shared text that repeats under many ids."; // duplicate-content
      case 15 -> {
        if (n % 5 == 0) {
          text = "x".repeat(140 * 1024); // large-document
        }
      }
      case 16 -> {
        if (n % 7 == 0) {
          meta = "{\"blob\":\"" + "m".repeat(70 * 1024) + "\"}"; // oversized-metadata
        }
      }
      case 17 -> {
        if (n % 11 == 0) {
          text = "y".repeat(600 * 1024); // oversized-document
        }
      }
      case 18 -> {
        return "{\"id\":\"dup-key\",\"id\":\"again\",\"content\":\"x\"}"
            .getBytes(StandardCharsets.UTF_8); // malformed-record: duplicate key
      }
      default -> {
        // a clean record
      }
    }
    if (kind == 19) {
      // duplicate-id: the same record as 19 records before (identical content)
      return line(n - 19 < 0 ? 0 : n - 19);
    }
    StringBuilder sb = new StringBuilder(text.length() + 200);
    sb.append("{\"id\":\"").append(id).append("\",\"content\":\"").append(text);
    sb.append("\",\"document_type\":\"").append(type);
    sb.append("\",\"created_at\":\"").append(created);
    sb.append("\",\"user_id\":\"").append(user).append('"');
    if (customer != null) {
      sb.append(",\"customer_id\":\"").append(customer).append('"');
    }
    sb.append(",\"metadata\":").append(meta).append('}');
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The clean text of record {@code record}: the same for the same record, whatever came before.
   */
  private String text(int record) {
    Random rng = new Random(seed * 1_000_003L + record);
    int n = 5 + rng.nextInt(20);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[rng.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }
}
