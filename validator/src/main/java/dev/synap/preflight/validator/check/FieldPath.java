package dev.synap.preflight.validator.check;

/**
 * Where a string is in a record ({@code content}, {@code metadata.a.b}, {@code metadata.tags[2]},
 * {@code metadata.{key}}, {@code metadata["a.b"]}), kept as a chain of steps and spelled out only
 * when a finding names it: most strings of most records never need their path as text.
 */
public final class FieldPath {
  private static final byte ROOT = 0;
  private static final byte MEMBER = 1;
  private static final byte KEY = 2;
  private static final byte ELEMENT = 3;

  private final FieldPath parent;
  private final byte step;
  private final String name;
  private final int index;

  private FieldPath(FieldPath parent, byte step, String name, int index) {
    this.parent = parent;
    this.step = step;
    this.name = name;
    this.index = index;
  }

  /** A top-level field, by its source name. */
  public static FieldPath root(String name) {
    return new FieldPath(null, ROOT, name, -1);
  }

  /** The value of member {@code key} of the object here. */
  FieldPath member(String key) {
    return new FieldPath(this, MEMBER, key, -1);
  }

  /** The key {@code key} itself of the object here. */
  FieldPath key(String key) {
    return new FieldPath(this, KEY, key, -1);
  }

  /** Element {@code i} of the array here. */
  FieldPath element(int i) {
    return new FieldPath(this, ELEMENT, null, i);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent != null) {
      parent.append(sb);
    }
    switch (step) {
      case ROOT -> sb.append(name);
      case KEY -> sb.append(".{").append(Messages.escape(name)).append('}');
      case ELEMENT -> sb.append('[').append(index).append(']');
      default -> {
        if (plain(name)) {
          sb.append('.').append(name);
        } else {
          sb.append("[\"").append(Messages.escape(name).replace("\"", "\\\"")).append("\"]");
        }
      }
    }
  }

  private static boolean plain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '.' || c == '[' || c == ']' || c == '{' || c == '}' || c == '"' || c <= ' ') {
        return false;
      }
    }
    return true;
  }
}
