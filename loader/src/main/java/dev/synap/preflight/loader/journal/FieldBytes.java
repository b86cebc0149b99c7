package dev.synap.preflight.loader.journal;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A document's fields as UTF-8 in one reused buffer (one per thread), fed to a digest or checksum
 * as {@link DocumentFingerprint} frames them: a null mark, or a present mark, the length in ASCII
 * digits, ':' and the bytes. Encodes exactly as {@code String.getBytes(UTF_8)} does (an unpaired
 * surrogate becomes '?'), without an array per field.
 */
final class FieldBytes {
  private static final ThreadLocal<FieldBytes> MINE = ThreadLocal.withInitial(FieldBytes::new);
  private static final int FIELDS = 8;

  private byte[] buf = new byte[1 << 12];
  private final int[] start = new int[FIELDS];
  private final int[] length = new int[FIELDS];
  private final byte[] digits = new byte[11];
  private int fields;
  private int pos;

  /** This thread's buffer, emptied. */
  static FieldBytes cleared() {
    FieldBytes f = MINE.get();
    f.fields = 0;
    f.pos = 0;
    return f;
  }

  /** Appends a field (null for an absent one); returns its number. */
  int add(String s) {
    int f = fields++;
    if (s == null) {
      length[f] = -1;
      return f;
    }
    int n = s.length();
    if (pos + n * 3 > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n * 3));
    }
    start[f] = pos;
    pos = encode(s, buf, pos);
    length[f] = pos - start[f];
    return f;
  }

  /** The field's bytes, copied (for tests); null for an absent one. */
  byte[] bytes(int field) {
    return length[field] < 0
        ? null
        : Arrays.copyOfRange(buf, start[field], start[field] + length[field]);
  }

  void feed(MessageDigest sha, int field) {
    if (length[field] < 0) {
      sha.update((byte) 0);
      return;
    }
    sha.update((byte) 1);
    sha.update(digits, 0, digits(length[field]));
    sha.update((byte) ':');
    sha.update(buf, start[field], length[field]);
  }

  void feed(CRC32C crc, int field) {
    if (length[field] < 0) {
      crc.update(0);
      return;
    }
    crc.update(1);
    crc.update(digits, 0, digits(length[field]));
    crc.update(':');
    crc.update(buf, start[field], length[field]);
  }

  /** Writes {@code n} (0 or more) in decimal ASCII to {@link #digits}; returns how many. */
  private int digits(int n) {
    int count = 1;
    for (int rest = n / 10; rest > 0; rest /= 10) {
      count++;
    }
    for (int i = count - 1; i >= 0; i--) {
      digits[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
    return count;
  }

  private static int encode(String s, byte[] b, int p) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xc0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          b[p++] = (byte) (0xf0 | (cp >> 18));
          b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
          b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
          b[p++] = (byte) (0x80 | (cp & 0x3f));
        } else {
          b[p++] = '?';
        }
      } else {
        b[p++] = (byte) (0xe0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        b[p++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    return p;
  }
}
