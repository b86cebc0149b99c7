package dev.synap.preflight.rules.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A text template such as {@code legacy_{source}_{id}}: literal text and {@code {name}}
 * placeholders, each naming a variable of the emitter or a built-in ({@link
 * ItemContext#BUILT_INS}).
 *
 * @param text the template as written
 * @param parts literal text and placeholder names, in order
 */
record Template(String text, List<Part> parts) {

  /** Literal text, or a placeholder when {@code placeholder} is true. */
  record Part(String value, boolean placeholder) {}

  Template {
    parts = List.copyOf(parts);
  }

  static Template parse(String text) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '}') {
        throw new IllegalArgumentException("'}' without '{' at position " + i);
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = text.indexOf('}', i);
      if (close < 0) {
        throw new IllegalArgumentException("'{' without '}' at position " + i);
      }
      String name = text.substring(i + 1, close);
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new IllegalArgumentException("bad placeholder {" + name + "}");
      }
      if (literal.length() > 0) {
        parts.add(new Part(literal.toString(), false));
        literal.setLength(0);
      }
      parts.add(new Part(name, true));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Part(literal.toString(), false));
    }
    return new Template(text, parts);
  }

  Set<String> placeholders() {
    Set<String> out = new LinkedHashSet<>();
    parts.forEach(
        p -> {
          if (p.placeholder()) {
            out.add(p.value());
          }
        });
    return out;
  }

  /** The rendered text, or null when a placeholder has no value. */
  String render(Function<String, String> values) {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      if (!p.placeholder()) {
        sb.append(p.value());
        continue;
      }
      String v = values.apply(p.value());
      if (v == null) {
        return null;
      }
      sb.append(v);
    }
    return sb.toString();
  }
}
