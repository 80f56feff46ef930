package org.lianfang.application.checks;

import org.lianfang.Outcome;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.SelfCheckAction;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SelfCheckReportId;

/**
 * Takes a self-check one step today, found as {@link SelfChecks#find} finds it: the unit submits it (no remarks), its
 * figures read from the unit's records today; the unit above acknowledges it with its remarks.
 */
final class SelfCheckStepHandler implements CommandHandler<SelfCheckStep, SelfCheckReportId> {
  @Override
  public Outcome<SelfCheckReportId> execute(Session s, SelfCheckStep c) {
    boolean acknowledges = c.action() == SelfCheckAction.ACKNOWLEDGE;
    SelfChecks.Found found = SelfChecks.find(s, c.report(), acknowledges, c.expectedVersion());
    if (found.refused().isPresent()) {
      return Outcome.refused(found.refused().get());
    }
    if (acknowledges != c.remarks().isPresent()) {
      return Outcome.refused(Refusals.invalid("remarks", "RemarksToAcknowledge", "确认意见", "remarks",
          acknowledges ? "确认须附意见" : "报送不附确认意见", acknowledges ? "an acknowledgement gives its remarks"
              : "a submission takes no remarks"));
    }
    SelfCheckReport r = found.report();
    return (acknowledges ? r.acknowledge(s.today(), c.remarks().get())
        : r.submit(SelfChecks.figures(s, r.unitId(), r.half(), s.today()))).map(change -> {
          s.store().selfCheckReports().update(s.record(change));
          return c.report();
        });
  }
}
