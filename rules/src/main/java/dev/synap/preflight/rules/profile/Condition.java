package dev.synap.preflight.rules.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A test on a source item, used by {@code when}, {@code skip} and {@code sniff}. */
sealed interface Condition {
  boolean test(ItemContext ctx);

  /** Every condition holds. */
  record All(List<Condition> conditions) implements Condition {
    public All {
      conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(ItemContext ctx) {
      for (Condition c : conditions) {
        if (!c.test(ctx)) {
          return false;
        }
      }
      return true;
    }
  }

  /** At least one condition holds. */
  record Any(List<Condition> conditions) implements Condition {
    public Any {
      conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(ItemContext ctx) {
      for (Condition c : conditions) {
        if (c.test(ctx)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The condition does not hold. */
  record Not(Condition condition) implements Condition {
    @Override
    public boolean test(ItemContext ctx) {
      return !condition.test(ctx);
    }
  }

  /** The predicates a value can be tested with. */
  enum Op {
    PRESENT("present"),
    ABSENT("absent"),
    EMPTY("empty"),
    EQUALS("equals"),
    NOT_EQUALS("not-equals"),
    IN("in"),
    NOT_IN("not-in"),
    MATCHES("matches"),
    TYPE("type");

    final String key;

    Op(String key) {
      this.key = key;
    }

    static Op byKey(String key) {
      for (Op op : values()) {
        if (op.key.equals(key)) {
          return op;
        }
      }
      return null;
    }
  }

  /**
   * A predicate on one derived value.
   *
   * @param value how the value is derived
   * @param op the predicate
   * @param argument its argument: a boolean for present/absent/empty, a scalar for equals, a list
   *     for in, a regular expression for matches, a JSON type name for type
   * @param pattern the compiled regular expression for matches, else null
   */
  record Test(ValueSpec value, Op op, JsonNode argument, Pattern pattern) implements Condition {
    @Override
    public boolean test(ItemContext ctx) {
      JsonNode v = value.resolve(ctx).value();
      boolean missing = v == null || v.isNull() || v.isMissingNode();
      return switch (op) {
        case PRESENT -> !missing == argument.asBoolean(true);
        case ABSENT -> missing == argument.asBoolean(true);
        case EMPTY -> isEmpty(v, missing) == argument.asBoolean(true);
        case EQUALS -> !missing && same(v, argument);
        case NOT_EQUALS -> missing || !same(v, argument);
        case IN -> !missing && contains(argument, v);
        case NOT_IN -> missing || !contains(argument, v);
        case MATCHES -> !missing && v.isValueNode() && pattern.matcher(v.asText()).find();
        case TYPE -> type(v, missing).equals(argument.asText());
      };
    }

    private static boolean isEmpty(JsonNode v, boolean missing) {
      if (missing) {
        return true;
      }
      if (v.isTextual()) {
        return v.textValue().isBlank();
      }
      return v.isContainerNode() && v.size() == 0;
    }

    private static boolean same(JsonNode v, JsonNode expected) {
      if (v.isValueNode() && expected.isValueNode()) {
        return v.asText().equals(expected.asText());
      }
      return v.equals(expected);
    }

    private static boolean contains(JsonNode list, JsonNode v) {
      for (JsonNode e : list) {
        if (same(v, e)) {
          return true;
        }
      }
      return false;
    }

    static String type(JsonNode v, boolean missing) {
      if (missing) {
        return "null";
      }
      return v.getNodeType().name().toLowerCase(Locale.ROOT).replace("pojo", "object");
    }
  }
}
