package org.lianfang.application.monitoring;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportDeadlines;
import org.lianfang.monitoring.ReportId;

/**
 * Takes a report one step, today: answered as for one that does not exist if the actor may not read the unit's
 * reports, refused unless they may handle them ({@link Reports#toHandle}); refused as stale if the command expected
 * another version; the report judges the step and what comes with it.
 */
final class ReportStepHandler implements CommandHandler<ReportStep, ReportId> {
  private final ReportDeadlines deadlines;

  ReportStepHandler(ReportDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public Outcome<ReportId> execute(Session s, ReportStep c) {
    Outcome<Report> found = Reports.toHandle(s, c.report());
    if (!found.isAccepted()) {
      return Outcome.refused(found.whyRefused().orElseThrow());
    }
    Report report = found.orElseThrow();
    Optional<Refusal> stale = VersionCheck.refuseIfStale(report, c.expectedVersion(), "举报", "report");
    if (stale.isPresent()) {
      return Outcome.refused(stale.get());
    }
    return report.act(c.action(), s.today(), c.disposal(), c.remark(), deadlines).map(change -> {
      s.store().reports().update(s.record(change));
      return c.report();
    });
  }
}
