package dev.synap.preflight.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.validator.finding.Finding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of {@code src/test/resources/checks/*.json} through all standard checks and
 * asserts the exact multiset of (rule, field, severity), so every case also proves that no other
 * check raises a false alarm. An expectation may add {@code contains}: a message substring.
 */
class CheckFixturesTest {
  private static final String NO_FALSE_ALARMS = "no-false-alarms";

  @TestFactory
  Stream<DynamicNode> fixtures() throws IOException, URISyntaxException {
    List<DynamicNode> files = new ArrayList<>();
    for (Path file : fixtureFiles()) {
      JsonNode root = FixtureRecords.JSON.readTree(file.toFile());
      List<DynamicNode> cases = new ArrayList<>();
      for (JsonNode c : root.get("cases")) {
        cases.add(DynamicTest.dynamicTest(c.get("description").asText(), () -> runCase(c)));
      }
      files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), cases));
    }
    return files.stream();
  }

  /** Every rule of the standard checks has a fixture file with a positive and a negative case. */
  @Test
  void everyRuleHasPositiveAndNegativeFixtures() throws IOException, URISyntaxException {
    Set<String> rules =
        Checks.standard().stream().map(c -> c.rule().id()).collect(Collectors.toSet());
    Set<String> names = new TreeSet<>();
    for (Path file : fixtureFiles()) {
      String name = file.getFileName().toString().replaceFirst("\\.json$", "");
      names.add(name);
      if (name.equals(NO_FALSE_ALARMS)) {
        continue;
      }
      assertThat(RuleId.byId(name)).as("fixture file named after a rule: %s", name).isPresent();
      List<Boolean> expectsRule = new ArrayList<>();
      for (JsonNode c : FixtureRecords.JSON.readTree(file.toFile()).get("cases")) {
        boolean any = false;
        for (JsonNode e : c.get("expect")) {
          any |= e.get("rule").asText().equals(name);
        }
        expectsRule.add(any);
      }
      assertThat(expectsRule).as("%s has positive and negative cases", name).contains(true, false);
    }
    Set<String> expected = new TreeSet<>(rules);
    expected.add(NO_FALSE_ALARMS);
    assertThat(names).isEqualTo(expected);
  }

  private static List<Path> fixtureFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(CheckFixturesTest.class.getResource("/checks").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static void runCase(JsonNode c) {
    ObjectNode record = (ObjectNode) c.get("record").deepCopy();
    JsonNode repeat = c.get("repeat");
    if (repeat != null) {
      String[] path = repeat.get("field").asText().split("\\.");
      ObjectNode target = path.length == 1 ? record : (ObjectNode) record.get(path[0]);
      target.put(
          path[path.length - 1], repeat.get("text").asText().repeat(repeat.get("times").asInt()));
    }
    Map<String, String> sourceNames = new HashMap<>();
    FixtureRecords.iterable(c.get("sourceNames"))
        .forEach(e -> sourceNames.put(e.getKey(), e.getValue().asText()));
    Instant now = c.has("now") ? Instant.parse(c.get("now").asText()) : FixtureRecords.DEFAULT_NOW;
    RecordContext ctx =
        FixtureRecords.context(
            FixtureRecords.map(record, sourceNames),
            FixtureRecords.config(c.get("config")),
            FixtureRecords.identities(c.get("identities")),
            now);
    List<Finding> findings = FixtureRecords.run(ctx);

    List<String> actual = findings.stream().map(CheckFixturesTest::key).sorted().toList();
    List<String> expected = new ArrayList<>();
    for (JsonNode e : c.get("expect")) {
      expected.add(
          key(e.get("rule").asText(), e.get("field").asText(), e.get("severity").asText()));
    }
    expected.sort(null);
    assertThat(actual).as("findings: %s", findings).isEqualTo(expected);

    for (JsonNode e : c.get("expect")) {
      if (e.has("contains")) {
        String k = key(e.get("rule").asText(), e.get("field").asText(), e.get("severity").asText());
        assertThat(findings)
            .filteredOn(f -> key(f).equals(k))
            .extracting(Finding::message)
            .as("message of %s", k)
            .anySatisfy(m -> assertThat(m).contains(e.get("contains").asText()));
      }
    }
  }

  private static String key(Finding f) {
    return key(f.rule().id(), f.field(), f.severity().id());
  }

  private static String key(String rule, String field, String severity) {
    return rule + " @ " + field + " (" + severity + ")";
  }
}
