package dev.synap.preflight.reports.github;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parser of GitHub Actions workflow-command lines, written from GitHub's documentation of the
 * syntax ({@code ::command key=value,key=value::message}) and the runner's unescaping: properties
 * are split at {@code ,} and at the first {@code =}, then {@code %0D}, {@code %0A}, {@code %3A},
 * {@code %2C} and last {@code %25} are replaced back; the message likewise with {@code %0D}, {@code
 * %0A} and {@code %25}. It shares no code with the writer, so a round trip through it checks the
 * escaping against the format, not against itself.
 */
record WorkflowCommand(String name, Map<String, String> properties, String message) {

  /** Parses one line; throws when it is not a command. */
  static WorkflowCommand parse(String line) {
    if (!line.startsWith("::")) {
      throw new IllegalArgumentException("not a workflow command: " + line);
    }
    int end = line.indexOf("::", 2);
    if (end < 0) {
      throw new IllegalArgumentException("no closing '::': " + line);
    }
    String head = line.substring(2, end);
    String message = unescapeData(line.substring(end + 2));
    int space = head.indexOf(' ');
    String name = space < 0 ? head : head.substring(0, space);
    Map<String, String> properties = new LinkedHashMap<>();
    if (space >= 0) {
      for (String pair : head.substring(space + 1).split(",", -1)) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("bad property '" + pair + "' in " + line);
        }
        properties.put(pair.substring(0, eq), unescapeProperty(pair.substring(eq + 1)));
      }
    }
    return new WorkflowCommand(name, properties, message);
  }

  private static String unescapeData(String s) {
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }

  private static String unescapeProperty(String s) {
    return s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }
}
