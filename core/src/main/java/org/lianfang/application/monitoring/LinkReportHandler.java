package org.lianfang.application.monitoring;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Concerned;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.Warning;

/**
 * Links a report to risk points and warnings (its triage, P-19): answered as for one that does not exist if the actor
 * may not read the unit's reports, refused unless they may handle them ({@link Reports#toHandle}); the points must be the unit's and not retired, the warnings the unit's; the
 * report judges the rest.
 */
final class LinkReportHandler implements CommandHandler<LinkReport, ReportId> {
  @Override
  public Outcome<ReportId> execute(Session s, LinkReport c) {
    Outcome<Report> found = Reports.toHandle(s, c.report());
    if (!found.isAccepted()) {
      return Outcome.refused(found.whyRefused().orElseThrow());
    }
    Report report = found.orElseThrow();
    Optional<Refusal> points = Concerned.points(s, report.unitId(), c.points());
    if (points.isPresent()) {
      return Outcome.refused(points.get());
    }
    for (int i = 0; i < c.warnings().size(); i++) {
      Optional<Warning> w = s.store().warnings().find(c.warnings().get(i));
      if (w.isEmpty() || !w.get().unitId().equals(report.unitId())) {
        return Outcome.refused(Refusals.invalid("warnings[" + i + "]", "SameUnit", "关联预警", "warning linked",
            "本单位没有该预警", "no such warning in the unit"));
      }
    }
    return report.link(c.points(), c.warnings()).map(change -> {
      s.store().reports().update(s.record(change));
      return c.report();
    });
  }
}
