package org.lianfang.testing;

import org.lianfang.UnitId;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.RiskCategory;

/**
 * Risk points that read like the domain: {@code aRiskPoint(unit).onPost(post).category(DUTY).foundBy(SELF).build()}.
 * A test sets what it is about; the rest has plausible defaults.
 */
public final class RiskPointFixture {
  private RiskPointFixture() {}

  /**
   * @param unit the unit
   * @return the public builder, preset to a duty risk found by the post holder (自己找), on the unit as a whole until
   *     {@code onPost} is called
   */
  public static IdentifyRiskPoint.Builder aRiskPoint(UnitId unit) {
    return IdentifyRiskPoint.unitWide(unit).category(RiskCategory.DUTY).described("利用审批权收受好处")
        .showingAs("对申请人吃拿卡要").foundBy(DiscoveryMethod.SELF);
  }
}
