package org.lianfang.application.risk;

import org.lianfang.Outcome;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.risk.RiskPointId;

/** 撤销 (S-12). */
final class RetireRiskPointHandler implements CommandHandler<RetireRiskPoint, RiskPointId> {
  @Override
  public Outcome<RiskPointId> execute(Session s, RetireRiskPoint c) {
    return RiskPointAction.apply(s, c.riskPoint(), c.expectedVersion(), Operation.RETIRE_RISK,
        p -> p.retire(s.actor().id(), s.now(), c.reason(), c.orphanMeasures()));
  }
}
