package dev.synap.preflight.cli.verify;

import dev.synap.preflight.reports.model.ToolInfo;
import dev.synap.preflight.reports.model.verify.BaselineInfo;
import dev.synap.preflight.reports.model.verify.Interval;
import dev.synap.preflight.reports.model.verify.QueryReport;
import dev.synap.preflight.reports.model.verify.QueryReport.BaselineHit;
import dev.synap.preflight.reports.model.verify.Retrieval;
import dev.synap.preflight.reports.model.verify.RetrievalGroup;
import dev.synap.preflight.reports.model.verify.RetrievalMetric;
import dev.synap.preflight.reports.model.verify.ScopeRef;
import dev.synap.preflight.reports.model.verify.SynapItem;
import dev.synap.preflight.reports.model.verify.VerifyCoverage;
import dev.synap.preflight.reports.model.verify.VerifyGate;
import dev.synap.preflight.reports.model.verify.VerifyLeak;
import dev.synap.preflight.reports.model.verify.VerifyMetrics;
import dev.synap.preflight.reports.model.verify.VerifyReport;
import dev.synap.preflight.reports.model.verify.VerifyRun;
import dev.synap.preflight.verifier.export.ExportRead;
import dev.synap.preflight.verifier.index.Hit;
import dev.synap.preflight.verifier.index.IndexSettings;
import dev.synap.preflight.verifier.ir.IrResult;
import dev.synap.preflight.verifier.leak.ScopeLeak;
import dev.synap.preflight.verifier.metrics.MeanInterval;
import dev.synap.preflight.verifier.run.AttributedItem;
import dev.synap.preflight.verifier.run.Coverage;
import dev.synap.preflight.verifier.run.QueryResult;
import dev.synap.preflight.verifier.run.Summary;
import dev.synap.preflight.verifier.run.TrecFiles;
import dev.synap.preflight.verifier.run.VerificationResult;
import dev.synap.preflight.verifier.scope.DocumentScope;
import dev.synap.preflight.verifier.scope.QueryScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Maps a {@link VerificationResult} into the verify report model. */
public final class VerifyReportAssembler {
  private final ToolInfo tool;
  private final VerifyRun run;
  private final IndexSettings settings;

  /**
   * @param tool the tool's name and version
   * @param run how the run was configured
   * @param settings the baseline's settings
   */
  public VerifyReportAssembler(ToolInfo tool, VerifyRun run, IndexSettings settings) {
    this.tool = tool;
    this.run = run;
    this.settings = settings;
  }

  /**
   * @param exportRead what reading the export gave, or null when the index was reused (then no
   *     record was read and skipped records are not counted)
   */
  public VerifyReport assemble(
      VerificationResult r, ExportRead exportRead, Instant generatedAt, long durationMillis) {
    BaselineInfo baseline =
        new BaselineInfo(
            r.baseline(),
            "BM25",
            exact(settings.k1()),
            exact(settings.b()),
            settings.analyzer(),
            r.exportSha256(),
            r.baselineDocuments(),
            exportRead == null ? 0 : exportRead.skipped(),
            exportRead == null ? List.of() : exportRead.problems(),
            r.baselineReused(),
            r.baselineBuildTime() == null ? null : r.baselineBuildTime().toMillis());
    VerifyGate gate =
        new VerifyGate(
            r.gate().passed(),
            r.gate().exitCode(),
            r.options().minRecall(),
            r.options().minKnownItem(),
            r.coverage() == null ? null : r.options().minCoverage(),
            r.gate().reasons());
    return new VerifyReport(
        VerifyReport.SCHEMA_VERSION,
        tool,
        VerifyReport.COMMAND_VERIFY,
        generatedAt.toString(),
        durationMillis,
        run,
        baseline,
        metrics(r.summary(), r.replayTime().toMillis()),
        gate,
        coverage(r.coverage()),
        r.leaks().stream().map(VerifyReportAssembler::leak).toList(),
        r.queries().stream().map(VerifyReportAssembler::query).toList(),
        retrieval(r.retrieval()));
  }

  private static Retrieval retrieval(IrResult ir) {
    if (ir == null) {
      return null;
    }
    return new Retrieval(
        ir.k(),
        ir.permutations(),
        TrecFiles.LABELLED_QRELS,
        ir.groups().stream()
            .map(
                g ->
                    new RetrievalGroup(
                        g.tag(),
                        g.queries(),
                        g.metrics().stream()
                            .map(
                                m ->
                                    new RetrievalMetric(
                                        m.id(),
                                        m.trecEval(),
                                        interval(m.synap()),
                                        interval(m.baseline()),
                                        orNull(m.difference()),
                                        orNull(m.pValue())))
                            .toList()))
            .toList());
  }

  private static VerifyMetrics metrics(Summary s, long replayMillis) {
    return new VerifyMetrics(
        s.queries(),
        s.errors(),
        s.items(),
        s.leaks(),
        interval(s.recall()),
        interval(s.knownItem()),
        interval(s.jaccard()),
        interval(s.rbo()),
        orNull(s.latencyP50Millis()),
        orNull(s.latencyP95Millis()),
        orNull(s.latencyMaxMillis()),
        replayMillis,
        s.attributionMethods());
  }

  private static VerifyCoverage coverage(Coverage c) {
    if (c == null) {
      return null;
    }
    return new VerifyCoverage(
        c.exportDocuments(),
        c.covered(),
        c.rate(),
        c.uncovered().stream()
            .map(
                d ->
                    new VerifyCoverage.UncoveredDocument(
                        d.documentId(), d.status(), d.memoryIds().size()))
            .toList(),
        c.notLoaded());
  }

  private static VerifyLeak leak(ScopeLeak l) {
    return new VerifyLeak(
        l.queryId(),
        scope(l.scope()),
        l.item().id(),
        l.item().type(),
        l.documentId(),
        owner(l.owner()),
        l.attribution().method().id(),
        l.attribution().confidence(),
        l.attribution().evidence());
  }

  private static QueryReport query(QueryResult q) {
    Set<String> returned = new HashSet<>(q.synapRanking());
    Set<String> baselineIds = new HashSet<>();
    List<BaselineHit> hits = new ArrayList<>();
    for (Hit h : q.baseline()) {
      baselineIds.add(h.documentId());
      hits.add(
          new BaselineHit(
              h.rank(), h.documentId(), exact(h.score()), returned.contains(h.documentId())));
    }
    List<SynapItem> items = new ArrayList<>();
    for (AttributedItem i : q.items()) {
      String doc = i.attribution().documentId();
      items.add(
          new SynapItem(
              i.rank(),
              i.item().id(),
              i.item().type(),
              i.item().content(),
              i.item().score(),
              i.item().metadata(),
              doc,
              i.attribution().method().id(),
              i.attribution().confidence(),
              i.attribution().evidence(),
              doc != null && baselineIds.contains(doc),
              i.leak()));
    }
    return new QueryReport(
        q.query().id(),
        q.query().text(),
        scope(q.query().scope()),
        q.query().expectedDocumentIds(),
        q.query().sampled(),
        hits,
        items,
        orNull(q.recall()),
        q.knownItemHit(),
        q.baselineKnownItemHit(),
        orNull(q.jaccard()),
        orNull(q.rbo()),
        q.latencyMillis(),
        q.error());
  }

  static ScopeRef scope(QueryScope s) {
    return new ScopeRef(s.level().id(), s.userId(), s.customerId(), s.describe());
  }

  static ScopeRef owner(DocumentScope s) {
    return new ScopeRef(s.level().id(), s.ownerUser(), s.ownerCustomer(), s.describe());
  }

  static Interval interval(MeanInterval m) {
    return new Interval(orNull(m.mean()), orNull(m.low()), orNull(m.high()), m.n(), m.level());
  }

  static Double orNull(double d) {
    return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
  }

  /** A float as the decimal it prints as (0.9f → 0.9, not 0.8999999761581421). */
  static double exact(float f) {
    return Double.parseDouble(Float.toString(f));
  }
}
