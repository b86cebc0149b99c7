package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preflight map} and {@code preflight profiles} through the real command line. */
class MapCommandTest {
  static final Path DIR = Path.of("src/test/resources/profiles");
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void mapsMem0PageToSynapJsonlAndSummary(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("synap.jsonl");
    Path summary = tmp.resolve("summary.json");
    Path input = DIR.resolve("mem0-platform-v3-page.json");
    CliRunner.Result r =
        CliRunner.run(
            "map",
            "--profile",
            "auto",
            "--out",
            out.toString(),
            "--summary",
            summary.toString(),
            "--customer-id",
            "acme",
            input.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
    String jsonl = Files.readString(out, StandardCharsets.UTF_8);
    String sum =
        Files.readString(summary, StandardCharsets.UTF_8).replace(input.toString(), "INPUT");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN.resolve("map-mem0.jsonl"), jsonl, StandardCharsets.UTF_8);
      Files.writeString(GOLDEN.resolve("map-mem0.summary.json"), sum, StandardCharsets.UTF_8);
    }
    assertThat(jsonl)
        .isEqualTo(Files.readString(GOLDEN.resolve("map-mem0.jsonl"), StandardCharsets.UTF_8));
    assertThat(sum)
        .isEqualTo(
            Files.readString(GOLDEN.resolve("map-mem0.summary.json"), StandardCharsets.UTF_8));
    assertThat(r.err())
        .contains("3 records read, 2 documents written, 1 items skipped, 0 records not mapped")
        .contains("skipped    superseded (replaced_by is set): 1");
  }

  @Test
  void wireFieldNamesOnlyAndStableIds(@TempDir Path tmp) throws IOException {
    CliRunner.Result a =
        CliRunner.run("map", "--out", "-", DIR.resolve("evie.v2-two-agents.af").toString());
    CliRunner.Result b =
        CliRunner.run("map", "--out", "-", DIR.resolve("evie.v2-two-agents.af").toString());
    assertThat(a.exitCode()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
    String[] lines = a.out().split("\n");
    assertThat(lines).hasSize(13);
    for (String line : lines) {
      JsonNode n = JSON.readTree(line);
      n.fieldNames()
          .forEachRemaining(
              k ->
                  assertThat(k)
                      .isIn(
                          "document",
                          "document_type",
                          "document_id",
                          "document_created_at",
                          "user_id",
                          "customer_id",
                          "mode",
                          "metadata"));
      // every key of the request is present, as the loader sends it; Letta names no user
      assertThat(n.size()).isEqualTo(8);
      assertThat(n.get("user_id").isNull()).isTrue();
    }
  }

  @Test
  void malformedRecordsExitOneBadProfileTwoMissingInputThree(@TempDir Path tmp) throws IOException {
    Path bad = tmp.resolve("mixed.jsonl");
    Files.writeString(
        bad,
        "{\"id\":\"a\",\"memory\":\"ok\",\"user_id\":\"u\"}\n{not json\n",
        StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("map", "--profile", "mem0", "--out", "-", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("1 records not mapped")
        .containsPattern(
            "(?m)^Records not mapped:\n"
                + java.util.regex.Pattern.quote(bad.toString())
                + ":2:\\d+: error not-mapped: not valid JSON");
    Path profile = tmp.resolve("p.yaml");
    Files.writeString(
        profile,
        "name: p\ndocuments:\n  - source-type: x\n    source-id: id\n    fields:\n"
            + "      document_id: {template: \"{foo}\"}\n      document: t\n",
        StandardCharsets.UTF_8);
    CliRunner.Result p =
        CliRunner.run("map", "--profile", profile.toString(), "--out", "-", bad.toString());
    assertThat(p.exitCode()).isEqualTo(2);
    assertThat(p.err())
        .contains(
            "profile p.yaml: documents[0].fields.document_id.template: unknown placeholder {foo}");
    CliRunner.Result m = CliRunner.run("map", "--out", "-", tmp.resolve("nope.json").toString());
    assertThat(m.exitCode()).isEqualTo(3);
  }

  @Test
  void validateFindingsPointAtTheSourceItemAfterFanOut(@TempDir Path tmp) throws IOException {
    CliRunner.Result r =
        CliRunner.run(
            "validate",
            "--format",
            "json",
            "--report-dir",
            tmp.toString(),
            "--instance",
            "b2b",
            "--user-id",
            "u1",
            DIR.resolve("evie.v2-two-agents.af").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode report = JSON.readTree(tmp.resolve("report.json").toFile());
    assertThat(report.at("/inputs/0/profile").asText()).isEqualTo("letta");
    assertThat(report.at("/totals/documentsBySourceType/block").asLong()).isEqualTo(13);
    assertThat(report.at("/totals/skippedByReason/system prompt").asLong()).isEqualTo(2);
    JsonNode first = null;
    for (JsonNode f : report.get("findings")) {
      if (f.get("rule").asText().equals("scope-mismatch")) {
        first = f;
        break;
      }
    }
    assertThat(first).isNotNull();
    assertThat(first.get("line").asLong()).isEqualTo(375);
    assertThat(first.get("byteOffset").asLong()).isEqualTo(42848);
    assertThat(first.get("documentId").asText()).isEqualTo("letta:Evie:block:about_me");
  }

  @Test
  void zipWithPathTraversalIsAFindingNeverExtracted(@TempDir Path tmp) throws IOException {
    Path zip = tmp.resolve("memories_export_alice.zip");
    try (java.util.zip.ZipOutputStream z =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      for (String name : new String[] {"memories.json", "../../evil.txt"}) {
        z.putNextEntry(new java.util.zip.ZipEntry(name));
        z.write("{}".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    CliRunner.Result r = CliRunner.run("map", "--out", "-", zip.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("zip archive")
        .contains("path traversal")
        .contains("../../evil.txt");
    assertThat(tmp.getParent().getParent().resolve("evil.txt")).doesNotExist();
  }

  @Test
  void profilesListsEveryBundledProfile() {
    CliRunner.Result r = CliRunner.run("profiles");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("mem0\n", "zep\n", "letta\n", "supermemory\n", "langgraph\n", "chat-jsonl\n")
        .contains("makes: block, message, file (a JSON file is read as one document)");
  }
}
