package dev.synap.preflight.rules.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which source identities map to which Synap identities ({@code --identity-map}). Two file forms:
 *
 * <ul>
 *   <li>CSV with a header {@code source_id,user_id,customer_id}: one source user a row.
 *   <li>YAML: {@code users: {src: {user_id: u, customer_id: c}}} and {@code customers: {src: c}}.
 * </ul>
 *
 * An identity is known when it appears either as a source id or as a mapped Synap id, so the map
 * serves exports in the source's ids and exports already in Synap's.
 */
public final class IdentityMap {
  /** The Synap identity one source user maps to. */
  public record Identity(String userId, String customerId) {}

  private final Map<String, Identity> users;
  private final Map<String, String> customers;
  private final Set<String> knownUsers = new HashSet<>();
  private final Set<String> knownCustomers = new HashSet<>();

  public IdentityMap(Map<String, Identity> users, Map<String, String> customers) {
    this.users = Map.copyOf(users);
    this.customers = Map.copyOf(customers);
    users.forEach(
        (src, id) -> {
          knownUsers.add(src);
          if (id.userId() != null) {
            knownUsers.add(id.userId());
          }
          if (id.customerId() != null) {
            knownCustomers.add(id.customerId());
          }
        });
    customers.forEach(
        (src, c) -> {
          knownCustomers.add(src);
          knownCustomers.add(c);
        });
  }

  public boolean knowsUser(String id) {
    return knownUsers.contains(id);
  }

  public boolean knowsCustomer(String id) {
    return knownCustomers.contains(id);
  }

  public Map<String, Identity> users() {
    return users;
  }

  public Map<String, String> customers() {
    return customers;
  }

  /** Loads a CSV ({@code .csv}) or YAML file; any problem is a {@link ConfigException}. */
  public static IdentityMap load(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      return name.endsWith(".csv") ? loadCsv(file) : loadYaml(file);
    } catch (IOException e) {
      throw new ConfigException("identity map " + file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static IdentityMap loadCsv(Path file) throws IOException {
    Map<String, Identity> users = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      List<String> cols = header == null ? List.of() : List.of(header.strip().split(",", -1));
      int src = cols.indexOf("source_id");
      int user = cols.indexOf("user_id");
      int customer = cols.indexOf("customer_id");
      if (src < 0 || user < 0) {
        throw new ConfigException(
            "identity map "
                + file
                + ": line 1: the header must name source_id and user_id (and may name"
                + " customer_id); found: "
                + header);
      }
      String line;
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != cols.size()) {
          throw new ConfigException(
              "identity map "
                  + file
                  + ": line "
                  + lineNo
                  + ": expected "
                  + cols.size()
                  + " columns, found "
                  + cells.length);
        }
        String c = customer >= 0 && !cells[customer].isBlank() ? cells[customer].strip() : null;
        users.put(cells[src].strip(), new Identity(cells[user].strip(), c));
      }
    }
    return new IdentityMap(users, Map.of());
  }

  private static IdentityMap loadYaml(Path file) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new ConfigException("identity map " + file + ": expected a mapping at the top level");
    }
    Map<String, Identity> users = new HashMap<>();
    Map<String, String> customers = new HashMap<>();
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      JsonNode value = root.get(key);
      switch (key) {
        case "users" ->
            value
                .fields()
                .forEachRemaining(
                    e -> {
                      JsonNode v = e.getValue();
                      String user =
                          v.isTextual() ? v.asText() : text(v, "user_id", file, e.getKey());
                      String cust = v.isObject() ? text(v, "customer_id", file, e.getKey()) : null;
                      users.put(e.getKey(), new Identity(user, cust));
                    });
        case "customers" ->
            value.fields().forEachRemaining(e -> customers.put(e.getKey(), e.getValue().asText()));
        default ->
            throw new ConfigException(
                "identity map " + file + ": unknown key '" + key + "' (expected users, customers)");
      }
    }
    return new IdentityMap(users, customers);
  }

  private static String text(JsonNode node, String field, Path file, String key) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new ConfigException(
          "identity map " + file + ": users." + key + "." + field + " must be a string");
    }
    return v.asText();
  }
}
