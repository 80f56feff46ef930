package org.lianfang.application.checks;

import org.lianfang.Outcome;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.MonthlyCheckId;

/**
 * Fills a monthly check's rows in again (P-22): found as {@link Checks#find} finds it, with {@code RECORD_CHECKS} on
 * its post; each row as {@link RecordMonthlyCheckHandler} takes it; the check refuses unless it is open.
 */
final class ReviseMonthlyCheckHandler implements CommandHandler<ReviseMonthlyCheck, MonthlyCheckId> {
  @Override
  public Outcome<MonthlyCheckId> execute(Session s, ReviseMonthlyCheck c) {
    Checks.Found found = Checks.find(s, c.check(), Operation.RECORD_CHECKS, c.expectedVersion());
    if (found.refused().isPresent()) {
      return Outcome.refused(found.refused().get());
    }
    PostMeasures.Rows rows = PostMeasures.of(s, found.check().unitId(), found.check().post()).rows(c.rows());
    if (rows.refused().isPresent()) {
      return Outcome.refused(rows.refused().get());
    }
    return found.check().revise(rows.rows(), s.today()).map(change -> {
      s.store().monthlyChecks().update(s.record(change));
      return c.check();
    });
  }
}
