package dev.synap.preflight.validator.check;

import java.util.List;

/** The registry of per-record checks, in the order they run. */
public final class Checks {
  private static final List<Check> STANDARD =
      List.of(
          // field presence, types and vocabularies (cheap, no scanning)
          new MissingFieldCheck(),
          new InvalidFieldCheck(),
          new ScopeMismatchCheck(),
          new UnknownIdentityCheck(),
          new TimestampCheck(),
          // sizes (a length test first; a byte count only for long documents)
          new OversizedDocumentCheck(),
          new LargeDocumentCheck(),
          new OversizedMetadataCheck(),
          // text checks, each scanning only strings whose TextFacts show something to find
          new ControlCharCheck(),
          new LoneSurrogateCheck(),
          new ReplacementCharCheck(),
          new MojibakeCheck(),
          new NotNfcCheck(),
          // the gate's promise: whatever load refuses is an error finding
          new SendableCheck());

  private Checks() {}

  /** Every per-record check; stateless and shared by all worker threads. */
  public static List<Check> standard() {
    return STANDARD;
  }
}
