package dev.synap.preflight.rules.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.read.DecodedRecord;
import dev.synap.preflight.rules.read.JsonRecordDecoder;
import dev.synap.preflight.rules.read.RawRecord;
import dev.synap.preflight.rules.read.RecordSyntaxException;
import dev.synap.preflight.rules.read.Utf8Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundled profile over the real (Letta, Zep) and hand-written fixtures, exact counts. */
class ProfileFixturesTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  /** What one file gave. */
  record Outcome(
      String profile,
      long records,
      Map<String, Long> documents,
      Map<String, Long> skipped,
      List<SourceEvent.Problem> problems,
      List<SourceEvent.Document> docs) {}

  static Outcome run(Path file, Profile profile) throws IOException {
    Map<String, Long> documents = new TreeMap<>();
    Map<String, Long> skipped = new TreeMap<>();
    List<SourceEvent.Problem> problems = new ArrayList<>();
    List<SourceEvent.Document> docs = new ArrayList<>();
    try (SourceReader r = SourceReader.open(file, 0, file.toString(), profile, Limits.DEFAULTS)) {
      for (SourceEvent e = r.next(); e != null; e = r.next()) {
        if (e instanceof SourceEvent.Document d) {
          documents.merge(d.document().sourceType(), 1L, Long::sum);
          docs.add(d);
        } else if (e instanceof SourceEvent.Skipped s) {
          skipped.merge(s.reason(), 1L, Long::sum);
        } else if (e instanceof SourceEvent.Problem p) {
          problems.add(p);
        }
      }
      return new Outcome(r.profile().name(), r.records(), documents, skipped, problems, docs);
    }
  }

  static Outcome auto(String relative) throws IOException {
    return run(FIXTURES.resolve(relative), null);
  }

  @Test
  void lettaV2TwoAgentsSharedBlocksAndSkippedEvents() throws IOException {
    Outcome o = auto("letta/evie.v2-two-agents.af");
    assertThat(o.profile()).isEqualTo("letta");
    assertThat(o.records()).isEqualTo(1);
    assertThat(o.documents()).isEqualTo(Map.of("block", 13L));
    assertThat(o.skipped())
        .isEqualTo(Map.of("system prompt", 2L, "heartbeat, login or system alert", 1L));
    assertThat(o.problems()).isEmpty();
    MemoryDocument first = o.docs().get(0).document().document();
    assertThat(first.documentId()).isEqualTo("letta:Evie:block:about_me");
    assertThat(first.documentType()).isEqualTo("document");
    assertThat(first.createdAt()).isEqualTo("2026-02-12T19:12:25.808800Z");
    assertThat(first.metadata().get("source_id").asText()).isEqualTo("block-0");
    assertThat(first.metadata().get("source_created_at").asText())
        .isEqualTo("2026-02-12T19:12:25.808800+00:00");
    assertThat(first.metadata().get("created_at_source").asText()).isEqualTo("root:created_at");
  }

  @Test
  void lettaV1ConversationUnwrapsUserMessagesAndSendMessageReplies() throws IOException {
    Outcome o = auto("letta/memgpt_agent_with_convo.v1.af");
    assertThat(o.profile()).isEqualTo("letta");
    assertThat(o.documents()).isEqualTo(Map.of("block", 2L, "message", 46L));
    assertThat(o.skipped())
        .isEqualTo(
            Map.of(
                "system prompt", 6L,
                "tool result", 28L,
                "heartbeat, login or system alert", 6L,
                "internal tool call (no visible reply)", 5L));
    long total = o.documents().values().stream().mapToLong(Long::longValue).sum();
    long skips = o.skipped().values().stream().mapToLong(Long::longValue).sum();
    assertThat(total + skips).isEqualTo(2 + 91); // every core block and message accounted for
    MemoryDocument user =
        o.docs().stream()
            .map(d -> d.document().document())
            .filter(d -> "hi my name is actually sarah not chad ".equals(d.document()))
            .findFirst()
            .orElseThrow();
    assertThat(user.createdAt()).isEqualTo("2025-04-01T03:51:08.745024Z");
    assertThat(user.metadata().get("created_at_assumed_utc").asBoolean()).isTrue();
    assertThat(user.metadata().get("source_created_at").asText())
        .isEqualTo("2025-04-01T03:51:08.745024");
    assertThat(user.documentType()).isEqualTo("ai-chat-conversation");
    assertThat(o.docs().stream().map(d -> d.document().document().document()))
        .contains(
            "Apologies for the confusion, Sarah. It's nice to meet you. How can I assist you today?")
        .noneMatch(t -> t.contains("\"type\": \"heartbeat\""));
  }

  @Test
  void lettaDoubleEncodedFileIsDecodedWithANote() throws IOException {
    Outcome o = auto("letta/customer_service.v2-double-encoded.af");
    assertThat(o.profile()).isEqualTo("letta");
    assertThat(o.documents()).isEqualTo(Map.of("block", 2L));
    assertThat(o.skipped()).isEqualTo(Map.of("system prompt", 1L));
    assertThat(o.docs().get(0).notes())
        .singleElement()
        .satisfies(n -> assertThat(n.message()).contains("double-encoded"));
    assertThat(o.docs().get(0).document().document().documentId())
        .isEqualTo("letta:customer_service:block:human");
  }

  @Test
  void lettaLoopAndV2ConvoFiles() throws IOException {
    Outcome loop = auto("letta/loop.v2.af");
    assertThat(loop.documents()).isEqualTo(Map.of("block", 9L, "message", 1L));
    assertThat(loop.skipped()).isEqualTo(Map.of("system prompt", 1L, "tool result", 1L));
    MemoryDocument reply =
        loop.docs().stream()
            .map(d -> d.document().document())
            .filter(d -> d.metadata().get("source_type").asText().equals("message"))
            .findFirst()
            .orElseThrow();
    assertThat(reply.document()).isEqualTo("I'm Loop. I remember. What's on your mind?");
    assertThat(reply.metadata().get("source_id").asText()).isEqualTo("message-1");
    Outcome v2 = auto("letta/memgpt_agent_with_convo.v2.af");
    assertThat(v2.documents()).isEqualTo(Map.of("block", 2L));
    assertThat(v2.skipped()).isEqualTo(Map.of("system prompt", 1L));
  }

  @Test
  void nestedItemsKeepTheirSourceLineAndByteOffset() throws IOException {
    Path file = FIXTURES.resolve("letta/evie.v2-two-agents.af");
    byte[] bytes = Files.readAllBytes(file);
    Outcome o = run(file, null);
    for (SourceEvent.Document d : o.docs()) {
      int offset = (int) d.byteOffset();
      assertThat(bytes[offset]).as("a block's offset is its '{'").isEqualTo((byte) '{');
      long line = 1;
      for (int i = 0; i < offset; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      assertThat(d.line()).isEqualTo(line);
    }
    assertThat(o.docs().get(0).line()).isEqualTo(375);
  }

  @Test
  void zepBackfillJsonlConversationsAndUsers() throws IOException {
    Outcome chat = auto("zep/chat_history.jsonl");
    assertThat(chat.profile()).isEqualTo("zep");
    assertThat(chat.records()).isEqualTo(18);
    assertThat(chat.documents()).isEqualTo(Map.of("message", 18L));
    MemoryDocument first = chat.docs().get(0).document().document();
    assertThat(first.documentId()).startsWith("zep:access-1042:");
    assertThat(first.metadata().get("thread_id").asText()).isEqualTo("access-1042");
    assertThat(first.metadata().get("name").asText()).isEqualTo("Morgan Lee");
    assertThat(auto("zep/combined_threads.jsonl").documents()).isEqualTo(Map.of("message", 12L));
    Outcome conv = auto("zep/zep_eval_test_user_001_conv_001.json");
    assertThat(conv.documents()).isEqualTo(Map.of("message", 2L));
    MemoryDocument m = conv.docs().get(0).document().document();
    assertThat(m.userId()).isEqualTo("zep_eval_test_user_001");
    assertThat(m.documentId()).isEqualTo("zep:conv_001:0");
    assertThat(m.createdAt()).isEqualTo("2025-01-10T09:15:00Z");
    assertThat(conv.docs().get(0).line()).isEqualTo(5);
    Outcome users = auto("zep/users.json");
    assertThat(users.documents()).isEmpty();
    assertThat(users.skipped())
        .isEqualTo(Map.of("user profile (not memory; map it to a side table)", 2L));
  }

  @Test
  void mem0Shapes() throws IOException {
    Outcome oss = auto("synthetic/mem0-oss-get-all.json");
    assertThat(oss.profile()).isEqualTo("mem0");
    assertThat(oss.documents()).isEqualTo(Map.of("memory", 2L));
    MemoryDocument a = oss.docs().get(0).document().document();
    assertThat(a.documentId()).isEqualTo("mem0:3f1c2a9e-0000-4000-8000-000000000001");
    assertThat(a.createdAt()).isEqualTo("2026-01-15T17:00:00.123456Z");
    assertThat(a.metadata().get("source_created_at").asText())
        .isEqualTo("2026-01-15T10:00:00.123456-07:00");
    assertThat(a.metadata().get("topic").asText()).isEqualTo("diet");
    assertThat(a.metadata().get("mem0_run_id").asText()).isEqualTo("sess-42");
    MemoryDocument b = oss.docs().get(1).document().document();
    assertThat(b.userId()).isEqualTo("support-bot");
    assertThat(b.metadata().get("identity_source").asText()).isEqualTo("agent_id");
    Outcome page = auto("synthetic/mem0-platform-v3-page.json");
    assertThat(page.documents()).isEqualTo(Map.of("memory", 2L));
    assertThat(page.skipped()).isEqualTo(Map.of("superseded (replaced_by is set)", 1L));
    MemoryDocument p1 = page.docs().get(0).document().document();
    assertThat(p1.customerId()).isEqualTo("travel-app");
    assertThat(p1.metadata().get("mem0_run_id").asText()).isEqualTo("s-9");
    Outcome qdrant = auto("synthetic/mem0-qdrant-export.json");
    assertThat(qdrant.profile()).isEqualTo("mem0");
    assertThat(qdrant.documents()).isEqualTo(Map.of("memory", 2L));
    assertThat(qdrant.docs().get(0).document().document().createdAt())
        .isEqualTo("2025-12-02T06:00:00Z");
  }

  @Test
  void supermemoryLangGraphAndChat() throws IOException {
    Outcome sm = auto("synthetic/supermemory-documents-list.json");
    assertThat(sm.profile()).isEqualTo("supermemory");
    assertThat(sm.documents()).isEqualTo(Map.of("document", 2L));
    assertThat(sm.skipped()).isEqualTo(Map.of("not processed (status is not done)", 1L));
    MemoryDocument a = sm.docs().get(0).document().document();
    assertThat(a.documentId()).isEqualTo("supermemory:crm-77");
    assertThat(a.userId()).isEqualTo("alice");
    assertThat(sm.docs().get(0).document().issues()).isEmpty();
    MemoryDocument b = sm.docs().get(1).document().document();
    assertThat(b.document()).isEqualTo("Bob prefers email follow-ups.");
    assertThat(sm.docs().get(1).document().issues())
        .singleElement()
        .satisfies(i -> assertThat(i.message()).contains("includeContent=true"));
    Outcome lg = auto("synthetic/langgraph-store-items.json");
    assertThat(lg.profile()).isEqualTo("langgraph");
    assertThat(lg.documents()).isEqualTo(Map.of("store-item", 2L));
    assertThat(lg.docs().get(0).document().document().documentId())
        .isEqualTo("langgraph:memories/user-123:pref-1");
    assertThat(lg.docs().get(0).document().document().userId()).isEqualTo("user-123");
    Outcome chat = auto("synthetic/openai-chat.jsonl");
    assertThat(chat.profile()).isEqualTo("chat-jsonl");
    assertThat(chat.documents()).isEqualTo(Map.of("message", 4L));
    assertThat(chat.skipped()).isEqualTo(Map.of("system prompt", 1L));
    assertThat(chat.docs().get(2).line()).isEqualTo(2);
  }

  @Test
  void sameInputSameIds() throws IOException {
    for (Path f : fixtures()) {
      List<String> once =
          run(f, null).docs().stream().map(d -> d.document().document().documentId()).toList();
      List<String> twice =
          run(f, null).docs().stream().map(d -> d.document().document().documentId()).toList();
      assertThat(twice)
          .as(f.toString())
          .isEqualTo(once)
          .doesNotContainNull()
          .doesNotHaveDuplicates();
    }
  }

  /** Every record of every fixture through every bundled profile: documents, skips or a problem. */
  @Test
  void noLostRecordForAnyFixtureAndProfile() throws IOException {
    JsonRecordDecoder json = new JsonRecordDecoder(Limits.DEFAULTS);
    for (Path f : fixtures()) {
      for (Profile p : Profiles.bundled()) {
        long accounted = 0;
        long records = 0;
        try (OpenedSource s = OpenedSource.open(f, 0, Limits.DEFAULTS, p)) {
          List<RawRecord> all = new ArrayList<>(s.pending());
          for (RawRecord r = s.input().splitter().next();
              r != null;
              r = s.input().splitter().next()) {
            all.add(r);
          }
          for (RawRecord r : all) {
            String pointer = s.pointerOf(r);
            if (r.flaw() != RawRecord.Flaw.NONE) {
              continue;
            }
            records++;
            byte[] b = r.bytes();
            Utf8Scanner.scanAndRepair(b, b.length);
            DecodedRecord d;
            try {
              d =
                  s.wholeDocument()
                      ? json.decodeLocated(b, b.length)
                      : s.input().splitter().decoder().decode(b, b.length);
            } catch (RecordSyntaxException e) {
              accounted++;
              continue;
            }
            RecordMapper.Result res = RecordMapper.map(p, d, pointer, s.wholeDocument(), json);
            if (res.mapped()) {
              assertThat(res.mapping().documents().size() + res.mapping().skipped().size())
                  .isPositive();
              res.mapping().skipped().forEach(k -> assertThat(k.reason()).isNotBlank());
            } else {
              assertThat(res.problem()).isNotBlank();
            }
            accounted++;
          }
        }
        assertThat(accounted).as(f + " with " + p.name()).isEqualTo(records);
        Outcome o = run(f, p);
        assertThat(o.records()).as(f + " with " + p.name()).isEqualTo(records);
      }
    }
  }

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> s = Files.walk(FIXTURES)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("LICENSE"))
          .filter(p -> !p.getFileName().toString().endsWith(".md"))
          .sorted()
          .toList();
    }
  }
}
