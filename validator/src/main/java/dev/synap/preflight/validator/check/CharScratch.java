package dev.synap.preflight.validator.check;

/**
 * A per-thread scratch array of chars for the hot text loops: a string's chars copied once ({@link
 * String#getChars}, a bulk copy) and then read without the per-char index and coder checks of
 * {@link String#charAt}. Arrays grown for a huge text are not kept.
 */
public final class CharScratch {
  private static final int KEEP_CHARS = 1 << 20;
  private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[4096]);

  private CharScratch() {}

  /** This thread's scratch array, of at least {@code n} chars; its content is undefined. */
  public static char[] of(int n) {
    char[] chars = SCRATCH.get();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
      if (chars.length <= KEEP_CHARS) {
        SCRATCH.set(chars);
      }
    }
    return chars;
  }

  /** The chars of {@code s} in this thread's scratch array (from index 0). */
  public static char[] copy(String s) {
    char[] chars = of(s.length());
    s.getChars(0, s.length(), chars, 0);
    return chars;
  }
}
