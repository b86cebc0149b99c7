package dev.synap.preflight.verifier.journal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link LoadJournal} held in memory; a memory id listed twice keeps its first document. */
public final class InMemoryLoadJournal implements LoadJournal {
  private final List<DocumentLoad> documents;
  private final Map<String, String> documentByMemory = new HashMap<>();

  public InMemoryLoadJournal(List<DocumentLoad> documents) {
    this.documents = List.copyOf(documents);
    for (DocumentLoad d : this.documents) {
      for (String m : d.memoryIds()) {
        documentByMemory.putIfAbsent(m, d.documentId());
      }
    }
  }

  @Override
  public Optional<String> documentOfMemory(String memoryId) {
    return Optional.ofNullable(documentByMemory.get(memoryId));
  }

  @Override
  public List<DocumentLoad> documents() {
    return documents;
  }
}
