package dev.synap.preflight.rules.profile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.model.MappedDocument;
import dev.synap.preflight.rules.read.DecodedRecord;
import dev.synap.preflight.rules.read.JsonRecordDecoder;
import dev.synap.preflight.rules.read.RecordSyntaxException;
import dev.synap.preflight.rules.read.Utf8Scanner;
import dev.synap.preflight.rules.source.RecordMapper;
import java.util.List;

/**
 * Fuzz targets, one per bundled profile: any JSON value through the profile as a whole document and
 * as an array element. The oracle: mapping never throws, a record is mapped (documents or skips,
 * each skip with a reason) or has a problem message, documents carry their source type and
 * non-negative positions, and mapping the same value twice gives the same documents. Regression
 * mode replays {@code ProfileFuzzTestInputs/}.
 */
class ProfileFuzzTest {
  private static final JsonRecordDecoder JSON = new JsonRecordDecoder(Limits.DEFAULTS);

  @FuzzTest
  void mem0(byte[] input) {
    check("mem0", input);
  }

  @FuzzTest
  void zep(byte[] input) {
    check("zep", input);
  }

  @FuzzTest
  void letta(byte[] input) {
    check("letta", input);
  }

  @FuzzTest
  void supermemory(byte[] input) {
    check("supermemory", input);
  }

  @FuzzTest
  void langgraph(byte[] input) {
    check("langgraph", input);
  }

  @FuzzTest
  void chatJsonl(byte[] input) {
    check("chat-jsonl", input);
  }

  @FuzzTest
  void simpleProfiles(byte[] input) {
    check("generic", input);
    check("synap", input);
  }

  private static void check(String name, byte[] input) {
    Profile profile = Profiles.bundled(name).orElseThrow();
    byte[] copy = input.clone();
    Utf8Scanner.scanAndRepair(copy, copy.length);
    DecodedRecord decoded;
    try {
      decoded = JSON.decodeLocated(copy, copy.length);
    } catch (RecordSyntaxException e) {
      return;
    }
    for (String pointer : List.of("", "/records/0")) {
      boolean whole = pointer.isEmpty();
      RecordMapper.Result a = RecordMapper.map(profile, decoded, pointer, whole, JSON);
      RecordMapper.Result b = RecordMapper.map(profile, decoded, pointer, whole, JSON);
      if (!a.mapped()) {
        require(a.problem() != null && !a.problem().isBlank(), "%s: no problem message", name);
        require(!b.mapped(), "%s: not deterministic", name);
        continue;
      }
      Mapping m = a.mapping();
      require(!m.unmatched(), "%s: an unmatched record passed as mapped", name);
      m.skipped().forEach(s -> require(!s.reason().isBlank(), "%s: skip without reason", name));
      for (MappedDocument d : m.documents()) {
        require(d.sourceType() != null, "%s: document without source type", name);
        require(d.lineDelta() >= 0 && d.offsetDelta() >= 0, "%s: negative position", name);
      }
      require(
          m.documents().stream()
              .map(MappedDocument::document)
              .toList()
              .equals(b.mapping().documents().stream().map(MappedDocument::document).toList()),
          "%s: mapping is not deterministic",
          name);
    }
  }

  private static void require(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new AssertionError(String.format(java.util.Locale.ROOT, format, args));
    }
  }
}
