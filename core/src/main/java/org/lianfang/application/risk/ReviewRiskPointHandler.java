package org.lianfang.application.risk;

import org.lianfang.Outcome;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.risk.RiskPointId;

/** 审核 (S-5, P-5) and re-review of a stale point (P-3). */
final class ReviewRiskPointHandler implements CommandHandler<ReviewRiskPoint, RiskPointId> {
  @Override
  public Outcome<RiskPointId> execute(Session s, ReviewRiskPoint c) {
    return RiskPointAction.apply(s, c.riskPoint(), c.expectedVersion(), Operation.REVIEW_RISK,
        p -> p.review(s.actor().id(), s.now(), c.note()));
  }
}
