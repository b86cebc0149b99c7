package dev.synap.preflight.verifier.index;

import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.verifier.scope.DocumentScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

/**
 * The on-disk layout of baselines: {@code ROOT/<export sha256>/<settings key>/} holds the Lucene
 * index in {@code index/} and, written last, the marker {@code complete.properties} (export
 * SHA-256, settings, document count, Lucene version). A directory without a matching marker, or
 * whose index fails its checksums or count, is deleted and rebuilt.
 */
final class IndexStore {
  static final String MARKER = "complete.properties";

  /** Lucene's default is 16 MB; larger segments mean fewer merges during the build. */
  private static final double RAM_BUFFER_MB = 64;

  /**
   * The text as BM25 needs it: terms, frequencies and norms; no positions (no phrase queries), so
   * less to write and merge. Scores are the same as with positions.
   */
  private static final FieldType TEXT_TYPE = textType();

  private IndexStore() {}

  static Path directory(Path root, String sha256, IndexSettings settings) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
    }
    return root.resolve(sha256).resolve(settings.key());
  }

  /** An open reader on a complete, intact index, or null when it must be (re)built. */
  static DirectoryReader openIfComplete(Path dir, String sha256, IndexSettings settings) {
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return null;
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(marker)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
    if (!sha256.equals(p.getProperty("sha256"))
        || !settings.key().equals(p.getProperty("settings"))) {
      return null;
    }
    DirectoryReader reader = null;
    try {
      reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")));
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
      if (!String.valueOf(reader.numDocs()).equals(p.getProperty("documents"))) {
        throw new IOException("document count differs from the marker");
      }
      return reader;
    } catch (IOException | RuntimeException e) {
      closeQuietly(reader);
      return null;
    }
  }

  /** Deletes {@code dir}, indexes every document from {@code source}, then writes the marker. */
  static void build(Path dir, String sha256, IndexSettings settings, DocumentSource source)
      throws IOException {
    deleteRecursively(dir);
    Files.createDirectories(dir);
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.create(settings.analyzer()));
    config.setSimilarity(new BM25Similarity(settings.k1(), settings.b()));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(RAM_BUFFER_MB);
    // merges of adjacent segments only: document numbers stay in the export's order (BM25 ties)
    config.setMergePolicy(new LogByteSizeMergePolicy());
    int documents;
    try (Directory d = FSDirectory.open(dir.resolve("index"));
        IndexWriter writer = new IndexWriter(d, config)) {
      SeenIds seen = new SeenIds();
      AnalyzingFeed.run(
          source,
          Analyzers.create(settings.analyzer()),
          IndexFields.TEXT,
          doc -> add(writer, doc, settings, seen));
      if (writer.hasDeletions()) {
        // a repeated document id replaced an earlier one: purge it so it skews no statistic
        writer.forceMerge(1);
      }
      writer.commit();
      documents = writer.getDocStats().numDocs;
    }
    Properties p = new Properties();
    p.setProperty("sha256", sha256);
    p.setProperty("settings", settings.key());
    p.setProperty("documents", String.valueOf(documents));
    p.setProperty("lucene", Version.LATEST.toString());
    Path tmp = dir.resolve(MARKER + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      p.store(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), null);
    }
    Files.move(tmp, dir.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE);
  }

  private static void add(
      IndexWriter writer, AnalyzingFeed.Analyzed analyzed, IndexSettings settings, SeenIds seen)
      throws IOException {
    MemoryDocument doc = analyzed.document();
    DocumentScope scope = DocumentScope.of(settings.instance(), doc.userId(), doc.customerId());
    Document d = new Document();
    d.add(new StringField(IndexFields.ID, doc.documentId(), Field.Store.YES));
    d.add(new Field(IndexFields.TEXT, analyzed.text().stream(), TEXT_TYPE));
    d.add(new StoredField(IndexFields.TEXT, doc.document()));
    d.add(new StringField(IndexFields.LEVEL, scope.level().name(), Field.Store.YES));
    if (scope.ownerUser() != null) {
      d.add(new StringField(IndexFields.OWNER_USER, scope.ownerUser(), Field.Store.YES));
    }
    if (scope.ownerCustomer() != null) {
      d.add(new StringField(IndexFields.OWNER_CUSTOMER, scope.ownerCustomer(), Field.Store.YES));
    }
    if (doc.userId() != null) {
      d.add(new StoredField(IndexFields.USER_ID, doc.userId()));
    }
    if (doc.customerId() != null) {
      d.add(new StoredField(IndexFields.CUSTOMER_ID, doc.customerId()));
    }
    if (seen.add(doc.documentId())) {
      // a repeated id replaces the earlier document
      writer.updateDocument(new Term(IndexFields.ID, doc.documentId()), d);
    } else {
      writer.addDocument(d);
    }
  }

  private static FieldType textType() {
    FieldType t = new FieldType();
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.setTokenized(true);
    t.setStored(false);
    t.freeze();
    return t;
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void closeQuietly(DirectoryReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        // already failing: the index is rebuilt
      }
    }
  }
}
