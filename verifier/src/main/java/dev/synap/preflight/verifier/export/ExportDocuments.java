package dev.synap.preflight.verifier.export;

import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.export.ExportDocument;
import dev.synap.preflight.rules.export.ExportReader;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.source.Identities;
import dev.synap.preflight.rules.source.SourceEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the documents of an export (one or more files) for the baseline, through the product's
 * one export reader ({@link ExportReader}): the same documents, in the same order, as {@code load}
 * sends. Documents that were never loadable (no id, blank text) and records that are not documents
 * (malformed) are counted and skipped: the validator's job is to report them, the verifier's is to
 * compare what was loadable. With no profile given, each file's profile is chosen as {@code auto}
 * does. Fan-out profiles (a Letta agent: its blocks and messages) give one document per item.
 */
public final class ExportDocuments {
  private static final int MAX_PROBLEMS = 20;

  private final ExportReader reader;

  /**
   * @param files the export files, in order
   * @param profile the profile, or null for {@code auto}
   * @param limits read limits (record size, nesting, decompression ratio)
   */
  public ExportDocuments(List<Path> files, Profile profile, Limits limits) {
    this(files, profile, limits, Identities.NONE);
  }

  /**
   * @param identities identity map and default user/customer applied to every document, as {@code
   *     validate}, {@code map} and {@code load} apply them
   */
  public ExportDocuments(List<Path> files, Profile profile, Limits limits, Identities identities) {
    this.reader = new ExportReader(files, profile, limits, identities);
  }

  /**
   * The export's SHA-256 ({@link dev.synap.preflight.rules.export.ExportFingerprint#combined()}):
   * of the file's bytes for one file; for several, of their lower-case hex SHA-256s joined by
   * newlines, in order. Reads every file once, however often it is asked.
   */
  public String fingerprint() throws IOException {
    return reader.fingerprint().combined();
  }

  /** Hands every loadable document to {@code sink}, in file order. */
  public ExportRead read(Consumer<MemoryDocument> sink) throws IOException {
    Tally tally = new Tally();
    try (ExportReader.Cursor c = reader.open(tally::notDocument)) {
      while (c.hasNext()) {
        ExportDocument d = c.next();
        if (!d.hasId() || blank(d.document().document())) {
          tally.skip(d.file(), d.line(), "no document id or no text");
          continue;
        }
        tally.documents++;
        sink.accept(d.document());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new ExportRead(fingerprint(), tally.documents, tally.skipped, tally.problems);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static final class Tally {
    long documents;
    long skipped;
    final List<String> problems = new ArrayList<>();

    void notDocument(SourceEvent e) {
      if (e instanceof SourceEvent.Problem p) {
        skip(p.file(), p.line(), p.message());
      }
    }

    void skip(String file, long line, String why) {
      skipped++;
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(file + ":" + line + ": " + why);
      }
    }
  }
}
