package dev.synap.preflight.verifier.index;

import dev.synap.preflight.verifier.scope.DocumentScope;
import dev.synap.preflight.verifier.scope.QueryScope;
import dev.synap.preflight.verifier.scope.ScopeLevel;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.Bits;

/**
 * The BM25 baseline of one export. Thread-safe for searching; close it when done.
 *
 * <p>{@link #openOrBuild} reuses the index under {@code ROOT/<sha256>/<settings key>/} when its
 * completion marker matches and its files pass their checksums, and otherwise (absent, partial,
 * corrupt) builds it from the documents.
 */
public final class BaselineIndex implements Closeable {
  private final Path directory;
  private final IndexSettings settings;
  private final boolean reused;
  private final Duration buildTime;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  private BaselineIndex(
      Path directory, IndexSettings settings, Duration buildTime, DirectoryReader r) {
    this.directory = directory;
    this.settings = settings;
    this.reused = buildTime == null;
    this.buildTime = buildTime;
    this.reader = r;
    this.searcher = new IndexSearcher(r);
    this.searcher.setSimilarity(new BM25Similarity(settings.k1(), settings.b()));
    this.analyzer = Analyzers.create(settings.analyzer());
  }

  /**
   * Opens the baseline of the export {@code sha256} under {@code root}, building it from {@code
   * source} when it is missing, incomplete or corrupt.
   *
   * @throws IndexException when it can neither be opened nor built (the message names the
   *     directory)
   */
  public static BaselineIndex openOrBuild(
      Path root, String sha256, IndexSettings settings, DocumentSource source) {
    return openOrBuild(root, sha256, settings, source, System::nanoTime);
  }

  /**
   * As {@link #openOrBuild(Path, String, IndexSettings, DocumentSource)}, timing a build with
   * {@code nanoTime} ({@link #buildTime()}).
   */
  public static BaselineIndex openOrBuild(
      Path root,
      String sha256,
      IndexSettings settings,
      DocumentSource source,
      LongSupplier nanoTime) {
    Path dir = IndexStore.directory(root, sha256, settings);
    DirectoryReader reader = IndexStore.openIfComplete(dir, sha256, settings);
    if (reader != null) {
      return new BaselineIndex(dir, settings, null, reader);
    }
    long start = nanoTime.getAsLong();
    try {
      IndexStore.build(dir, sha256, settings, source);
    } catch (IOException | RuntimeException e) {
      throw new IndexException(
          "cannot build the baseline index in " + dir + ": " + e.getMessage(), e);
    }
    reader = IndexStore.openIfComplete(dir, sha256, settings);
    if (reader == null) {
      throw new IndexException("the baseline index just built in " + dir + " does not open", null);
    }
    Duration took = Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - start));
    return new BaselineIndex(dir, settings, took, reader);
  }

  public IndexSettings settings() {
    return settings;
  }

  /** Where the index lives. */
  public Path directory() {
    return directory;
  }

  /** Whether an existing index was reused rather than built by this call. */
  public boolean reused() {
    return reused;
  }

  /**
   * How long building the index took (reading the export, indexing every document, committing and
   * checking the result), or empty when an existing index was reused.
   */
  public Optional<Duration> buildTime() {
    return Optional.ofNullable(buildTime);
  }

  public int documentCount() {
    return reader.numDocs();
  }

  /** The top {@code k} of the documents visible to {@code scope}. */
  public List<Hit> search(QueryScope scope, String text, int k) {
    Query q = TextQueries.of(analyzer, text);
    if (q == null) {
      return List.of();
    }
    Query scoped =
        new BooleanQuery.Builder()
            .add(q, Occur.MUST)
            .add(ScopeFilters.visibleTo(scope), Occur.FILTER)
            .build();
    return run(scoped, k);
  }

  /** The top {@code k} of all documents, whatever their scope (for content attribution). */
  public List<Hit> searchAll(String text, int k) {
    Query q = TextQueries.of(analyzer, text);
    return q == null ? List.of() : run(q, k);
  }

  /** A document by its export id. */
  public Optional<IndexedDocument> document(String documentId) {
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, documentId)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(load(top.scoreDocs[0].doc));
    } catch (IOException e) {
      throw new IndexException("cannot read the baseline index in " + directory, e);
    }
  }

  /** Hands every document to {@code sink}, in index order (the export's order). */
  public void forEach(Consumer<IndexedDocument> sink) {
    Bits live = MultiBits.getLiveDocs(reader);
    for (int i = 0; i < reader.maxDoc(); i++) {
      if (live == null || live.get(i)) {
        sink.accept(load(i));
      }
    }
  }

  /**
   * The {@code n} most distinctive words of {@code text} against this export (TF-IDF), as they
   * appear in the text; used to make known-item queries.
   */
  public List<String> distinctiveTerms(String text, int n) {
    return DistinctiveTerms.of(this, text, n);
  }

  /**
   * The share of {@code text}'s distinct analyzed terms that also occur in the document (0 when the
   * text has no terms or the document is unknown).
   */
  public double termOverlap(String text, String documentId) {
    java.util.Set<String> terms = TextQueries.terms(analyzer, text).keySet();
    Optional<IndexedDocument> doc = document(documentId);
    if (terms.isEmpty() || doc.isEmpty()) {
      return 0;
    }
    java.util.Set<String> docTerms = TextQueries.terms(analyzer, doc.get().text()).keySet();
    long shared = terms.stream().filter(docTerms::contains).count();
    return (double) shared / terms.size();
  }

  /** The index's analyzer (for the sampler's term statistics). */
  Analyzer analyzer() {
    return analyzer;
  }

  /** How many documents contain the analyzed term {@code term}. */
  int docFreq(String term) {
    try {
      return reader.docFreq(new Term(IndexFields.TEXT, term));
    } catch (IOException e) {
      throw new IndexException("cannot read the baseline index in " + directory, e);
    }
  }

  private List<Hit> run(Query q, int k) {
    try {
      TopDocs top = searcher.search(q, Math.max(1, k));
      List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
      int rank = 1;
      for (ScoreDoc sd : top.scoreDocs) {
        String id = searcher.storedFields().document(sd.doc).get(IndexFields.ID);
        hits.add(new Hit(id, sd.score, rank++));
      }
      return hits;
    } catch (IOException e) {
      throw new IndexException("cannot search the baseline index in " + directory, e);
    }
  }

  private IndexedDocument load(int doc) {
    try {
      Document d = searcher.storedFields().document(doc);
      DocumentScope scope =
          new DocumentScope(
              ScopeLevel.valueOf(d.get(IndexFields.LEVEL)),
              d.get(IndexFields.OWNER_USER),
              d.get(IndexFields.OWNER_CUSTOMER));
      return new IndexedDocument(
          d.get(IndexFields.ID),
          scope,
          d.get(IndexFields.USER_ID),
          d.get(IndexFields.CUSTOMER_ID),
          d.get(IndexFields.TEXT));
    } catch (IOException e) {
      throw new IndexException("cannot read the baseline index in " + directory, e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      reader.directory().close();
    }
  }
}
