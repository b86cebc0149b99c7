package dev.synap.preflight.rules.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * For random records, terminators and read chunking, every record's line and offset equal a
 * reference computed while building the input.
 */
class LinePositionPropertyTest {

  /** Where a record is expected: line, offset and its exact text. */
  record Expected(long line, long offset, String text) {
    Expected {
      text = visible(text);
    }
  }

  /** The text with control characters escaped, so a failure report shows all of it. */
  private static String visible(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (c < 0x20) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                sb.appendCodePoint(c);
              }
            });
    return sb.toString();
  }

  /** A stream that returns chunks of random sizes, from a seed. */
  private static InputStream randomlyChunked(byte[] data, long seed, int maxChunk) {
    Random random = new Random(seed);
    return new ByteArrayInputStream(data) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(maxChunk)));
      }
    };
  }

  /** Strings of whole code points (withChars would split the emoji into lone surrogates). */
  private static Arbitrary<String> textOf(int maxLength, String... tokens) {
    return Arbitraries.of(tokens).list().ofMaxSize(maxLength).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> recordText() {
    return textOf(
        40, "a", "b", "{", "}", "[", "]", "\"", ":", ",", " ", "\t", "é", "€", "😀", "\u0000");
  }

  @Provide
  Arbitrary<String> terminator() {
    return Arbitraries.of("\n", "\r\n", "\r");
  }

  private static boolean blank(String s) {
    return s.chars().allMatch(c -> c == ' ' || c == '\t');
  }

  @Property(tries = 300)
  void jsonLinesPositions(
      @ForAll @Size(max = 30) List<@net.jqwik.api.From("recordText") String> texts,
      @ForAll @Size(min = 30, max = 30) List<@net.jqwik.api.From("terminator") String> terminators,
      @ForAll boolean finalTerminator,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 100) int maxChunk)
      throws IOException {
    // the reference: lines counted on the text itself (a "\r" then an empty text then "\n" is
    // one CRLF terminator, as in the file)
    StringBuilder doc = new StringBuilder();
    List<Expected> expected = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (!blank(text)) {
        String before = doc.toString();
        expected.add(
            new Expected(
                physicalLine(before), before.getBytes(StandardCharsets.UTF_8).length, text));
      }
      doc.append(text);
      if (i < texts.size() - 1 || finalTerminator) {
        doc.append(terminators.get(i));
      }
    }
    byte[] data = doc.toString().getBytes(StandardCharsets.UTF_8);
    if (expected.isEmpty()
        && data.length >= 4
        && Encodings.foreignEncoding(data, 0, data.length) != null) {
      return; // NUL-heavy starts are (rightly) taken for UTF-16/32; not this property's concern
    }
    List<Expected> actual = new ArrayList<>();
    try (JsonLinesSplitter s =
        new JsonLinesSplitter(randomlyChunked(data, seed, maxChunk), 0, Limits.DEFAULTS)) {
      RawRecord r;
      while ((r = s.next()) != null) {
        if (r.flaw() == RawRecord.Flaw.ENCODING) {
          return; // as above
        }
        if (r.flaw() == RawRecord.Flaw.STRUCTURE) {
          assertThat(expected).isEmpty();
          continue;
        }
        actual.add(
            new Expected(r.line(), r.byteOffset(), new String(r.bytes(), StandardCharsets.UTF_8)));
      }
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> element() {
    Arbitrary<String> strings =
        textOf(12, "a", "b", "{", "}", "[", "]", ",", ":", "é", "😀", " ", "\\")
            .map(LinePositionPropertyTest::jsonString);
    Arbitrary<String> numbers = Arbitraries.integers().map(String::valueOf);
    return Arbitraries.oneOf(
        strings,
        numbers,
        strings.map(s -> "{\"k\":" + s + "}"),
        Arbitraries.of("[]", "{}", "[1,[2,{\"x\":\"]\"}]]", "null"));
  }

  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\") + "\"";
  }

  @Provide
  Arbitrary<String> whitespace() {
    return Arbitraries.strings().withChars(" \t\n\r").ofMaxLength(4);
  }

  @Property(tries = 300)
  void jsonArrayPositions(
      @ForAll @Size(max = 20) List<@net.jqwik.api.From("element") String> elements,
      @ForAll @Size(min = 42, max = 42) List<@net.jqwik.api.From("whitespace") String> gaps,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 50) int maxChunk)
      throws IOException {
    StringBuilder doc = new StringBuilder();
    List<Expected> expected = new ArrayList<>();
    doc.append(gaps.get(0)).append('[');
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        doc.append(',');
      }
      doc.append(gaps.get(2 * i + 1));
      String prefix = doc.toString();
      expected.add(
          new Expected(
              physicalLine(prefix),
              prefix.getBytes(StandardCharsets.UTF_8).length,
              elements.get(i)));
      doc.append(elements.get(i)).append(gaps.get(2 * i + 2));
    }
    doc.append(']').append(gaps.get(41));
    byte[] data = doc.toString().getBytes(StandardCharsets.UTF_8);
    List<Expected> actual = new ArrayList<>();
    try (JsonDocumentSplitter s =
        new JsonDocumentSplitter(randomlyChunked(data, seed, maxChunk), 0, Limits.DEFAULTS)) {
      RawRecord r;
      while ((r = s.next()) != null) {
        assertThat(r.flaw()).isEqualTo(RawRecord.Flaw.NONE);
        actual.add(
            new Expected(r.line(), r.byteOffset(), new String(r.bytes(), StandardCharsets.UTF_8)));
      }
    }
    assertThat(actual).isEqualTo(expected);
  }

  /** 1-based line at the end of {@code s}: \n, \r\n and a lone \r each end one. */
  private static long physicalLine(String s) {
    long line = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || (c == '\n' && (i == 0 || s.charAt(i - 1) != '\r'))) {
        line++;
      }
    }
    return line;
  }
}
