package dev.synap.preflight.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link MemoryDocument} as the body of Synap's {@code CreateMemoryRequest} (synap-api.md §2.2):
 * the wire field names in the SDK's order, unset fields left out (the server applies the SDK's
 * defaults). {@code preflight map} writes one per line; the loader sends the same JSON.
 */
public final class CreateMemoryRequestJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CreateMemoryRequestJson() {}

  /** The request body; {@code metadata} only when the document has an object there. */
  public static ObjectNode of(MemoryDocument d) {
    ObjectNode o = NODES.objectNode();
    put(o, SynapField.DOCUMENT, d.document());
    put(o, SynapField.DOCUMENT_TYPE, d.documentType());
    put(o, SynapField.DOCUMENT_ID, d.documentId());
    put(o, SynapField.DOCUMENT_CREATED_AT, d.createdAt());
    put(o, SynapField.USER_ID, d.userId());
    put(o, SynapField.CUSTOMER_ID, d.customerId());
    put(o, SynapField.MODE, d.mode());
    JsonNode m = d.metadata();
    if (m != null && m.isObject()) {
      o.set(SynapField.METADATA.wireName(), m);
    }
    return o;
  }

  private static void put(ObjectNode o, SynapField f, String value) {
    if (value != null) {
      o.put(f.wireName(), value);
    }
  }
}
