package dev.synap.preflight.loader.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFingerprintTest {
  @TempDir Path tmp;

  private JournalRecord.Header header(List<ExportFile> files, String profile) {
    return new JournalRecord.Header(1, "t", "2026-11-24T00:00:00Z", profile, files, Map.of());
  }

  @Test
  void hashesAreTheSha256OfTheContent() throws Exception {
    Path f = tmp.resolve("a.jsonl");
    Files.writeString(f, "abc", StandardCharsets.UTF_8);
    ExportFile e = ExportFingerprint.of(List.of(f)).get(0);
    assertThat(e.sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(e.bytes()).isEqualTo(3);
  }

  @Test
  void resumeIsRefusedAgainstAChangedExportAndAllowedAgainstAMovedOne() throws Exception {
    Path f = tmp.resolve("a.jsonl");
    Files.writeString(f, "{\"id\":1}\n", StandardCharsets.UTF_8);
    Path dir = tmp.resolve("journal");
    try (Journal j =
        Journal.openForExport(
            dir, header(ExportFingerprint.of(List.of(f)), "generic"), AppendHook.NONE)) {
      assertThat(j.state().header()).isPresent();
    }
    Path moved = tmp.resolve("moved.jsonl");
    Files.copy(f, moved);
    try (Journal j =
        Journal.openForExport(
            dir, header(ExportFingerprint.of(List.of(moved)), "generic"), AppendHook.NONE)) {
      assertThat(j.state().header().orElseThrow().files().get(0).path()).endsWith("a.jsonl");
    }
    Files.writeString(f, "{\"id\":2}\n", StandardCharsets.UTF_8);
    var changed = header(ExportFingerprint.of(List.of(f)), "generic");
    assertThatThrownBy(() -> Journal.openForExport(dir, changed, AppendHook.NONE))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("differs from")
        .hasMessageContaining("SHA-256");
    var twoFiles = header(ExportFingerprint.of(List.of(moved, f)), "generic");
    assertThatThrownBy(() -> Journal.openForExport(dir, twoFiles, AppendHook.NONE))
        .hasMessageContaining("created from 1 export file(s), this run names 2");
    var otherProfile = header(ExportFingerprint.of(List.of(moved)), "mem0");
    assertThatThrownBy(() -> Journal.openForExport(dir, otherProfile, AppendHook.NONE))
        .hasMessageContaining("created with profile generic, this run uses mem0");
    try (Journal j = Journal.open(dir)) {
      assertThat(j.state().header()).isPresent();
    }
  }
}
