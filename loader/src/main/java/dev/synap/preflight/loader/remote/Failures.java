package dev.synap.preflight.loader.remote;

import dev.synap.preflight.loader.run.IngestException;
import dev.synap.preflight.synap.error.InsufficientCreditsException;
import dev.synap.preflight.synap.error.InvalidRequestException;
import dev.synap.preflight.synap.error.NotFoundException;
import dev.synap.preflight.synap.error.SynapException;
import dev.synap.preflight.synap.error.UnauthorizedException;
import dev.synap.preflight.synap.error.UnexpectedResponseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Maps the client's exceptions and item messages to what the loader does about them. */
final class Failures {
  private static final Pattern DUPLICATE =
      Pattern.compile("duplicate|already (been )?(ingested|exists|present)|conflict");

  private Failures() {}

  /** The loader's kind for a failed call. */
  static IngestException map(SynapException e) {
    IngestException.Kind kind;
    if (e instanceof UnauthorizedException || e instanceof InsufficientCreditsException) {
      kind = IngestException.Kind.FATAL;
    } else if (e instanceof NotFoundException) {
      kind = IngestException.Kind.NOT_FOUND;
    } else if (e instanceof InvalidRequestException) {
      kind = IngestException.Kind.REJECTED;
    } else if (e instanceof UnexpectedResponseException) {
      boolean answered2xx = e.status() >= 200 && e.status() < 300;
      kind = answered2xx ? IngestException.Kind.TRANSIENT : IngestException.Kind.FATAL;
    } else {
      kind = e.isTransient() ? IngestException.Kind.TRANSIENT : IngestException.Kind.FATAL;
    }
    return new IngestException(kind, e.getMessage(), e);
  }

  /** Whether a per-document error message says the id was already ingested. */
  static boolean isDuplicate(String message) {
    return message != null && DUPLICATE.matcher(message.toLowerCase(Locale.ROOT)).find();
  }
}
