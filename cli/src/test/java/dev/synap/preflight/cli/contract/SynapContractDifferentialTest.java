package dev.synap.preflight.cli.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synap.preflight.cli.CliRunner;
import dev.synap.preflight.cli.contract.ContractCorpus.Shape;
import dev.synap.preflight.cli.contract.ContractCorpus.Variant;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.contract.SendableDocument;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.StandinServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate's promise, through the real entry points: a corpus of field-value variants goes through
 * {@code validate} and through {@code load --force} into the stand-in (behind a proxy that keeps
 * the bytes sent). Every document without an error finding is accepted by the loader and the
 * stand-in; every document either refuses has an error finding naming the same reason; every
 * normalization finding names the value that was sent; and {@code map} writes, byte for byte, the
 * documents the loader sent.
 */
class SynapContractDifferentialTest {
  private static final String KEY = "sk-contract-differential-51c9";
  private static final Map<String, String> ENV = Map.of("SYNAP_API_KEY", KEY);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SENT_AS = Pattern.compile("sent as (\\S+)$");

  @TempDir Path dir;

  static Stream<Arguments> runs() {
    return Stream.of(
        Arguments.of(Shape.GENERIC, Instance.B2C),
        Arguments.of(Shape.GENERIC, Instance.B2B),
        Arguments.of(Shape.SYNAP, Instance.B2C),
        Arguments.of(Shape.SYNAP, Instance.B2B),
        Arguments.of(Shape.MEM0, Instance.B2B));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("runs")
  void validatePassesExactlyWhatLoadSendsAndMapWritesItsBytes(Shape shape, Instance instance)
      throws Exception {
    String run = shape.profile + "-" + instance.id();
    List<Variant> variants = ContractCorpus.variants(shape);
    assertThat(variants.stream().filter(v -> v.field().equals("created"))).hasSizeGreaterThan(30);
    Path export = ContractCorpus.write(dir.resolve(run + ".jsonl"), shape, run, variants);
    Map<Long, List<JsonNode>> findings = validate(shape, instance, export);

    try (StandinServer standin = standin(instance);
        RecordingProxy proxy = new RecordingProxy(standin.baseUri())) {
      JsonNode report = load(shape, instance, export, proxy);
      Map<Long, String> refused = new HashMap<>();
      for (String list : List.of("rejected", "skipped", "failed")) {
        for (JsonNode issue : report.get(list)) {
          String origin = issue.get("origin").asText();
          refused.put(
              Long.parseLong(origin.substring(origin.lastIndexOf(':') + 1)),
              issue.get("message").asText());
        }
      }
      List<String> sent = documents(proxy.batches());
      Map<String, JsonNode> sentById = new HashMap<>();
      for (String doc : sent) {
        JsonNode d = JSON.readTree(doc);
        sentById.put(d.get("document_id").asText(), d);
      }
      int accepted = 0;
      int refusedCount = 0;
      for (int n = 0; n < variants.size(); n++) {
        long line = n + 1;
        String what = run + " line " + line + " " + describe(variants.get(n));
        List<JsonNode> errors = errors(findings.get(line));
        String id = sentId(shape, run, export, line);
        boolean wasAccepted = id != null && sentById.containsKey(id) && !refused.containsKey(line);
        if (errors.isEmpty()) {
          assertThat(wasAccepted)
              .as(
                  "%s has no error finding, so load must send it and the stand-in accept it: %s",
                  what, refused.get(line))
              .isTrue();
          accepted++;
        }
        if (refused.containsKey(line)) {
          refusedCount++;
          assertThat(errors)
              .as("%s was refused (%s) without an error finding", what, refused.get(line))
              .isNotEmpty();
          assertNamesTheSameReason(what, refused.get(line), errors);
        }
        if (wasAccepted) {
          assertSentValueIsTheNormalizedOne(what, findings.get(line), sentById.get(id));
        }
      }
      assertThat(accepted).as(run + ": documents accepted").isGreaterThan(variants.size() / 2);
      assertThat(refusedCount).as(run + ": documents refused").isPositive();

      CliRunner.Result map =
          CliRunner.runWithEnv(
              ENV, "map", "--profile", shape.profile, "--out", "-", export.toString());
      assertThat(map.exitCode()).as(map.err()).isEqualTo(1);
      assertThat(map.out().lines().toList())
          .as("map writes, byte for byte, the documents the loader sent, in order")
          .containsExactlyElementsOf(sent);
    }
  }

  /**
   * The export of issue #13: {@code validate} passed it while {@code load} refused both documents.
   * Now both are sent, with the normalized timestamps the info findings announce, and {@code map}
   * writes the golden bytes the loader sends.
   */
  @org.junit.jupiter.api.Test
  void theIssueExampleLoadsAsItValidatesAndMapWritesTheGoldenBytes() throws Exception {
    Path export = dir.resolve("issue-13.json");
    Files.writeString(
        export,
        "[{\"document\": \"Alice likes green tea.\", \"document_type\": \"document\","
            + " \"document_id\": \"ts-1\", \"document_created_at\": \"2024-05-01\","
            + " \"user_id\": \"alice\", \"customer_id\": \"acme\"},\n"
            + " {\"document\": \"Bob likes coffee.\", \"document_type\": \"document\","
            + " \"document_id\": \"ts-2\", \"document_created_at\": \"2024-05-01 10:30:00 UTC\","
            + " \"user_id\": \"bob\", \"customer_id\": \"acme\"}]\n",
        StandardCharsets.UTF_8);
    Path reports = dir.resolve("issue-validate");
    CliRunner.Result v =
        CliRunner.runWithEnv(
            ENV,
            "validate",
            "--profile",
            "synap",
            "--format",
            "json",
            "--report-dir",
            reports.toString(),
            "--progress",
            "never",
            export.toString());
    assertThat(v.exitCode()).as(v.out()).isZero();
    assertThat(v.out()).contains("Gate: PASSED");
    List<String> messages = new ArrayList<>();
    JSON.readTree(reports.resolve("report.json").toFile())
        .get("findings")
        .forEach(f -> messages.add(f.get("message").asText()));
    assertThat(messages)
        .containsExactly(
            "\"2024-05-01\" is a date without a time; it will be read as midnight UTC and sent as"
                + " 2024-05-01T00:00:00+00:00",
            "\"2024-05-01 10:30:00 UTC\" is not in RFC 3339 form; it will be sent as"
                + " 2024-05-01T10:30:00+00:00");

    CliRunner.Result map =
        CliRunner.runWithEnv(ENV, "map", "--profile", "synap", "--out", "-", export.toString());
    assertThat(map.exitCode()).as(map.err()).isZero();
    Path golden = Path.of("src/test/resources/golden/map-synap-issue13.jsonl");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, map.out(), StandardCharsets.UTF_8);
    }
    assertThat(map.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));

    try (StandinServer standin = standin(Instance.B2B);
        RecordingProxy proxy = new RecordingProxy(standin.baseUri())) {
      Path journal = dir.resolve("issue-journal");
      CliRunner.Result l =
          CliRunner.runWithEnv(
              ENV,
              "load",
              "--profile",
              "synap",
              "--instance",
              "b2b",
              "--journal",
              journal.toString(),
              "--base-url",
              proxy.baseUrl(),
              "--progress",
              "never",
              export.toString());
      assertThat(l.exitCode()).as(l.out() + l.err()).isZero();
      assertThat(l.out()).contains("2 sent, 2 accepted").contains("0 rejected");
      assertThat(proxy.batches()).hasSize(1);
      assertThat(new String(proxy.batches().get(0), StandardCharsets.UTF_8))
          .isEqualTo(
              "{\"documents\":["
                  + String.join(",", map.out().lines().toList())
                  + "],\"fail_fast\":false}");
    }
  }

  private Map<Long, List<JsonNode>> validate(Shape shape, Instance instance, Path export)
      throws IOException {
    Path reports = dir.resolve("validate-" + shape.profile + "-" + instance.id());
    CliRunner.Result v =
        CliRunner.runWithEnv(
            ENV,
            "validate",
            "--profile",
            shape.profile,
            "--instance",
            instance.id(),
            "--format",
            "json",
            "--report-dir",
            reports.toString(),
            "--progress",
            "never",
            export.toString());
    assertThat(v.exitCode()).as(v.err()).isEqualTo(1);
    Map<Long, List<JsonNode>> byLine = new HashMap<>();
    for (JsonNode f : JSON.readTree(reports.resolve("report.json").toFile()).get("findings")) {
      byLine.computeIfAbsent(f.get("line").asLong(), k -> new ArrayList<>()).add(f);
    }
    return byLine;
  }

  private JsonNode load(Shape shape, Instance instance, Path export, RecordingProxy proxy)
      throws IOException {
    Path journal = dir.resolve("journal-" + shape.profile + "-" + instance.id());
    Path keyFile = dir.resolve("key");
    Files.writeString(keyFile, KEY, StandardCharsets.UTF_8);
    CliRunner.Result l =
        CliRunner.runWithEnv(
            ENV,
            "load",
            "--profile",
            shape.profile,
            "--instance",
            instance.id(),
            "--force",
            "--journal",
            journal.toString(),
            "--base-url",
            proxy.baseUrl(),
            "--api-key-file",
            keyFile.toString(),
            "--concurrency",
            "1",
            "--progress",
            "never",
            export.toString());
    assertThat(l.exitCode()).as(l.out() + l.err()).isEqualTo(1);
    return JSON.readTree(journal.resolve("load-report.json").toFile());
  }

  private static StandinServer standin(Instance instance) throws IOException {
    return StandinServer.start(
        StandinOptions.builder()
            .apiKey(KEY)
            .port(0)
            .instance(instance)
            .seed(13)
            .ingestionDelay(Duration.ofMillis(1))
            .build());
  }

  /** The refusal's reasons appear in an error finding of the same record. */
  private static void assertNamesTheSameReason(String what, String refusal, List<JsonNode> errors) {
    List<String> messages = errors.stream().map(e -> e.get("message").asText()).toList();
    List<String> reasons = new ArrayList<>();
    if (refusal.startsWith("not sent: ")) {
      for (String part : refusal.substring("not sent: ".length()).split("; (?=[a-z_]+: )")) {
        reasons.add(part.substring(part.indexOf(": ") + 2));
      }
    } else if (refusal.startsWith("no document_id")) {
      reasons.add(SendableDocument.NO_ID);
    } else {
      // the stand-in's own answer: the finding must name the fields it names
      for (SynapField f : SynapField.values()) {
        if (refusal.contains(f.wireName())) {
          reasons.add(f.wireName());
        }
      }
      assertThat(reasons)
          .as("%s: the service's reason names a field: %s", what, refusal)
          .isNotEmpty();
    }
    for (String reason : reasons) {
      assertThat(messages)
          .as("%s was refused with '%s'; an error finding must say the same", what, reason)
          .anyMatch(m -> m.contains(reason));
    }
  }

  /** An info finding "… sent as X" names exactly the document_created_at that was sent. */
  private static void assertSentValueIsTheNormalizedOne(
      String what, List<JsonNode> findings, JsonNode sent) {
    if (findings == null) {
      return;
    }
    for (JsonNode f : findings) {
      Matcher m = SENT_AS.matcher(f.get("message").asText());
      if (f.get("rule").asText().equals("invalid-timestamp") && m.find()) {
        assertThat(sent.get("document_created_at").asText()).as(what).isEqualTo(m.group(1));
      }
    }
  }

  private static List<JsonNode> errors(List<JsonNode> findings) {
    return findings == null
        ? List.of()
        : findings.stream().filter(f -> f.get("severity").asText().equals("error")).toList();
  }

  /** The document_id the record at {@code line} is sent with, or null when it has none. */
  private static String sentId(Shape shape, String run, Path export, long line) throws IOException {
    String record = Files.readAllLines(export, StandardCharsets.UTF_8).get((int) line - 1);
    JsonNode id = JSON.readTree(record).get(shape.names.get("id"));
    if (id == null || id.isNull()) {
      return null;
    }
    String sent = shape.idPrefix + id.asText(); // mem0 ids go through the profile's template
    return sent.isBlank() ? null : sent;
  }

  private static String describe(Variant v) {
    Object value = v.value();
    String text =
        value instanceof String[] who
            ? String.join("/", Stream.of(who).map(String::valueOf).toList())
            : String.valueOf(value == ContractCorpus.ABSENT ? "(absent)" : value);
    return v.field() + "=" + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
  }

  /**
   * The documents of every batch body, as the exact text they were sent as; each body must be
   * exactly {@code {"documents":[d1,d2,…],"fail_fast":false}} of them.
   */
  private static List<String> documents(List<byte[]> bodies) throws IOException {
    List<String> out = new ArrayList<>();
    JsonFactory factory = new JsonFactory();
    Set<String> seen = new HashSet<>();
    for (byte[] body : bodies) {
      String text = new String(body, StandardCharsets.UTF_8);
      List<String> docs = new ArrayList<>();
      try (JsonParser p = factory.createParser(text)) {
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        assertThat(p.nextFieldName()).isEqualTo("documents");
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
        while (p.nextToken() == JsonToken.START_OBJECT) {
          int start = (int) p.currentTokenLocation().getCharOffset();
          p.skipChildren();
          int end = (int) p.currentLocation().getCharOffset();
          docs.add(text.substring(start, end));
        }
      }
      assertThat(text)
          .isEqualTo("{\"documents\":[" + String.join(",", docs) + "],\"fail_fast\":false}");
      for (String d : docs) {
        assertThat(seen.add(d)).as("sent once: %s", d).isTrue();
      }
      out.addAll(docs);
    }
    assertThat(out).isNotEmpty();
    return out;
  }
}
