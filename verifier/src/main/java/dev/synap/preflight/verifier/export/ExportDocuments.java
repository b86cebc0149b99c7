package dev.synap.preflight.verifier.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.read.ExportInput;
import dev.synap.preflight.rules.read.RawRecord;
import dev.synap.preflight.rules.read.RecordSplitter;
import dev.synap.preflight.rules.read.RecordSyntaxException;
import dev.synap.preflight.rules.read.Utf8Scanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the documents of an export (one or more files) with a profile, as the validator reads
 * them. Records that are not usable documents (malformed, no id, blank text) are counted and
 * skipped: the validator's job is to report them, the verifier's is to compare what was loadable.
 * With no profile given, each file's profile is chosen from its first object record.
 */
public final class ExportDocuments {
  private static final int MAX_PROBLEMS = 20;

  private final List<Path> files;
  private final Profile profile;
  private final Limits limits;

  /**
   * @param files the export files, in order
   * @param profile the profile, or null for {@code auto}
   * @param limits read limits (record size, nesting, decompression ratio)
   */
  public ExportDocuments(List<Path> files, Profile profile, Limits limits) {
    this.files = List.copyOf(files);
    this.profile = profile;
    this.limits = limits;
  }

  /**
   * The export's SHA-256: of the file's bytes for one file; for several, of their lower-case hex
   * SHA-256s joined by newlines, in order. Reads every file once.
   */
  public String fingerprint() throws IOException {
    List<String> hashes = new ArrayList<>();
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        hashes.add(sha256(in));
      }
    }
    if (hashes.size() == 1) {
      return hashes.get(0);
    }
    return sha256(
        new java.io.ByteArrayInputStream(
            String.join("\n", hashes).getBytes(StandardCharsets.UTF_8)));
  }

  /** Hands every usable document to {@code sink}, in file order. */
  public ExportRead read(Consumer<MemoryDocument> sink) throws IOException {
    Tally tally = new Tally();
    for (int i = 0; i < files.size(); i++) {
      readFile(i, files.get(i), sink, tally);
    }
    return new ExportRead(fingerprint(), tally.documents, tally.skipped, tally.problems);
  }

  private void readFile(int index, Path path, Consumer<MemoryDocument> sink, Tally tally)
      throws IOException {
    Profile chosen = profile;
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    try (ExportInput in = ExportInput.open(path, index, limits)) {
      RecordSplitter splitter = in.splitter();
      for (RawRecord r = splitter.next(); r != null; r = splitter.next()) {
        JsonNode value = decode(splitter, r, name, tally);
        if (value == null) {
          continue;
        }
        if (chosen == null) {
          chosen = Profiles.sniff(value);
        }
        MemoryDocument doc = chosen.map(value).document();
        if (blank(doc.documentId()) || blank(doc.document())) {
          tally.skip(name, r.line(), "no document id or no text");
          continue;
        }
        tally.documents++;
        sink.accept(doc);
      }
    }
  }

  private static JsonNode decode(RecordSplitter splitter, RawRecord r, String name, Tally tally)
      throws IOException {
    if (r.flaw() != RawRecord.Flaw.NONE) {
      tally.skip(
          name,
          r.line(),
          "unreadable record (" + r.flaw().name().toLowerCase(java.util.Locale.ROOT) + ")");
      return null;
    }
    byte[] bytes = r.bytes();
    Utf8Scanner.scanAndRepair(bytes, bytes.length);
    try {
      JsonNode value = splitter.decoder().decode(bytes, bytes.length).value();
      if (value == null || !value.isObject()) {
        tally.skip(name, r.line(), "not a JSON object");
        return null;
      }
      return value;
    } catch (RecordSyntaxException e) {
      tally.skip(name, r.line(), "malformed: " + e.getMessage());
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String sha256(InputStream in) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] buf = new byte[64 * 1024];
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      digest.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static final class Tally {
    long documents;
    long skipped;
    final List<String> problems = new ArrayList<>();

    void skip(String file, long line, String why) {
      skipped++;
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(file + ":" + line + ": " + why);
      }
    }
  }
}
