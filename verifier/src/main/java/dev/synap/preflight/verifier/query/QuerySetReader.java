package dev.synap.preflight.verifier.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synap.preflight.verifier.scope.QueryScope;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a query file: JSON Lines, one object a line, blank lines ignored.
 *
 * <pre>
 * {"id": "q1", "query": "refund for order 1234", "user_id": "u1", "customer_id": "acme",
 *  "expected_document_ids": ["doc-17"]}
 * </pre>
 *
 * <p>{@code query} is required. {@code scope} ({@code user}, {@code customer}, {@code client}) is
 * optional and otherwise chosen as the MCP server does: a {@code user_id} → user, else a {@code
 * customer_id} → customer, else client. {@code expected_document_ids} (array) or {@code
 * document_id} (one id) name the relevant documents (several per query are normal); {@code tags}
 * (array of strings) label the query for per-tag breakdowns. {@code id} defaults to {@code
 * q<line>}. Any other key, a repeated id or a wrong type is an error naming the file, line and
 * field.
 */
public final class QuerySetReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KEYS =
      Set.of(
          "id",
          "query",
          "scope",
          "user_id",
          "customer_id",
          "expected_document_ids",
          "document_id",
          "tags");

  private QuerySetReader() {}

  public static List<VerifyQuery> read(Path file) throws IOException, QuerySetException {
    List<VerifyQuery> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        String where = file + ":" + line;
        VerifyQuery q = parse(text, line, where);
        if (!ids.add(q.id())) {
          throw new QuerySetException(where + ": id: '" + q.id() + "' is used by an earlier query");
        }
        out.add(q);
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new QuerySetException(file + ": not UTF-8 text");
    }
    if (out.isEmpty()) {
      throw new QuerySetException(file + ": no queries");
    }
    return out;
  }

  static VerifyQuery parse(String text, int line, String where) throws QuerySetException {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new QuerySetException(where + ": not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new QuerySetException(where + ": expected a JSON object");
    }
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new QuerySetException(
            where
                + ": "
                + key
                + ": unknown field (expected "
                + String.join(", ", new java.util.TreeSet<>(KEYS))
                + ")");
      }
    }
    String query = string(node, "query", where);
    if (query == null || query.isBlank()) {
      throw new QuerySetException(where + ": query: required, a non-empty string");
    }
    String id = string(node, "id", where);
    QueryScope scope =
        scope(
            string(node, "scope", where),
            string(node, "user_id", where),
            string(node, "customer_id", where),
            where);
    return new VerifyQuery(
        id == null || id.isBlank() ? "q" + line : id,
        query,
        scope,
        expected(node, where),
        false,
        tags(node, where),
        where);
  }

  private static QueryScope scope(String scope, String user, String customer, String where)
      throws QuerySetException {
    String level =
        scope != null ? scope : user != null ? "user" : customer != null ? "customer" : "client";
    try {
      return switch (level) {
        case "user" -> QueryScope.user(user, customer);
        case "customer" -> QueryScope.customer(customer);
        case "client" -> QueryScope.client();
        default ->
            throw new QuerySetException(
                where + ": scope: '" + level + "' is not user, customer or client");
      };
    } catch (IllegalArgumentException e) {
      throw new QuerySetException(where + ": scope: " + e.getMessage());
    }
  }

  private static List<String> expected(JsonNode node, String where) throws QuerySetException {
    List<String> ids = new ArrayList<>();
    JsonNode list = node.get("expected_document_ids");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        throw new QuerySetException(where + ": expected_document_ids: expected an array of ids");
      }
      for (JsonNode id : list) {
        if (!id.isTextual() && !id.isIntegralNumber()) {
          throw new QuerySetException(where + ": expected_document_ids: ids must be strings");
        }
        ids.add(id.asText());
      }
    }
    String one = string(node, "document_id", where);
    if (one != null && !ids.contains(one)) {
      ids.add(one);
    }
    return ids;
  }

  private static List<String> tags(JsonNode node, String where) throws QuerySetException {
    List<String> tags = new ArrayList<>();
    JsonNode list = node.get("tags");
    if (list == null || list.isNull()) {
      return tags;
    }
    if (!list.isArray()) {
      throw new QuerySetException(where + ": tags: expected an array of strings");
    }
    for (JsonNode tag : list) {
      if (!tag.isTextual() || tag.asText().isBlank()) {
        throw new QuerySetException(where + ": tags: each tag is a non-empty string");
      }
      tags.add(tag.asText());
    }
    return tags;
  }

  /**
   * Checks that every expected document of every query read from a file is in the export.
   *
   * @param inExport whether a document id is one of the export's
   * @throws QuerySetException naming the file, line and field of the first unknown id
   */
  public static void requireKnownDocuments(
      List<VerifyQuery> queries, java.util.function.Predicate<String> inExport)
      throws QuerySetException {
    for (VerifyQuery q : queries) {
      for (String id : q.expectedDocumentIds()) {
        if (!inExport.test(id)) {
          throw new QuerySetException(
              (q.origin() == null ? "query " + q.id() : q.origin())
                  + ": expected_document_ids: '"
                  + id
                  + "' is not a document of the export (a label that can never be found would"
                  + " count as a miss)");
        }
      }
    }
  }

  private static String string(JsonNode node, String key, String where) throws QuerySetException {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isIntegralNumber() && !key.equals("query")) {
      return v.asText();
    }
    throw new QuerySetException(
        where
            + ": "
            + key
            + ": expected a string, found "
            + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
  }
}
