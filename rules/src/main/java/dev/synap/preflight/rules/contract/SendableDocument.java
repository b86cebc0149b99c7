package dev.synap.preflight.rules.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.model.DocumentTypes;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.model.Scope;
import dev.synap.preflight.rules.model.SynapField;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A document exactly as it is sent to Synap: the one definition of a sendable document, used by the
 * validator's checks, {@code map} and {@code load}. Every value is the one on the wire: the SDK's
 * defaults filled in ({@code document_type} {@value DocumentTypes#DEFAULT}, {@code mode} {@value
 * DocumentTypes#DEFAULT_MODE}, {@code metadata} {@code {}}) and {@code document_created_at}
 * normalized ({@link SynapTimestamp}).
 *
 * <p>{@link #check} refuses what the service refuses (or the loader cannot send exactly once): no
 * text, no id, a type or mode outside Synap's vocabularies, a blank user or customer id, metadata
 * that is not an object, a blank or unreadable timestamp; and, given the instance, a B2B user
 * without a customer. Everything else is sendable, with the normalizations the validator reports.
 *
 * @param document the text
 * @param documentType the document type (the SDK default when unset)
 * @param documentId the document id
 * @param createdAt the creation time sent, or null when unset (ingestion time)
 * @param userId the user id, or null
 * @param customerId the customer id, or null
 * @param mode the ingest mode (the SDK default when unset)
 * @param metadata the metadata object ({@code {}} when unset)
 */
public record SendableDocument(
    String document,
    String documentType,
    String documentId,
    OffsetDateTime createdAt,
    String userId,
    String customerId,
    String mode,
    ObjectNode metadata) {

  /** Why a document without text is refused (the validator's {@code missing-field} reason). */
  public static final String NO_TEXT = "there is no text to remember";

  /** Why a document without an id is refused (the validator's {@code missing-field} reason). */
  public static final String NO_ID = "Synap deduplicates and upserts by the document id";

  /** Why a blank user or customer id is refused (the service answers 422). */
  public static final String BLANK_ID = "is blank: omit it or set a value";

  /** Why metadata that is not an object is refused. */
  public static final String METADATA_NOT_OBJECT = "must be an object";

  /** Why a B2B document with a user but no customer is refused (HTTP 400). */
  public static final String B2B_USER_WITHOUT_CUSTOMER = "a B2B instance answers HTTP 400";

  /**
   * The verdict on one document.
   *
   * @param sendable the document as sent, or null when refused
   * @param refusals why it is refused, in field order; empty when sendable
   * @param createdAt how {@code document_created_at} is sent, or null when unset or refused
   */
  public record Verdict(
      SendableDocument sendable, List<Refusal> refusals, SynapTimestamp.Normalized createdAt) {
    public Verdict {
      refusals = List.copyOf(refusals);
    }

    /**
     * {@code field: reason; field: reason}, as {@code load} reports a document it does not send.
     */
    public String reasons() {
      return String.join("; ", refusals.stream().map(Refusal::message).toList());
    }
  }

  /** The verdict on {@code d} whatever the instance (no scope rule). */
  public static Verdict check(MemoryDocument d) {
    return check(d, null);
  }

  /** The verdict on {@code d} for {@code instance} (null: the scope rule is not applied). */
  public static Verdict check(MemoryDocument d, Instance instance) {
    List<Refusal> refusals = refusals(d, instance);
    if (!refusals.isEmpty()) {
      return new Verdict(null, refusals, null);
    }
    SynapTimestamp.Normalized created =
        d.createdAt() == null ? null : SynapTimestamp.normalize(d.createdAt());
    JsonNode metadata = d.metadata();
    SendableDocument s =
        new SendableDocument(
            d.document(),
            d.documentType() == null ? DocumentTypes.DEFAULT : d.documentType(),
            d.documentId(),
            created == null ? null : created.time(),
            d.userId(),
            d.customerId(),
            d.mode() == null ? DocumentTypes.DEFAULT_MODE : d.mode(),
            metadata == null || metadata.isNull()
                ? JsonNodeFactory.instance.objectNode()
                : (ObjectNode) metadata);
    return new Verdict(s, List.of(), created);
  }

  /**
   * Why {@code d} cannot be sent to {@code instance} (null: the scope rule is not applied), in
   * field order; empty when it can. Cheaper than {@link #check}: nothing is built.
   */
  public static List<Refusal> refusals(MemoryDocument d, Instance instance) {
    List<Refusal> refusals = new ArrayList<>(0);
    if (blank(d.documentId())) {
      refusals.add(new Refusal(SynapField.DOCUMENT_ID, RuleId.MISSING_FIELD, NO_ID));
    }
    if (blank(d.document())) {
      refusals.add(new Refusal(SynapField.DOCUMENT, RuleId.MISSING_FIELD, NO_TEXT));
    }
    vocabulary(
        refusals,
        SynapField.DOCUMENT_TYPE,
        d.documentType(),
        DocumentTypes.ACCEPTED,
        DocumentTypes.COMING_SOON);
    if (d.createdAt() != null) {
      String problem = timestampProblem(d.createdAt());
      if (problem != null) {
        refusals.add(
            new Refusal(SynapField.DOCUMENT_CREATED_AT, RuleId.INVALID_TIMESTAMP, problem));
      }
    }
    blankId(refusals, SynapField.USER_ID, d.userId());
    blankId(refusals, SynapField.CUSTOMER_ID, d.customerId());
    vocabulary(refusals, SynapField.MODE, d.mode(), DocumentTypes.MODES, List.of());
    JsonNode metadata = d.metadata();
    if (metadata != null && !metadata.isNull() && !metadata.isObject()) {
      refusals.add(new Refusal(SynapField.METADATA, RuleId.INVALID_FIELD, METADATA_NOT_OBJECT));
    }
    if (instance != null && Scope.of(instance, d).level() == Scope.Level.REJECTED) {
      refusals.add(
          new Refusal(SynapField.USER_ID, RuleId.SCOPE_MISMATCH, B2B_USER_WITHOUT_CUSTOMER));
    }
    return refusals;
  }

  /** Why {@code text} cannot be sent as {@code document_created_at}, or null when it can. */
  public static String timestampProblem(String text) {
    if (text.isBlank()) {
      return "is blank: omit it or give an ISO-8601 timestamp (" + SynapTimestamp.EXAMPLE + ")";
    }
    SynapTimestamp.Result r = SynapTimestamp.parse(text);
    if (r instanceof SynapTimestamp.Impossible i) {
      return Quoting.quote(text) + " is an impossible timestamp: " + i.why();
    }
    if (r instanceof SynapTimestamp.Unparseable) {
      return Quoting.quote(text)
          + " is not an ISO-8601 / RFC 3339 timestamp ("
          + SynapTimestamp.EXAMPLE
          + ")";
    }
    return null;
  }

  private static void vocabulary(
      List<Refusal> refusals,
      SynapField field,
      String value,
      List<String> accepted,
      List<String> comingSoon) {
    String problem = Vocabulary.problem(field.wireName(), value, accepted, comingSoon);
    if (problem != null) {
      refusals.add(new Refusal(field, RuleId.INVALID_FIELD, problem));
    }
  }

  private static void blankId(List<Refusal> refusals, SynapField field, String value) {
    if (value != null && value.isBlank()) {
      refusals.add(new Refusal(field, RuleId.INVALID_FIELD, BLANK_ID));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
