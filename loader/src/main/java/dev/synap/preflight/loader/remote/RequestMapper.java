package dev.synap.preflight.loader.remote;

import dev.synap.preflight.rules.contract.SendableDocument;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;

/**
 * A mapped document as the request Synap's batch endpoint defines, decided by the Synap contract
 * ({@link SendableDocument}): a document the contract refuses is not sent, with the contract's
 * reasons (the validator reports each as an error finding with the same reason; only a load forced
 * past the gate gets this far). {@code preflight map} writes these same requests, so what it shows
 * is byte for byte what the loader sends.
 */
public final class RequestMapper {

  private RequestMapper() {}

  /**
   * The request, or why it cannot be sent.
   *
   * @param request the request, or null when refused
   * @param refusal {@code field: reason; ...}, or null when sendable
   */
  public record Mapped(CreateMemoryRequest request, String refusal) {}

  /** The request for {@code d} (instance rules are the service's to apply). */
  public static Mapped map(MemoryDocument d) {
    SendableDocument.Verdict v = SendableDocument.check(d);
    SendableDocument s = v.sendable();
    if (s == null) {
      return new Mapped(null, v.reasons());
    }
    return new Mapped(
        new CreateMemoryRequest(
            s.document(),
            s.documentType(),
            s.documentId(),
            s.createdAt(),
            s.userId(),
            s.customerId(),
            s.mode(),
            s.metadata()),
        null);
  }
}
