package org.lianfang.spi;

import java.util.List;
import org.lianfang.UnitId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskPoint;

/** The risk points (廉政风险点): the {@link Repository} contract, plus a unit's count and the points on a post. */
public interface RiskPoints extends Repository<RiskPoint, RiskPointId> {
  /**
   * @param unit a unit
   * @return how many risk points it has, retired ones included (risk point codes number them, so they never repeat)
   */
  long countInUnit(UnitId unit);

  /** @param post a post @return the risk points on it, in id order */
  List<RiskPoint> onPost(PostId post);
}
