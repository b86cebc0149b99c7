package dev.synap.preflight.spark.job;

import dev.synap.preflight.spark.check.UnitDone;
import dev.synap.preflight.spark.cross.RecordTotals;
import dev.synap.preflight.spark.plan.InputPlanner;
import dev.synap.preflight.spark.plan.WorkUnit;
import dev.synap.preflight.validator.run.InputSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The report's input files from the plan and the units' summaries: a whole file as its task
 * described it; a file read in parts as JSON Lines, with the planner's size and profile, its
 * digest's SHA-256, and the first error of any of its units.
 */
final class FileSummaries {
  private FileSummaries() {}

  static List<InputSummary> of(InputPlanner.Plan plan, List<UnitDone> done, RecordTotals totals) {
    List<UnitDone> units = new ArrayList<>(done);
    units.sort(Comparator.comparingInt(UnitDone::fileIndex).thenComparingInt(UnitDone::part));
    List<InputSummary> out = new ArrayList<>();
    for (int i = 0; i < plan.files().size(); i++) {
      InputPlanner.PlannedFile f = plan.files().get(i);
      long records = totals.counts().records(i);
      if (f.error() != null) {
        out.add(new InputSummary(f.name(), 0, null, null, false, null, records, f.error()));
        continue;
      }
      String sha = null;
      String error = null;
      UnitDone whole = null;
      for (UnitDone u : units) {
        if (u.fileIndex() != i) {
          continue;
        }
        if (u.kind() == WorkUnit.Kind.WHOLE) {
          whole = u;
        } else if (u.kind() == WorkUnit.Kind.DIGEST) {
          sha = u.sha256();
        }
        if (error == null && u.error() != null) {
          error = u.error();
        }
      }
      if (whole != null) {
        out.add(
            new InputSummary(
                f.name(),
                whole.size(),
                whole.sha256(),
                whole.format(),
                whole.gzip(),
                whole.profile(),
                records,
                whole.error()));
      } else {
        out.add(
            new InputSummary(
                f.name(),
                f.size(),
                error == null ? sha : null,
                "jsonl",
                false,
                f.profile(),
                records,
                error));
      }
    }
    return out;
  }
}
