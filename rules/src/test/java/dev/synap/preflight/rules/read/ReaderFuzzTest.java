package dev.synap.preflight.rules.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Jazzer fuzz targets for every reader. Under plain {@code mvn verify} each target replays the
 * committed inputs in {@code
 * src/test/resources/dev/synap/preflight/rules/read/ReaderFuzzTestInputs/} (files directly in that
 * folder are shared by all targets, {@code <method>/} folders by one); {@code JAZZER_FUZZ=1} fuzzes
 * one target (see README, "Fuzzing").
 *
 * <p>Every target checks invariants of the reader contract, not only that nothing throws: splitters
 * cut records in order with exact positions and bytes, within the read limit, identically whatever
 * the read size, and every record decodes to a value or a {@link RecordSyntaxException}; some
 * targets also compare with an independent oracle (Jackson's own tree parser, the JDK's UTF-8
 * decoder, a naive line splitter).
 */
class ReaderFuzzTest {
  /** A small read limit so that oversized records are cheap to reach. */
  static final int READ_LIMIT = 2048;

  static final Limits LIMITS = Limits.DEFAULTS.withRecordReadBytes(READ_LIMIT);

  private static final int FILE_INDEX = 3;
  private static final JsonRecordDecoder JSON = new JsonRecordDecoder(LIMITS);
  private static final List<Profile> PROFILES = Profiles.bundled();

  /** Jackson's own tree parser with the decoder's limits and leniency: the decoders' oracle. */
  private static final ObjectMapper ORACLE =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(LIMITS.maxNestingDepth())
                          .maxNumberLength(LIMITS.maxNumberLength())
                          .maxStringLength(READ_LIMIT)
                          .build())
                  .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** The oracle for a value inside a document: what follows the value is not its business. */
  private static final ObjectReader IN_PLACE =
      ORACLE.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  // ---------------------------------------------------------------------------------------------
  // Splitters

  @FuzzTest
  void jsonLines(byte[] input) throws IOException {
    List<RawRecord> records =
        checkSplitter(input, in -> new JsonLinesSplitter(in, FILE_INDEX, LIMITS));
    for (RawRecord r : records) {
      if (r.flaw() == RawRecord.Flaw.NONE) {
        require(!contains(r.bytes(), '\n') && !contains(r.bytes(), '\r'), "line break in %s", r);
        requireTerminatorOrEnd(input, r);
      }
    }
    List<Key> expected = naiveJsonLines(input);
    List<Key> actual = keys(records);
    require(
        actual.equals(expected), "records %s, a naive line splitter gives %s", actual, expected);
  }

  @FuzzTest
  void jsonDocument(byte[] input) throws IOException {
    List<RawRecord> records =
        checkSplitter(input, in -> new JsonDocumentSplitter(in, FILE_INDEX, LIMITS));
    for (RawRecord r : records) {
      if (r.flaw() == RawRecord.Flaw.NONE) {
        byte[] b = r.bytes();
        require(b.length > 0, "empty element %s", r);
        require(!isJsonSpace(b[0]) && b[0] != ',', "element starts with a separator: %s", r);
        require(!isJsonSpace(b[b.length - 1]), "element ends with whitespace: %s", r);
      }
    }
    compareWithJackson(input, records);
  }

  @FuzzTest
  void csv(byte[] input) throws IOException {
    List<RawRecord> records = checkSplitter(input, in -> new CsvSplitter(in, FILE_INDEX, LIMITS));
    RawRecord previous = null;
    for (RawRecord r : records) {
      if (r.flaw() == RawRecord.Flaw.NONE) {
        require(csvEndState(r.bytes()) != CSV_QUOTED, "record ends inside a quoted field: %s", r);
        requireTerminatorOrEnd(input, r);
      }
      if (r.flaw() == RawRecord.Flaw.TRUNCATED) {
        // since the resync, a TRUNCATED record is the first line of the record the input ended
        // in, or that reached the read limit, inside a quote, and the lines after it are records
        // again: it need not be the last one
        require(csvEndState(r.bytes()) == CSV_QUOTED, "truncated outside a quote: %s", r);
        requireTerminatorOrEnd(input, r);
      }
      if (previous != null && hasBytes(previous)) {
        // after the header, only blank lines lie between records
        requireOnlyCsvBlank(input, previous.byteOffset() + previous.length(), r.byteOffset());
      }
      previous = r;
    }
    if (previous != null && hasBytes(previous)) {
      requireOnlyCsvBlank(input, previous.byteOffset() + previous.length(), input.length);
    }
    List<Key> expected = new ArrayList<>();
    for (SplitterHarness.Rec e : SplitterHarness.obviousCsv(input, READ_LIMIT)) {
      expected.add(new Key(e.line(), e.offset(), e.length(), e.bytes(), e.flaw()));
    }
    List<Key> actual = keys(records);
    require(actual.equals(expected), "records %s, the obvious way gives %s", actual, expected);
  }

  /**
   * Reads {@code input} unthrottled and throttled, checks the invariants every splitter shares,
   * decodes every record and returns the records.
   */
  private static List<RawRecord> checkSplitter(
      byte[] input, Function<InputStream, RecordSplitter> open) throws IOException {
    List<RawRecord> records = new ArrayList<>();
    RecordDecoder decoder;
    try (RecordSplitter s = open.apply(new ByteArrayInputStream(input))) {
      RawRecord r;
      while ((r = s.next()) != null) {
        records.add(r);
        require(records.size() <= input.length + 1, "more records than bytes");
      }
      require(s.next() == null, "next() after the end is not null");
      decoder = s.decoder();
    }
    long[] lines = lineTable(input);
    RawRecord previous = null;
    for (RawRecord r : records) {
      checkRecord(input, lines, r);
      if (previous != null) {
        require(r.byteOffset() > previous.byteOffset(), "offsets not increasing: %s", records);
        require(r.line() >= previous.line(), "lines decreasing: %s", records);
        require(
            r.byteOffset() >= previous.byteOffset() + previous.length(),
            "records overlap: %s then %s",
            previous,
            r);
      }
      previous = r;
      decodeOrSyntaxError(decoder, r.bytes());
    }

    int throttle = 1 + Math.floorMod(Arrays.hashCode(input), 7);
    List<Key> throttled = new ArrayList<>();
    try (RecordSplitter s =
        open.apply(new ThrottledInputStream(new ByteArrayInputStream(input), throttle))) {
      RawRecord r;
      while ((r = s.next()) != null && throttled.size() <= records.size()) {
        throttled.add(Key.of(r));
      }
    }
    List<Key> whole = keys(records);
    require(
        throttled.equals(whole),
        "read %d bytes at a time: %s, at once: %s",
        throttle,
        throttled,
        whole);
    return records;
  }

  /** What holds for one record of any splitter. */
  private static void checkRecord(byte[] input, long[] lines, RawRecord r) {
    require(r.fileIndex() == FILE_INDEX, "file index %d", r.fileIndex());
    require(r.byteOffset() >= 0 && r.byteOffset() <= input.length, "offset out of range: %s", r);
    require(r.byteOffset() + r.length() <= input.length, "record runs past the input: %s", r);
    require(r.bytes().length <= READ_LIMIT, "%d bytes kept, over the limit", r.bytes().length);
    require(r.bytes().length <= r.length(), "more bytes than the length: %s", r);
    require(
        r.line() == lines[(int) r.byteOffset()],
        "line %d, but offset %d is on line %d",
        r.line(),
        r.byteOffset(),
        lines[(int) r.byteOffset()]);
    require((r.detail() == null) == (r.flaw() == RawRecord.Flaw.NONE), "detail vs flaw: %s", r);
    int off = (int) r.byteOffset();
    switch (r.flaw()) {
      case NONE, TRUNCATED -> {
        require(r.length() <= READ_LIMIT, "a %s record over the limit: %s", r.flaw(), r);
        require(r.bytes().length == r.length(), "bytes and length differ: %s", r);
        require(
            Arrays.equals(r.bytes(), 0, r.bytes().length, input, off, off + r.bytes().length),
            "bytes differ from the input at %d: %s",
            off,
            r);
      }
      case OVERSIZED -> {
        require(r.length() > READ_LIMIT, "OVERSIZED within the limit: %s", r);
        require(
            r.bytes().length == Math.min(READ_LIMIT, RecordBuffer.PREFIX_BYTES),
            "prefix of %d bytes",
            r.bytes().length);
        require(
            Arrays.equals(r.bytes(), 0, r.bytes().length, input, off, off + r.bytes().length),
            "prefix differs from the input at %d: %s",
            off,
            r);
      }
      case STRUCTURE, ENCODING ->
          require(r.length() == 0 && r.bytes().length == 0, "a problem with bytes: %s", r);
    }
  }

  /**
   * Decodes like the validator does (repair, then decode): a value or a syntax error, nothing else.
   */
  private static void decodeOrSyntaxError(RecordDecoder decoder, byte[] bytes) {
    byte[] copy = bytes.clone();
    Utf8Scanner.scanAndRepair(copy, copy.length);
    try {
      DecodedRecord d = decoder.decode(copy, copy.length);
      require(d.value() != null, "decoded to null");
    } catch (RecordSyntaxException e) {
      requireSyntaxError(e, copy.length);
    }
  }

  private static void requireSyntaxError(RecordSyntaxException e, int length) {
    require(e.getMessage() != null && !e.getMessage().isBlank(), "syntax error without message");
    require(
        e.relativeOffset() >= 0 && e.relativeOffset() <= length,
        "syntax error offset %d outside 0..%d",
        e.relativeOffset(),
        length);
    require(e.relativeLine() >= 0, "negative syntax error line");
  }

  // ---------------------------------------------------------------------------------------------
  // Decoders, UTF-8, profiles

  /** The JSON decoder agrees with Jackson's tree parser on every input both accept. */
  @FuzzTest
  void jsonRecord(byte[] input) {
    JsonNode expected;
    try {
      expected = ORACLE.readTree(input);
    } catch (IOException | RuntimeException e) {
      expected = null;
    }
    byte[] copy = input.clone();
    DecodedRecord decoded;
    try {
      decoded = JSON.decode(copy, copy.length);
    } catch (RecordSyntaxException e) {
      requireSyntaxError(e, copy.length);
      if (isOutOfRange(e)) {
        return; // valid JSON, but beyond BigDecimal: the decoder's documented limit
      }
      decoded = null;
    }
    require(Arrays.equals(copy, input), "the decoder changed its input");
    if (encodingSniffLead(input)) {
      // Documented divergence: Jackson skips a leading BOM or reads NUL-led bytes as UTF-16/32;
      // inside a UTF-8 file both are bytes that do not belong, so the decoder rejects them.
      require(decoded == null, "the decoder accepts a record led by a BOM or a NUL byte");
      return;
    }
    if (decoded != null) {
      require(expected != null, "the decoder reads %s, Jackson rejects it", decoded.value());
    }
    if (expected != null && !expected.isMissingNode()) {
      require(decoded != null, "Jackson reads %s, the decoder rejects it", expected);
      require(
          sameJson(expected, decoded.value()),
          "Jackson reads %s, the decoder %s",
          expected,
          decoded.value());
    }
  }

  /** A BOM, or a NUL in the first two bytes: where Jackson would sniff another encoding. */
  private static boolean encodingSniffLead(byte[] b) {
    boolean bom =
        b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
    return bom || (b.length >= 2 && (b[0] == 0 || b[1] == 0));
  }

  @FuzzTest
  void utf8Scanner(byte[] input) {
    boolean[] invalid = jdkInvalidBytes(input);
    byte[] repaired = input.clone();
    Utf8Scan scan = Utf8Scanner.scanAndRepair(repaired, repaired.length);
    require(isUtf8(repaired), "not valid UTF-8 after repair");
    int changed = 0;
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < input.length; i++) {
      if (repaired[i] != input[i]) {
        require(repaired[i] == '?', "byte %d repaired to %d", i, repaired[i]);
        changed++;
        if (offsets.size() < Utf8Scan.MAX_OFFSETS) {
          offsets.add(i);
        }
      }
      require(
          invalid[i] == (repaired[i] != input[i]),
          "byte %d (0x%02X): JDK says %s, the scanner %s",
          i,
          input[i] & 0xFF,
          invalid[i] ? "invalid" : "valid",
          repaired[i] != input[i] ? "repaired it" : "kept it");
    }
    require(scan.invalidBytes() == changed, "%d invalid, %d changed", scan.invalidBytes(), changed);
    require(scan.valid() == (changed == 0), "valid() disagrees");
    require(
        Arrays.equals(scan.firstOffsets(), offsets.stream().mapToInt(Integer::intValue).toArray()),
        "offsets %s, changed %s",
        Arrays.toString(scan.firstOffsets()),
        offsets);
    if (isUtf8(input)) {
      require(scan == Utf8Scan.VALID && Arrays.equals(repaired, input), "valid input changed");
    }
    // a prefix is scanned on its own: nothing past length is touched
    if (input.length > 1) {
      byte[] part = input.clone();
      int length = input.length / 2;
      Utf8Scanner.scanAndRepair(part, length);
      require(
          Arrays.equals(part, length, part.length, input, length, input.length),
          "bytes past length changed");
    }
  }

  @FuzzTest
  void profiles(byte[] input) {
    byte[] copy = input.clone();
    Utf8Scanner.scanAndRepair(copy, copy.length);
    JsonNode value;
    try {
      value = JSON.decode(copy, copy.length).value();
    } catch (RecordSyntaxException e) {
      return;
    }
    if (!value.isObject()) {
      return;
    }
    Profile sniffed = Profiles.sniff(value);
    require(PROFILES.contains(sniffed), "sniffed an unknown profile %s", sniffed.name());
    for (Profile profile : PROFILES) {
      if (profile.simpleFields().isEmpty()) {
        continue;
      }
      MappedRecord mapped = profile.map(value);
      int fit = 0;
      for (Map.Entry<SynapField, List<String>> e : profile.simpleFields().entrySet()) {
        List<String> candidates = e.getValue();
        FieldValue fv = mapped.field(e.getKey());
        JsonNode expected = null;
        String expectedName = candidates.get(0);
        for (String name : candidates) {
          JsonNode v = value.get(name);
          if (v != null && !v.isNull()) {
            expected = v;
            expectedName = name;
            break;
          }
        }
        if (expected == null) {
          for (String name : candidates) {
            if (value.get(name) != null) {
              expected = value.get(name);
              expectedName = name;
              break;
            }
          }
        }
        if (candidates.stream().anyMatch(value::has)) {
          fit++;
        }
        require(
            Objects.equals(fv.sourceName(), expectedName) && fv.value() == expected,
            "%s: %s mapped from %s=%s, expected %s=%s",
            profile.name(),
            e.getKey(),
            fv.sourceName(),
            fv.value(),
            expectedName,
            expected);
      }
      require(
          profile.fit(value) == fit,
          "%s: fit %d, expected %d",
          profile.name(),
          profile.fit(value),
          fit);
      requireText(mapped, SynapField.DOCUMENT, mapped.document().document());
      requireText(mapped, SynapField.DOCUMENT_TYPE, mapped.document().documentType());
      requireText(mapped, SynapField.USER_ID, mapped.document().userId());
      requireText(mapped, SynapField.CUSTOMER_ID, mapped.document().customerId());
      FieldValue meta = mapped.field(SynapField.METADATA);
      require(
          meta.isMissing()
              ? mapped.document().metadata() == null
              : mapped.document().metadata() == meta.value(),
          "metadata not kept as found");
    }
  }

  /** A mapped text is the JSON string's value, another value's JSON text, or null when missing. */
  private static void requireText(MappedRecord mapped, SynapField field, String text) {
    FieldValue v = mapped.field(field);
    String expected =
        v.isMissing() ? null : v.value().isTextual() ? v.value().textValue() : v.value().toString();
    require(Objects.equals(text, expected), "%s is %s, expected %s", field, text, expected);
  }

  // ---------------------------------------------------------------------------------------------
  // Oracles

  /** A record as a comparable value (bytes as ISO-8859-1 text). */
  record Key(long line, long offset, long length, String bytes, RawRecord.Flaw flaw) {
    static Key of(RawRecord r) {
      return new Key(
          r.line(),
          r.byteOffset(),
          r.length(),
          new String(r.bytes(), StandardCharsets.ISO_8859_1),
          r.flaw());
    }
  }

  private static List<Key> keys(List<RawRecord> records) {
    List<Key> out = new ArrayList<>(records.size());
    for (RawRecord r : records) {
      out.add(Key.of(r));
    }
    return out;
  }

  /** JSON Lines the obvious way: the whole input in memory, split at every terminator. */
  private static List<Key> naiveJsonLines(byte[] in) {
    int n = in.length;
    if (Encodings.foreignEncoding(in, 0, Math.min(4, n)) != null) {
      return List.of(new Key(1, 0, 0, "", RawRecord.Flaw.ENCODING));
    }
    List<Key> out = new ArrayList<>();
    int i = Encodings.hasUtf8Bom(in, 0, n) ? 3 : 0;
    long line = 1;
    while (i < n) {
      int start = i;
      while (i < n && in[i] != '\n' && in[i] != '\r') {
        i++;
      }
      int len = i - start;
      boolean blank = len <= READ_LIMIT;
      for (int k = start; k < i && blank; k++) {
        blank = in[k] == ' ' || in[k] == '\t';
      }
      if (!blank) {
        boolean over = len > READ_LIMIT;
        int keep = over ? Math.min(READ_LIMIT, RecordBuffer.PREFIX_BYTES) : len;
        out.add(
            new Key(
                line,
                start,
                len,
                new String(in, start, keep, StandardCharsets.ISO_8859_1),
                over ? RawRecord.Flaw.OVERSIZED : RawRecord.Flaw.NONE));
      }
      if (i < n) {
        i += in[i] == '\r' && i + 1 < n && in[i + 1] == '\n' ? 2 : 1;
        line++;
      }
    }
    if (out.isEmpty()) {
      out.add(new Key(1, 0, 0, "", RawRecord.Flaw.STRUCTURE));
    }
    return out;
  }

  /**
   * When Jackson reads the whole input as one JSON document, the splitter must cut exactly the
   * elements of its record array, each decoding to the element Jackson read.
   */
  private static void compareWithJackson(byte[] input, List<RawRecord> records) {
    if (!records.isEmpty() && records.get(0).flaw() == RawRecord.Flaw.ENCODING || !isUtf8(input)) {
      return; // Jackson would sniff UTF-16/32 where the splitter refuses to read
    }
    JsonNode root;
    try {
      root = ORACLE.readTree(input);
    } catch (IOException | RuntimeException e) {
      return;
    }
    if (root == null || !(root.isArray() || root.isObject())) {
      return;
    }
    if (records.stream().anyMatch(r -> r.flaw() == RawRecord.Flaw.TRUNCATED)) {
      // since the JSON resync: Jackson (lenient) accepts raw line breaks in strings, so a valid
      // element holding a string that crosses a line break and reaches the read limit is cut
      // there as an unterminated string (it was OVERSIZED before), and later lines are read again
      return;
    }
    JsonNode elements;
    try {
      elements = recordArray(input);
    } catch (IOException e) {
      throw new AssertionError("Jackson read the document once but not twice", e);
    }
    if (elements == null) {
      require(
          records.size() == 1 && records.get(0).flaw() == RawRecord.Flaw.STRUCTURE,
          "no record array, but %s",
          records);
      return;
    }
    require(
        records.size() == elements.size(),
        "%d elements, %d records: %s",
        elements.size(),
        records.size(),
        records);
    for (int i = 0; i < records.size(); i++) {
      RawRecord r = records.get(i);
      if (r.length() > READ_LIMIT) {
        require(r.flaw() == RawRecord.Flaw.OVERSIZED, "element %d not OVERSIZED: %s", i, r);
        continue;
      }
      require(r.flaw() == RawRecord.Flaw.NONE, "element %d of a valid document: %s", i, r);
      JsonNode value;
      try {
        value = JSON.decode(r.bytes(), r.bytes().length).value();
      } catch (RecordSyntaxException e) {
        require(isOutOfRange(e), "element %d of a valid document does not decode: %s", i, r);
        continue;
      }
      require(
          sameJson(elements.get(i), value),
          "element %d is %s, decoded %s",
          i,
          elements.get(i),
          value);
    }
  }

  /** The decoder's one rejection of valid JSON: a number even BigDecimal cannot hold. */
  private static boolean isOutOfRange(RecordSyntaxException e) {
    return e.getMessage().startsWith("number out of range: ");
  }

  /** The root array, or the first top-level field's array value; null when there is none. */
  private static JsonNode recordArray(byte[] input) throws IOException {
    try (JsonParser p = ORACLE.createParser(input)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_ARRAY) {
        return IN_PLACE.readTree(p);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        if (p.nextToken() == JsonToken.START_ARRAY) {
          return IN_PLACE.readTree(p);
        }
        p.skipChildren();
      }
      return null;
    }
  }

  /** Equal JSON, numbers compared by value (a double that overflowed matches any big number). */
  private static boolean sameJson(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      if (isNonFinite(a) || isNonFinite(b)) {
        return true;
      }
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
      return false;
    }
    if (a.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode other = b.get(e.getKey());
        if (other == null || !sameJson(e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        if (!sameJson(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static boolean isNonFinite(JsonNode n) {
    return (n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue());
  }

  /** Per byte, whether the JDK's strict UTF-8 decoder finds it inside a malformed sequence. */
  private static boolean[] jdkInvalidBytes(byte[] input) {
    boolean[] invalid = new boolean[input.length];
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(input);
    CharBuffer out = CharBuffer.allocate(input.length + 2);
    while (true) {
      CoderResult cr = d.decode(in, out, true);
      if (cr.isUnderflow()) {
        break;
      }
      if (cr.isError()) {
        for (int k = 0; k < cr.length(); k++) {
          invalid[in.position() + k] = true;
        }
        in.position(in.position() + cr.length());
      } else {
        throw new AssertionError("decoder result " + cr);
      }
    }
    return invalid;
  }

  private static boolean isUtf8(byte[] b) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * The 1-based physical line of each offset {@code 0..input.length}: CR LF, LF and a lone CR end a
   * line.
   */
  private static long[] lineTable(byte[] input) {
    long[] lines = new long[input.length + 1];
    long line = 1;
    for (int i = 0; i < input.length; i++) {
      lines[i] = line;
      if (input[i] == '\r' || (input[i] == '\n' && (i == 0 || input[i - 1] != '\r'))) {
        line++;
      }
    }
    lines[input.length] = line;
    return lines;
  }

  private static void requireTerminatorOrEnd(byte[] input, RawRecord r) {
    long end = r.byteOffset() + r.length();
    require(
        end == input.length || input[(int) end] == '\n' || input[(int) end] == '\r',
        "record not followed by a line break: %s",
        r);
  }

  private static void requireOnlyCsvBlank(byte[] input, long from, long to) {
    for (long i = from; i < to; i++) {
      byte c = input[(int) i];
      require(
          c == ' ' || c == '\t' || c == '\n' || c == '\r',
          "byte %d (0x%02X) between CSV records belongs to no record",
          i,
          c & 0xFF);
    }
  }

  private static final int CSV_START = 0;
  private static final int CSV_UNQUOTED = 1;
  private static final int CSV_QUOTED = 2;
  private static final int CSV_QUOTE = 3;

  /**
   * The RFC 4180 state at the end of a record (a quote opens a quoted field only at a field's
   * start); fails on a line break outside quotes, which must have ended the record.
   */
  private static int csvEndState(byte[] b) {
    int state = CSV_START;
    for (byte c : b) {
      if (state == CSV_QUOTED) {
        state = c == '"' ? CSV_QUOTE : CSV_QUOTED;
        continue;
      }
      if (state == CSV_QUOTE && c == '"') {
        state = CSV_QUOTED;
        continue;
      }
      require(c != '\n' && c != '\r', "line break outside quotes in a CSV record");
      state = c == ',' ? CSV_START : c == '"' && state == CSV_START ? CSV_QUOTED : CSV_UNQUOTED;
    }
    return state;
  }

  /** A record cut from the input (not a problem of the file as a whole). */
  private static boolean hasBytes(RawRecord r) {
    return r.flaw() != RawRecord.Flaw.STRUCTURE && r.flaw() != RawRecord.Flaw.ENCODING;
  }

  private static boolean contains(byte[] b, char c) {
    for (byte x : b) {
      if (x == c) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJsonSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static void require(boolean ok, String message, Object... args) {
    if (!ok) {
      throw new AssertionError(String.format(java.util.Locale.ROOT, message, args));
    }
  }
}
