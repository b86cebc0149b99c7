package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.loader.catchup.JournalChain;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.run.ManifestReader;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.standin.DuplicatePolicy;
import dev.synap.preflight.standin.RequestCounts;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.StandinServer;
import dev.synap.preflight.standin.store.StoredMemory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code preflight load --since} end to end through the CLI against the stand-in: export A loaded,
 * export B derived from it (2% added, 1% changed with one of each kind of change, 1% removed, the
 * records in another order and split into two files), then the catch-up. What the stand-in was
 * asked is counted; what it holds afterwards is read back: every document of B from exactly the
 * ingestion the chain of journals names for it, under its owner's scope, and nothing of the removed
 * ones or of the changed ones' earlier versions.
 */
class CatchUpCommandTest {
  static final String KEY = "sk-test-catch-up-command-1234";
  static final ObjectMapper JSON = new ObjectMapper();
  static final int N = 500;
  static final List<Integer> REMOVED = List.of(50, 150, 250, 350, 450);
  static final List<Integer> CHANGED = List.of(10, 120, 230, 340, 460);
  static final int ADDED = 10;

  @TempDir Path tmp;

  static StandinServer standin(DuplicatePolicy policy, Path state) throws Exception {
    StandinServer s =
        StandinServer.start(
            StandinOptions.builder()
                .apiKey(KEY)
                .port(0)
                .instance(Instance.B2C)
                .seed(16)
                .stateDir(state)
                .ingestionDelay(Duration.ofMillis(1))
                .build());
    s.faults().duplicatePolicy(policy);
    return s;
  }

  static ObjectNode record(int i) {
    ObjectNode r = JSON.createObjectNode();
    r.put("id", "doc-" + i)
        .put("content", "Alice wrote note " + i + " about green tea.")
        .put("document_type", "document")
        .put("created_at", "2024-05-01T10:00:00Z")
        .put("user_id", "user-" + (i % 7));
    r.putObject("metadata").put("n", i);
    return r;
  }

  static Path write(Path file, List<ObjectNode> records) throws Exception {
    StringBuilder s = new StringBuilder();
    for (ObjectNode r : records) {
      s.append(JSON.writeValueAsString(r)).append('\n');
    }
    return Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
  }

  static Path exportA(Path dir) throws Exception {
    List<ObjectNode> a = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      a.add(record(i));
    }
    return write(dir.resolve("a.jsonl"), a);
  }

  /** B's records by document id, the owner of each. */
  static List<ObjectNode> recordsB() {
    List<ObjectNode> b = new ArrayList<>();
    for (int i = 0; i < N + ADDED; i++) {
      if (REMOVED.contains(i)) {
        continue;
      }
      ObjectNode r = record(i);
      switch (CHANGED.indexOf(i)) {
        case 0 -> r.put("content", "Alice now prefers coffee, note " + i + ".");
        case 1 -> r.put("document_type", "email");
        case 2 -> r.put("created_at", "2024-06-01T10:00:00Z");
        case 3 -> r.put("user_id", "user-moved-" + i);
        case 4 -> r.putObject("metadata").put("n", i).put("edited", true);
        default -> {}
      }
      b.add(r);
    }
    Collections.reverse(b);
    return b;
  }

  static List<Path> exportB(Path dir) throws Exception {
    List<ObjectNode> b = recordsB();
    return List.of(
        write(dir.resolve("b-part1.jsonl"), b.subList(0, 200)),
        write(dir.resolve("b-part2.jsonl"), b.subList(200, b.size())));
  }

  static CliRunner.Result cli(List<String> args) {
    return CliRunner.run(args.toArray(String[]::new));
  }

  static List<String> load(StandinServer s, Path key, Path journal, Path... inputs) {
    List<String> a = new ArrayList<>(List.of("load", "--profile", "generic"));
    for (Path p : inputs) {
      a.add(p.toString());
    }
    a.addAll(
        List.of(
            "--base-url",
            s.baseUri().toString(),
            "--journal",
            journal.toString(),
            "--api-key-file",
            key.toString(),
            "--progress",
            "never"));
    return a;
  }

  static Path key(Path dir) throws Exception {
    return Files.writeString(dir.resolve("key"), KEY, StandardCharsets.UTF_8);
  }

  /**
   * Asserts what the stand-in holds after a catch-up to B: every document of B from exactly one
   * ingestion (the one the chain names, when it names one), in its owner's scope; nothing else.
   */
  static void holdsExactlyB(StandinServer s, Path catchUp) throws Exception {
    holdsB(s, catchUp, Set.of());
  }

  /** As {@link #holdsExactlyB}, with the removed documents {@code kept} still held as before. */
  static void holdsB(StandinServer s, Path catchUp, Set<String> kept) throws Exception {
    assertThat(s.awaitIdle(Duration.ofSeconds(30))).isTrue();
    JournalChain chain = JournalChain.read(catchUp);
    Map<String, ObjectNode> b =
        recordsB().stream().collect(Collectors.toMap(r -> r.get("id").asText(), r -> r));
    Map<String, List<StoredMemory>> byDoc =
        s.memories().stream().collect(Collectors.groupingBy(StoredMemory::documentId));
    Set<String> held = new TreeSet<>(b.keySet());
    held.addAll(kept);
    assertThat(new TreeSet<>(byDoc.keySet())).isEqualTo(held);
    assertThat(new TreeSet<>(chain.documentIds())).isEqualTo(held);
    for (var e : b.entrySet()) {
      String id = e.getKey();
      Set<String> ingestions =
          byDoc.get(id).stream().map(StoredMemory::ingestionId).collect(Collectors.toSet());
      assertThat(ingestions).as("ingestions of %s", id).hasSize(1);
      String named = chain.prior(id).doc().ingestionId();
      if (named != null) { // null: loaded by a conflict after a crash, its ingestion not named
        assertThat(ingestions).as(id).containsExactly(named);
      }
      String owner = e.getValue().get("user_id").asText();
      assertThat(byDoc.get(id)).as(id).allMatch(m -> owner.equals(m.scope().userId()));
    }
    List<ManifestReader.Document> latest = ManifestReader.readChain(catchUp);
    assertThat(
            new TreeSet<>(
                latest.stream()
                    .map(ManifestReader.Document::documentId)
                    .collect(Collectors.toSet())))
        .isEqualTo(held);
  }

  @Test
  void aCatchUpSendsOnlyWhatChangedAndDeletesWhatWasRemovedUnderTheConflictPolicy()
      throws Exception {
    try (StandinServer s = standin(DuplicatePolicy.CONFLICT, null)) {
      Path key = key(tmp);
      Path journalA = tmp.resolve("journal-a");
      CliRunner.Result a = cli(load(s, key, journalA, exportA(tmp)));
      assertThat(a.exitCode()).as(a.out() + a.err()).isZero();
      List<Path> b = exportB(tmp);

      CliRunner.Result diff =
          CliRunner.run(
              "diff",
              "--journal",
              journalA.toString(),
              "--report-dir",
              tmp.resolve("diff").toString(),
              b.get(0).toString(),
              b.get(1).toString());
      assertThat(diff.out())
          .contains(
              "added:     10",
              "changed:   5 (content 1, identities 1, metadata 1, timestamp 1, type 1)",
              "removed:   5",
              "unchanged: 490");

      Map<String, Long> before = s.requests().snapshot();
      Path journalC = tmp.resolve("journal-c");
      List<String> args = load(s, key, journalC, b.get(0), b.get(1));
      args.addAll(List.of("--since", journalA.toString(), "--delete-removed"));
      CliRunner.Result c = cli(args);
      assertThat(c.exitCode()).as(c.out() + c.err()).isZero();
      assertThat(c.out())
          .contains(
              "catch-up: since " + journalA.toAbsolutePath(),
              "new export: 10 added, 5 changed",
              "5 removed, 490 unchanged",
              "sending:  1 batch request(s) for 15 document(s)",
              "a full reload: 6 for 505",
              "removed:  5 document(s) retired before sending",
              "catch-up: 5 of 5 removed document(s) deleted, 5 changed document(s) replaced");
      Map<String, Long> after = s.requests().snapshot();
      // Added and changed go once; the changed ones, refused because their earlier version holds
      // the id, go once more after that version's memories are deleted. Nothing else is sent.
      assertThat(delta(before, after, RequestCounts.BATCH_DOCUMENTS))
          .isEqualTo(ADDED + 2L * CHANGED.size());
      assertThat(delta(before, after, RequestCounts.BATCH)).isEqualTo(2);
      assertThat(delta(before, after, RequestCounts.DELETE)).isPositive();
      holdsExactlyB(s, journalC);
      String report =
          JSON.readTree(journalC.resolve("load-report.json").toFile())
              .at("/operations/plan")
              .toString();
      assertThat(report)
          .contains("catch-up: since ", "new export: 10 added", "catch-up: 5 of 5 removed");

      CliRunner.Result again = cli(args);
      assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
      assertThat(again.out())
          .contains(
              "15 answered by an earlier run", "retired before sending (5 by an earlier run)");
      assertThat(delta(after, s.requests().snapshot(), RequestCounts.BATCH)).isZero();

      // Rolling the catch-up back undoes it alone: what it sent is deleted, the first load's
      // unchanged documents stay; what it deleted (removed, earlier versions) is not restored.
      CliRunner.Result rollback =
          CliRunner.run(
              "rollback",
              "--journal",
              journalC.toString(),
              "--base-url",
              s.baseUri().toString(),
              "--api-key-file",
              key.toString(),
              "--progress",
              "never");
      assertThat(rollback.exitCode()).as(rollback.out() + rollback.err()).isZero();
      assertThat(s.awaitIdle(Duration.ofSeconds(30))).isTrue();
      Set<String> left =
          s.memories().stream().map(StoredMemory::documentId).collect(Collectors.toSet());
      Set<String> unchanged = new TreeSet<>();
      for (int i = 0; i < N; i++) {
        if (!REMOVED.contains(i) && !CHANGED.contains(i)) {
          unchanged.add("doc-" + i);
        }
      }
      assertThat(new TreeSet<>(left)).isEqualTo(unchanged);
      assertThat(new TreeSet<>(JournalChain.read(journalC).documentIds())).isEqualTo(unchanged);
    }
  }

  @Test
  void underUpsertChangedDocumentsAreReplacedInPlaceAndRemovedOnesKeptWithoutTheFlag()
      throws Exception {
    try (StandinServer s = standin(DuplicatePolicy.UPSERT, null)) {
      Path key = key(tmp);
      Path journalA = tmp.resolve("journal-a");
      assertThat(cli(load(s, key, journalA, exportA(tmp))).exitCode()).isZero();
      List<Path> b = exportB(tmp);
      Map<String, Long> before = s.requests().snapshot();
      Path journalC = tmp.resolve("journal-c");
      List<String> args = load(s, key, journalC, b.get(0), b.get(1));
      args.addAll(List.of("--since", journalA.toString()));
      args.set(args.indexOf("never"), "always");
      CliRunner.Result c = cli(args);
      assertThat(c.exitCode()).as(c.out() + c.err()).isZero();
      String bytes = ProgressBar.bytes(Files.size(b.get(0)) + Files.size(b.get(1)));
      assertThat(c.err())
          .as("the comparison's bar, at its end")
          .contains("\r100% [" + "#".repeat(24) + "] " + bytes + " / " + bytes);
      assertThat(c.out())
          .contains(
              "removed:  5 document(s) kept in Synap",
              "catch-up: 5 removed document(s) kept in Synap",
              "0 changed document(s) replaced");
      Map<String, Long> after = s.requests().snapshot();
      assertThat(delta(before, after, RequestCounts.BATCH_DOCUMENTS))
          .isEqualTo(ADDED + CHANGED.size());
      assertThat(delta(before, after, RequestCounts.DELETE)).isZero();
      // The service replaced each changed document in place: one ingestion each, the catch-up's.
      holdsB(s, journalC, REMOVED.stream().map(i -> "doc-" + i).collect(Collectors.toSet()));
    }
  }

  @Test
  void verifyWithTheCatchUpsJournalCoversEveryDocumentOfTheNewExportThroughTheChain()
      throws Exception {
    try (StandinServer s = standin(DuplicatePolicy.CONFLICT, null)) {
      Path key = key(tmp);
      Path journalA = tmp.resolve("journal-a");
      List<String> first = load(s, key, journalA, exportA(tmp));
      first.addAll(List.of("--track", "all"));
      assertThat(cli(first).exitCode()).isZero();
      List<Path> b = exportB(tmp);
      Path journalC = tmp.resolve("journal-c");
      List<String> args = load(s, key, journalC, b.get(0), b.get(1));
      args.addAll(List.of("--since", journalA.toString(), "--delete-removed", "--track", "all"));
      assertThat(cli(args).exitCode()).isZero();
      assertThat(s.awaitIdle(Duration.ofSeconds(30))).isTrue();

      CliRunner.Result chain = verify(s, b, journalC, "chain");
      assertThat(chain.out())
          .as(chain.err())
          .contains(
              "Coverage: 505 of 505 documents loaded with a memory; 0 failed or made none; 0 with"
                  + " no known outcome (untracked or still queued); 0 not in the journal");
      // The first load's journal alone does not know the added documents, and still names the
      // removed and replaced versions' memories, which are gone.
      CliRunner.Result firstOnly = verify(s, b, journalA, "first");
      assertThat(firstOnly.out()).contains("10 not in the journal");
      assertThat(firstOnly.exitCode()).isNotZero();
    }
  }

  private CliRunner.Result verify(StandinServer s, List<Path> b, Path journal, String name) {
    return CliRunner.runWithEnv(
        Map.of("SYNAP_API_KEY", KEY),
        "verify",
        "--profile",
        "generic",
        b.get(0).toString(),
        b.get(1).toString(),
        "--base-url",
        s.baseUri().toString(),
        "--journal",
        journal.toString(),
        "--sample",
        "10",
        "--report-dir",
        tmp.resolve("verify-" + name).toString(),
        "--index-dir",
        tmp.resolve("index-" + name).toString(),
        "--progress",
        "never");
  }

  @Test
  void aCatchUpIsRefusedWhenItsJournalsDoNotFit() throws Exception {
    try (StandinServer s = standin(DuplicatePolicy.CONFLICT, null)) {
      Path key = key(tmp);
      Path journalA = tmp.resolve("journal-a");
      Path a = exportA(tmp);
      assertThat(cli(load(s, key, journalA, a)).exitCode()).isZero();
      long sent = s.requests().get(RequestCounts.BATCH);

      List<String> intoItself = load(s, key, journalA, a);
      intoItself.addAll(List.of("--since", journalA.toString()));
      CliRunner.Result self = cli(intoItself);
      assertThat(self.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(self.err()).contains("is a journal the catch-up follows");

      List<String> nowhere = load(s, key, tmp.resolve("c"), a);
      nowhere.addAll(List.of("--since", tmp.resolve("nowhere").toString()));
      CliRunner.Result none = cli(nowhere);
      assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(none.err()).contains("no load journal in");

      List<String> otherProfile = load(s, key, tmp.resolve("c2"), a);
      otherProfile.set(2, "mem0");
      otherProfile.addAll(List.of("--since", journalA.toString()));
      CliRunner.Result other = cli(otherProfile);
      assertThat(other.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(other.err()).contains("profile generic, not mem0");

      Path damaged = tmp.resolve("damaged");
      Files.createDirectories(damaged);
      List<String> lines = Files.readAllLines(journalA.resolve(Journal.FILE));
      lines.set(1, "{\"t\":\"sent\",\"batch\":\"not a number\"}");
      Files.write(damaged.resolve(Journal.FILE), lines, StandardCharsets.UTF_8);
      List<String> fromDamaged = load(s, key, tmp.resolve("c3"), a);
      fromDamaged.addAll(List.of("--since", damaged.toString()));
      CliRunner.Result bad = cli(fromDamaged);
      assertThat(bad.exitCode()).as(bad.out() + bad.err()).isEqualTo(ExitCodes.INPUT_OR_INTERNAL);

      // An export with a repeated id fails the gate (exit 1); a dry run plans; neither sends.
      Path twice = Files.writeString(tmp.resolve("twice.jsonl"), Files.readString(a));
      Files.writeString(
          twice,
          JSON.writeValueAsString(record(3).put("content", "another text")) + "\n",
          java.nio.file.StandardOpenOption.APPEND);
      List<String> repeated = load(s, key, tmp.resolve("c5"), twice);
      repeated.addAll(List.of("--since", journalA.toString()));
      CliRunner.Result dup = cli(repeated);
      assertThat(dup.exitCode()).as(dup.out() + dup.err()).isEqualTo(ExitCodes.GATE_FAILED);
      assertThat(dup.out()).contains("gate: failed", "nothing sent");
      List<String> dry = load(s, key, tmp.resolve("c6"), exportB(tmp).toArray(Path[]::new));
      dry.addAll(List.of("--since", journalA.toString(), "--dry-run"));
      CliRunner.Result plan = cli(dry);
      assertThat(plan.exitCode()).as(plan.out() + plan.err()).isZero();
      assertThat(plan.out())
          .contains(
              "new export: 10 added, 5 changed",
              "dry run: 505 documents read, 15 to send",
              "490 unchanged since --since",
              "nothing sent");
      assertThat(tmp.resolve("c6")).doesNotExist();

      List<String> flagAlone = load(s, key, tmp.resolve("c4"), a);
      flagAlone.add("--delete-removed");
      assertThat(cli(flagAlone).exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(s.requests().get(RequestCounts.BATCH)).as("nothing sent").isEqualTo(sent);
    }
  }

  static long delta(Map<String, Long> before, Map<String, Long> after, String kind) {
    return after.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L);
  }
}
