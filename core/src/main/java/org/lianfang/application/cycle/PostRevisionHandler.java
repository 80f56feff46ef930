package org.lianfang.application.cycle;

import java.util.List;
import org.lianfang.Outcome;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.RegisterDigests;
import org.lianfang.application.internal.Session;
import org.lianfang.control.ControlMeasure;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.RegisterDiff;
import org.lianfang.cycle.RevisionNotice;
import org.lianfang.risk.PointStanding;
import org.lianfang.risk.RiskPoint;

/**
 * Posts a unit's revision today (S-12, P-5, P-26), its cycle found as {@link Cycles#find} finds it: refused unless the
 * notice ends after today; then as {@link AnnualCycle#post} decides, with the changes {@link Revisions#changes} reads
 * and the digests of the register they were read from ({@link RegisterDigests}, {@link Revisions#versions}).
 */
final class PostRevisionHandler implements CommandHandler<PostRevision, AnnualCycleId> {
  @Override
  public Outcome<AnnualCycleId> execute(Session s, PostRevision c) {
    Cycles.Found found = Cycles.find(s, c.cycle(), c.expectedVersion());
    if (found.refused().isPresent()) {
      return Outcome.refused(found.refused().get());
    }
    if (!c.end().isAfter(s.today())) {
      return Outcome.refused(Refusals.invalid("end", "AfterToday", "公示结束日", "end of the notice", "修正公示须在今天（" + s.today()
          + "）之后结束，所给为 " + c.end(), "the notice must end after today, " + s.today() + "; " + c.end()
          + " was given"));
    }
    AnnualCycle cycle = found.cycle();
    List<RiskPoint> points = s.store().riskPoints().inUnit(cycle.unitId());
    List<ControlMeasure> measures = s.store().controlMeasures().inUnit(cycle.unitId());
    RegisterDiff diff = Revisions.changes(s.store(), cycle.unitId(), cycle.year(), points, measures);
    RevisionNotice notice = RevisionNotice.of(s.today(), c.end(), c.scope(), diff, RegisterDigests.of(
        s.store().journal().digest(), cycle.year(), points, measures).digest(), Revisions.versions(s.store(),
        points.stream().map(PointStanding::of).toList(), measures));
    return cycle.post(notice, diff).map(change -> {
      s.store().annualCycles().update(s.record(change));
      return c.cycle();
    });
  }
}
