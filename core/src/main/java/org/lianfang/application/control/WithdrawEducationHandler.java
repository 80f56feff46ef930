package org.lianfang.application.control;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationActivityId;

/**
 * Withdraws an education record, today: answered as for a record that does not exist if the actor may not read its
 * unit's risks (issue 10, finding 12); refused unless the actor may record the unit's education.
 */
final class WithdrawEducationHandler implements CommandHandler<WithdrawEducation, EducationActivityId> {
  @Override
  public Outcome<EducationActivityId> execute(Session s, WithdrawEducation c) {
    Optional<EducationActivity> found = s.store().educationActivities().find(c.activity());
    if (found.isEmpty() || !s.may(Operation.READ_RISKS, found.get().unitId(), false)) {
      return Outcome.refused(Refusals.unknown("教育活动记录", "education record", c.activity()));
    }
    Optional<Refusal> denied = s.deny(Operation.RECORD_EDUCATION, found.get().unitId());
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    return found.get().withdraw(s.today(), c.reason()).map(change -> {
      s.store().educationActivities().update(s.record(change));
      return c.activity();
    });
  }
}
