package org.lianfang.evaluation;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;

/**
 * A unit's published result of a year as the host's assessment of its leadership team takes it (S-11: the result
 * enters the assessment of the unit's leaders): the unit, its total and band as decided, and who held its principal
 * leaders' posts on the day it was decided. Immutable and thread-safe.
 *
 * @param unit the unit
 * @param unitCode its code
 * @param unitName its name
 * @param year the year
 * @param total the total decided
 * @param band the band decided
 * @param label what the policy called it
 * @param leadership the officials then holding its principal leaders' posts, in tenure order
 */
public record LeadershipResult(UnitId unit, String unitCode, String unitName, Year year, BigDecimal total, Band band,
    String label, List<OfficialId> leadership) {
  /** @throws NullPointerException if a part is null */
  public LeadershipResult {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(label, "label");
    leadership = List.copyOf(leadership);
  }
}
