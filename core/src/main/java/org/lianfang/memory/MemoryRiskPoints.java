package org.lianfang.memory;

import java.util.List;
import org.lianfang.UnitId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointCodes;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.RiskPoints;

/** The {@link RiskPoints} port of {@link InMemoryStore}, over its table. */
final class MemoryRiskPoints extends MemoryRepository<RiskPoint, RiskPointId> implements RiskPoints {
  MemoryRiskPoints(Table<RiskPoint> t) {
    super(t);
  }

  @Override
  public long nextCodeNumber(UnitId unit) {
    return table.nextNumber(unit, p -> RiskPointCodes.number(p.code()));
  }

  /** A restored point (from a ledger) moves its unit's numbers past its code's (issue 10, finding 9). */
  @Override
  public void insert(RiskPoint p) {
    super.insert(p);
    if (p.version() > 0) {
      table.follow(p.unitId(), RiskPointCodes.number(p.code()));
    }
  }

  @Override
  public List<RiskPoint> onPost(PostId post) {
    return table.where(r -> r.location().post().filter(post::equals).isPresent());
  }
}
