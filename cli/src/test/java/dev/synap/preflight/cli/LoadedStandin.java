package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.StandinServer;
import dev.synap.preflight.synap.ApiKey;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.wire.BatchCreateResponse;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import dev.synap.preflight.synap.wire.IngestionStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-process stand-in loaded with an export: the export is written as JSON Lines in the generic
 * profile's shape, loaded with batch creates, and a {@code manifest.jsonl} in the loader's format
 * is written from the ingestion statuses.
 */
public final class LoadedStandin implements AutoCloseable {
  public static final String KEY = "sk-cli-verify-7d2e41aa";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One export record. */
  public record Doc(String id, String content, String userId, String customerId) {}

  public final StandinServer server;
  public final Path export;
  public final Path journal;

  public LoadedStandin(Path dir, List<Doc> docs, boolean exposeSource) throws Exception {
    this(dir, docs, exposeSource, 0);
  }

  /**
   * @param dropRate the share of documents the stand-in acknowledges but turns into no memory
   *     during the load (their ingestion ends failed; the fault is off again afterwards)
   */
  public LoadedStandin(Path dir, List<Doc> docs, boolean exposeSource, double dropRate)
      throws Exception {
    server =
        StandinServer.start(
            StandinOptions.builder()
                .apiKey(KEY)
                .port(0)
                .instance(Instance.B2C)
                .seed(1L)
                .ingestionDelay(Duration.ZERO)
                .exposeSourceDocument(exposeSource)
                .build());
    export = dir.resolve("export.jsonl");
    journal = dir.resolve("journal");
    writeExport(docs);
    server.faults().dropRate(dropRate);
    load(docs);
    server.faults().dropRate(0);
  }

  public String baseUrl() {
    return server.baseUri().toString();
  }

  private void writeExport(List<Doc> docs) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Doc d : docs) {
      ObjectNode n = JSON.createObjectNode();
      n.put("id", d.id());
      n.put("content", d.content());
      n.put("user_id", d.userId());
      n.put("customer_id", d.customerId());
      out.append(JSON.writeValueAsString(n)).append('\n');
    }
    Files.writeString(export, out, StandardCharsets.UTF_8);
  }

  private void load(List<Doc> docs) throws Exception {
    SynapClient client =
        SynapClient.builder()
            .baseUri(server.baseUri())
            .apiKey(ApiKey.of(KEY))
            .sleeper(d -> {})
            .build();
    List<String> ingestions = new ArrayList<>();
    for (int i = 0; i < docs.size(); i += 100) {
      List<CreateMemoryRequest> batch = new ArrayList<>();
      for (Doc d : docs.subList(i, Math.min(docs.size(), i + 100))) {
        batch.add(
            new CreateMemoryRequest(
                d.content(), null, d.id(), null, d.userId(), d.customerId(), null, null));
      }
      BatchCreateResponse r = client.batchCreate(batch);
      r.results().forEach(c -> ingestions.add(c.ingestionId()));
    }
    assertThat(server.awaitIdle(Duration.ofSeconds(60))).isTrue();
    Files.createDirectories(journal);
    StringBuilder manifest = new StringBuilder();
    for (int i = 0; i < docs.size(); i++) {
      IngestionStatus s = client.status(ingestions.get(i));
      ObjectNode n = JSON.createObjectNode();
      n.put("document_id", docs.get(i).id());
      n.put("phase", "done");
      n.put("ingestion_id", ingestions.get(i));
      n.put("status", s.status().wire());
      s.memoryIds().forEach(n.withArray("memory_ids")::add);
      manifest.append(JSON.writeValueAsString(n)).append('\n');
    }
    Files.writeString(journal.resolve("manifest.jsonl"), manifest, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
