package dev.synap.preflight.verifier.index;

import dev.synap.preflight.verifier.scope.QueryScope;
import dev.synap.preflight.verifier.scope.ScopeLevel;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene filter for the documents a scope may see; the index-side mirror of {@link
 * dev.synap.preflight.verifier.scope.Visibility}, which tests hold it to.
 */
final class ScopeFilters {
  private ScopeFilters() {}

  static Query visibleTo(QueryScope scope) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(level(ScopeLevel.CLIENT), Occur.SHOULD);
    if (scope.level() == ScopeLevel.USER) {
      any.add(
          both(level(ScopeLevel.USER), term(IndexFields.OWNER_USER, scope.userId())), Occur.SHOULD);
    }
    if (scope.level() != ScopeLevel.CLIENT && scope.customerId() != null) {
      any.add(
          both(level(ScopeLevel.CUSTOMER), term(IndexFields.OWNER_CUSTOMER, scope.customerId())),
          Occur.SHOULD);
    }
    return any.build();
  }

  private static Query level(ScopeLevel level) {
    return term(IndexFields.LEVEL, level.name());
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static Query both(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
  }
}
