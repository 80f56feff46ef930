package org.lianfang.application.risk;

import org.lianfang.Outcome;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.risk.RiskPointId;

/** 公示 (S-5, S-6). */
final class PublishRiskPointHandler implements CommandHandler<PublishRiskPoint, RiskPointId> {
  @Override
  public Outcome<RiskPointId> execute(Session s, PublishRiskPoint c) {
    return RiskPointAction.apply(s, c.riskPoint(), c.expectedVersion(), Operation.PUBLISH_RISK,
        p -> p.publish(s.actor().id(), s.now(), s.today(), c.audience(), c.scope(), c.start(), c.end()));
  }
}
