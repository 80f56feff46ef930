package org.lianfang.application.checks;

import org.lianfang.Outcome;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.SelfCheckReportId;

/** Rewrites a self-check while it is a draft: found as {@link SelfChecks#find} finds it; the report judges the rest. */
final class ReviseSelfCheckHandler implements CommandHandler<ReviseSelfCheck, SelfCheckReportId> {
  @Override
  public Outcome<SelfCheckReportId> execute(Session s, ReviseSelfCheck c) {
    SelfChecks.Found found = SelfChecks.find(s, c.report(), false, c.expectedVersion());
    if (found.refused().isPresent()) {
      return Outcome.refused(found.refused().get());
    }
    return found.report().revise(c.text().toSections(), s.today()).map(change -> {
      s.store().selfCheckReports().update(s.record(change));
      return c.report();
    });
  }
}
