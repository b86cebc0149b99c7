package dev.synap.preflight.synap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A Synap API key. It comes from the environment ({@value #ENVIRONMENT_VARIABLE}) or a key file,
 * never from a command-line argument; {@link #toString()} never shows it, error messages about it
 * never quote it, and only this package can read it.
 */
public final class ApiKey {
  /** The environment variable holding the key. */
  public static final String ENVIRONMENT_VARIABLE = "SYNAP_API_KEY";

  private static final int MAX_FILE_BYTES = 4096;
  private static final String REDACTED = "***";

  private final String secret;

  private ApiKey(String secret) {
    this.secret = secret;
  }

  /**
   * A key given directly (tests, or a value already read from a safe place).
   *
   * @throws IllegalArgumentException when empty or containing characters an HTTP header cannot
   *     carry (whitespace, control or non-ASCII characters)
   */
  public static ApiKey of(String key) {
    return new ApiKey(check(key, "the API key"));
  }

  /** The key from {@value #ENVIRONMENT_VARIABLE}. */
  public static ApiKey fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * The key from {@value #ENVIRONMENT_VARIABLE} in the given environment.
   *
   * @throws IllegalArgumentException when it is unset, blank or malformed
   */
  public static ApiKey fromEnvironment(Map<String, String> environment) {
    String value = environment.get(ENVIRONMENT_VARIABLE);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          ENVIRONMENT_VARIABLE + " is not set; set it or give a key file");
    }
    return new ApiKey(check(value.strip(), ENVIRONMENT_VARIABLE));
  }

  /**
   * The key from a file: its UTF-8 text with surrounding whitespace (a final newline) removed.
   *
   * @throws IllegalArgumentException when the file cannot be read, is larger than 4 KiB, is not
   *     UTF-8, or does not hold exactly one key
   */
  public static ApiKey fromFile(Path file) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the API key file " + file + ": " + e, e);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new IllegalArgumentException(
          "the API key file " + file + " is larger than " + MAX_FILE_BYTES + " bytes");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the API key file " + file + " is not UTF-8 text", e);
    }
    return new ApiKey(check(text.strip(), "the API key file " + file));
  }

  /** The {@code Authorization} header value. */
  String authorization() {
    return "Bearer " + secret;
  }

  /** The text with every occurrence of the key replaced by {@code ***}; null stays null. */
  String redact(String text) {
    return text == null ? null : text.replace(secret, REDACTED);
  }

  /** Never the key. */
  @Override
  public String toString() {
    return "ApiKey[" + REDACTED + "]";
  }

  private static String check(String key, String source) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException(source + " is empty");
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException(
            source
                + " holds a character that cannot be sent in an HTTP header (at position "
                + (i + 1)
                + "); it must be one key on one line");
      }
    }
    return key;
  }
}
