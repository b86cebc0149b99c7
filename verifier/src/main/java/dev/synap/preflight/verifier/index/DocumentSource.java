package dev.synap.preflight.verifier.index;

import dev.synap.preflight.rules.model.MemoryDocument;
import java.io.IOException;
import java.util.function.Consumer;

/** Streams an export's documents into the index builder (e.g. {@code ExportDocuments::read}). */
@FunctionalInterface
public interface DocumentSource {
  void feed(Consumer<MemoryDocument> sink) throws IOException;
}
