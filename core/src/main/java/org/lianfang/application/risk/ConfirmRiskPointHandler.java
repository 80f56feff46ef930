package org.lianfang.application.risk;

import org.lianfang.Outcome;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.risk.RiskPointId;

/** 集体定 (S-3, P-5). */
final class ConfirmRiskPointHandler implements CommandHandler<ConfirmRiskPoint, RiskPointId> {
  @Override
  public Outcome<RiskPointId> execute(Session s, ConfirmRiskPoint c) {
    return RiskPointAction.apply(s, c.riskPoint(), c.expectedVersion(), Operation.CONFIRM_RISK,
        p -> p.confirm(s.actor().id(), s.now(), s.today(), c.decidedBy(), c.decidedOn()));
  }
}
