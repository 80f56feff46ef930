package org.lianfang.application.checks;

import org.lianfang.Outcome;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.AppraisalAction;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.CheckPolicy;

/**
 * Takes a round one step today, found as {@link Appraisals#find} finds it: it opens within its days, is analysed under
 * the policy's share, and closes with what was fed back (remarks only then).
 */
final class AppraisalStepHandler implements CommandHandler<AppraisalStep, AppraisalRoundId> {
  private final CheckPolicy policy;

  AppraisalStepHandler(CheckPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Outcome<AppraisalRoundId> execute(Session s, AppraisalStep c) {
    Appraisals.Found found = Appraisals.find(s, c.round(), c.expectedVersion());
    if (found.refused().isPresent()) {
      return Outcome.refused(found.refused().get());
    }
    boolean closes = c.action() == AppraisalAction.CLOSE;
    if (closes != c.remarks().isPresent()) {
      return Outcome.refused(Refusals.invalid("remarks", "RemarksToClose", "反馈意见", "remarks",
          closes ? "结束评议须附反馈意见" : "只有结束评议才附反馈意见", closes ? "closing gives what was fed back"
              : "only closing takes remarks"));
    }
    AppraisalRound r = found.round();
    return (switch (c.action()) {
      case OPEN -> r.open(s.today());
      case ANALYSE -> r.analyse(s.today(), policy.flagPercent());
      case CLOSE -> r.close(s.today(), c.remarks().get());
    }).map(change -> {
      s.store().appraisalRounds().update(s.record(change));
      return c.round();
    });
  }
}
