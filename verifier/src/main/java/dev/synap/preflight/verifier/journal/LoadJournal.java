package dev.synap.preflight.verifier.journal;

import java.util.List;
import java.util.Optional;

/** The verifier's view of a load journal. Implementations must be thread-safe for reading. */
public interface LoadJournal {
  /** The document a memory was created from, when the journal recorded that memory. */
  Optional<String> documentOfMemory(String memoryId);

  /** Every document the load attempted, in journal order. */
  List<DocumentLoad> documents();
}
