package org.lianfang.application.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.organization.Unit;

/** The frozen register a closed year's form reads ({@link org.lianfang.spi.Registers}). Stateless. */
public final class Registered {
  private Registered() {}

  /**
   * @param s the session
   * @param unit a unit the actor may read
   * @param year a year
   * @return the day the unit's register of the year was frozen, the day its forms are dated; or the refusal if the year
   *     is not closed
   */
  public static Outcome<LocalDate> day(Session s, Unit unit, Year year) {
    Optional<LocalDate> day = s.store().registers().frozenOn(unit.id(), year);
    return day.isPresent() ? Outcome.accepted(day.get()) : Outcome.refused(Refusal.invalidField("year", "ClosedYear",
        "年度", "year", unit.name() + " 的 " + year + " 年度尚未关闭，没有冻结的台账",
        unit.code() + " has not closed " + year + "; it has no frozen register"));
  }
}
