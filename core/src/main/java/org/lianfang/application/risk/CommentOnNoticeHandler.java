package org.lianfang.application.risk;

import org.lianfang.Outcome;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.risk.RiskPointId;

/** A comment during a notice (P-5). */
final class CommentOnNoticeHandler implements CommandHandler<CommentOnNotice, RiskPointId> {
  @Override
  public Outcome<RiskPointId> execute(Session s, CommentOnNotice c) {
    return RiskPointAction.apply(s, c.riskPoint(), c.expectedVersion(), Operation.COMMENT,
        p -> p.comment(s.actor().id(), s.now(), s.today(), c.text()));
  }
}
