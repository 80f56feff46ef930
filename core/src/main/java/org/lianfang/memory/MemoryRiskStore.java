package org.lianfang.memory;

import java.util.List;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.risk.RiskPoint;
import org.lianfang.spi.RiskPoints;
import org.lianfang.spi.RiskStore;

/** The risk area of {@link InMemoryStore}: its tables and ports ({@link MemoryStoreCore} on the chain). */
abstract class MemoryRiskStore extends MemoryProcessStore implements RiskStore {
  private final Table<RiskPoint> riskPoints = table(AggregateKinds.RISK_POINTS, RiskPoint::withVersion,
      r -> List.of(r.unitId(), r.code()));

  private final RiskPoints riskPointsPort = new MemoryRiskPoints(riskPoints);

  @Override
  public RiskPoints riskPoints() {
    return riskPointsPort;
  }
}
