package dev.synap.preflight.rules.source;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.synap.preflight.rules.config.IdentityMap;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.model.SynapField;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns source identities into Synap's: a source user in the identity map becomes its Synap {@code
 * user_id} (and {@code customer_id} when the document has none), a source customer becomes its
 * Synap customer, and documents without a user or customer get the operator's defaults ({@code
 * --user-id}, {@code --customer-id}; Letta exports carry none). Ids the map does not know are left
 * as they are: the validator reports them ({@code unknown-identity}).
 *
 * @param map the identity map, or null
 * @param defaultUser the user id for documents without one, or null
 * @param defaultCustomer the customer id for documents without one, or null
 */
public record Identities(IdentityMap map, String defaultUser, String defaultCustomer) {
  /** No mapping and no defaults. */
  public static final Identities NONE = new Identities(null, null, null);

  public boolean isNone() {
    return map == null && defaultUser == null && defaultCustomer == null;
  }

  /** The document with Synap identities; the same instance when nothing changes. */
  public MappedRecord apply(MappedRecord record) {
    if (isNone()) {
      return record;
    }
    MemoryDocument d = record.document();
    String user = d.userId();
    String customer = d.customerId();
    String userSource = null;
    String customerSource = null;
    if (map != null && user != null && map.users().containsKey(user)) {
      IdentityMap.Identity id = map.users().get(user);
      if (id.userId() != null) {
        user = id.userId();
        userSource = "identity map";
      }
      if (customer == null && id.customerId() != null) {
        customer = id.customerId();
        customerSource = "identity map";
      }
    }
    if (map != null && customer != null && map.customers().containsKey(customer)) {
      customer = map.customers().get(customer);
      customerSource = "identity map";
    }
    if ((user == null || user.isBlank()) && defaultUser != null) {
      user = defaultUser;
      userSource = "--user-id";
    }
    if ((customer == null || customer.isBlank()) && defaultCustomer != null) {
      customer = defaultCustomer;
      customerSource = "--customer-id";
    }
    if (userSource == null && customerSource == null) {
      return record;
    }
    Map<SynapField, FieldValue> fields = new EnumMap<>(SynapField.class);
    fields.putAll(record.fields());
    if (userSource != null) {
      fields.put(SynapField.USER_ID, value(record, SynapField.USER_ID, userSource, user));
    }
    if (customerSource != null) {
      fields.put(
          SynapField.CUSTOMER_ID, value(record, SynapField.CUSTOMER_ID, customerSource, customer));
    }
    MemoryDocument doc =
        new MemoryDocument(
            d.documentId(),
            d.document(),
            d.documentType(),
            d.createdAt(),
            user,
            customer,
            d.mode(),
            d.metadata());
    return new MappedRecord(doc, fields);
  }

  private static FieldValue value(MappedRecord r, SynapField f, String how, String value) {
    String source = r.field(f).sourceName();
    return new FieldValue(source + " (" + how + ")", JsonNodeFactory.instance.textNode(value));
  }
}
