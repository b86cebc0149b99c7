package dev.synap.preflight.rules.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.read.CorruptInputException;
import dev.synap.preflight.rules.read.ExportInput;
import dev.synap.preflight.rules.read.InputFormat;
import dev.synap.preflight.rules.read.RawRecord;
import dev.synap.preflight.rules.read.RecordDecoder;
import dev.synap.preflight.rules.read.RecordSplitter;
import dev.synap.preflight.rules.read.RecordSyntaxException;
import dev.synap.preflight.rules.read.Utf8Scanner;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An export file opened with its profile. With a fixed profile that is the profile; with {@code
 * auto} (null), the bundled profile whose sniffing rules fit the file's first value best, else the
 * simple profile ({@code generic} or {@code synap}) that fits its first object record best. A
 * profile that reads whole documents gets a JSON file as one record. Records read ahead to choose
 * are kept in {@link #pending()}; the caller reads them before the splitter's next ones.
 */
public final class OpenedSource implements Closeable {
  private static final int SNIFF_RECORDS = 64;

  private final ExportInput input;
  private final boolean wholeDocument;
  private final List<RawRecord> pending;
  private final Profile profile;
  private final CorruptInputException damage;
  private long elements;

  private OpenedSource(
      ExportInput input,
      boolean wholeDocument,
      List<RawRecord> pending,
      Profile profile,
      CorruptInputException damage) {
    this.input = input;
    this.wholeDocument = wholeDocument;
    this.pending = pending;
    this.profile = profile;
    this.damage = damage;
  }

  /**
   * Opens {@code path}.
   *
   * @param fixed the profile to use, or null for {@code auto}
   * @throws IOException when the file cannot be opened or read
   */
  public static OpenedSource open(Path path, int fileIndex, Limits limits, Profile fixed)
      throws IOException {
    return open(whole -> ExportInput.open(path, fileIndex, limits, whole), fixed);
  }

  /**
   * Like {@link #open(Path, int, Limits, Profile)} without the file's SHA-256 (see {@link
   * ExportInput#openUndigested}).
   */
  public static OpenedSource openUndigested(Path path, int fileIndex, Limits limits, Profile fixed)
      throws IOException {
    return open(whole -> ExportInput.openUndigested(path, fileIndex, limits, whole), fixed);
  }

  /**
   * Like {@link #open(Path, int, Limits, Profile)} for a file another file system reads (see {@link
   * ExportInput#open(InputStream, String, long, int, Limits, Predicate)}); the source owns and
   * closes {@code file}.
   */
  public static OpenedSource open(
      InputStream file, String fileName, long size, int fileIndex, Limits limits, Profile fixed)
      throws IOException {
    return open(whole -> ExportInput.open(file, fileName, size, fileIndex, limits, whole), fixed);
  }

  /** Opens an export given whether its JSON is read as one record. */
  private interface Opener {
    ExportInput open(Predicate<ExportInput.Probe> wholeDocument) throws IOException;
  }

  private static OpenedSource open(Opener opener, Profile fixed) throws IOException {
    Profile[] chosen = {fixed};
    ExportInput in =
        opener.open(
            probe -> {
              if (chosen[0] == null) {
                chosen[0] = Profiles.sniffSpecific(probe.first()).orElse(null);
              }
              return chosen[0] != null
                  && chosen[0].readMode() == Profile.ReadMode.DOCUMENT
                  && probe.format() == InputFormat.JSON;
            });
    boolean whole =
        in.format() == InputFormat.JSON
            && chosen[0] != null
            && chosen[0].readMode() == Profile.ReadMode.DOCUMENT;
    List<RawRecord> pending = new ArrayList<>();
    CorruptInputException damage = null;
    Profile profile = chosen[0];
    try {
      // Read ahead before asking for the decoder: a CSV splitter knows its header only then.
      Profile simple = readAhead(in.splitter(), pending, profile != null);
      if (profile == null) {
        profile = simple;
      }
    } catch (CorruptInputException e) {
      damage = e;
      if (profile == null) {
        profile = Profiles.bundled("generic").orElseThrow();
      }
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    return new OpenedSource(in, whole, pending, profile, damage);
  }

  /**
   * Reads ahead until a record decodes to an object and returns the simple profile that fits it
   * best; with {@code decided}, reads just one record.
   */
  private static Profile readAhead(
      RecordSplitter splitter, List<RawRecord> pending, boolean decided) throws IOException {
    while (pending.size() < SNIFF_RECORDS) {
      RawRecord r = splitter.next();
      if (r == null) {
        break;
      }
      pending.add(r);
      if (decided) {
        return null;
      }
      RecordDecoder decoder = splitter.decoder();
      if (r.flaw() == RawRecord.Flaw.NONE) {
        byte[] copy = r.bytes().clone();
        Utf8Scanner.scanAndRepair(copy, copy.length);
        try {
          JsonNode value = decoder.decode(copy, copy.length).value();
          if (value != null && value.isObject()) {
            return Profiles.sniff(value);
          }
        } catch (RecordSyntaxException e) {
          // not this one; the record is reported when it is processed
        }
      }
    }
    return Profiles.bundled("generic").orElseThrow();
  }

  public ExportInput input() {
    return input;
  }

  public Profile profile() {
    return profile;
  }

  /** Whether the file is read as one record (a profile that reads whole documents). */
  public boolean wholeDocument() {
    return wholeDocument;
  }

  /** Records read ahead while choosing the profile, to be processed first. */
  public List<RawRecord> pending() {
    return pending;
  }

  /** A damaged stream met while reading ahead, or null. */
  public CorruptInputException damage() {
    return damage;
  }

  /**
   * Where the next record is in its document, as a JSON pointer; call once per record, in order. An
   * element of a JSON array is {@code <records path>/<index>}; a line, CSV row or whole document is
   * {@code ""}.
   */
  public String pointerOf(RawRecord r) {
    if (wholeDocument || input.format() != InputFormat.JSON) {
      return "";
    }
    if (r.flaw() == RawRecord.Flaw.STRUCTURE || r.flaw() == RawRecord.Flaw.ENCODING) {
      return "";
    }
    String path = input.recordsPath();
    return (path == null ? "" : path) + "/" + elements++;
  }

  @Override
  public void close() throws IOException {
    input.close();
  }
}
