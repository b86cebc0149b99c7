package dev.synap.preflight.rules.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The word-at-a-time terminator search finds what a byte-by-byte search finds, for any bytes
 * (including high bytes and the controls next to LF and CR, which the word test must not confuse)
 * and any window.
 */
class TerminatorSearchPropertyTest {

  @Property(tries = 2000)
  void findsTheFirstLineFeedOrCarriageReturn(
      @ForAll("bytes") byte[] bytes,
      @ForAll @IntRange(min = 0, max = 200) int from,
      @ForAll @IntRange(min = 0, max = 200) int to) {
    int start = Math.min(from, bytes.length);
    int end = Math.max(start, Math.min(to, bytes.length));
    assertThat(JsonLinesSplitter.indexOfTerminator(bytes, start, end))
        .isEqualTo(naive(bytes, start, end));
  }

  @Property(tries = 300)
  void everyPositionOfASingleTerminatorIsFound(
      @ForAll @IntRange(min = 1, max = 80) int length, @ForAll("terminator") byte terminator) {
    for (int at = 0; at < length; at++) {
      byte[] bytes = new byte[length];
      java.util.Arrays.fill(bytes, (byte) 0x0C); // form feed: below 0x0E, not a terminator
      bytes[at] = terminator;
      assertThat(JsonLinesSplitter.indexOfTerminator(bytes, 0, length)).isEqualTo(at);
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    // weighted towards the bytes the word test is about: 0x00..0x0F, LF, CR, 0x80..0xFF
    Arbitrary<Byte> b =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(40, Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E)),
            net.jqwik.api.Tuple.of(5, Arbitraries.bytes().between((byte) 0x00, (byte) 0x0F)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of((byte) '\n', (byte) '\r')),
            net.jqwik.api.Tuple.of(5, Arbitraries.bytes().between(Byte.MIN_VALUE, (byte) -1)));
    return b.array(byte[].class).ofMaxSize(200);
  }

  @Provide
  Arbitrary<Byte> terminator() {
    return Arbitraries.of((byte) '\n', (byte) '\r');
  }

  private static int naive(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n' || b[i] == '\r') {
        return i;
      }
    }
    return to;
  }
}
