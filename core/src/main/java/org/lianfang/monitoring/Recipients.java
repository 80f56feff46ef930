package org.lianfang.monitoring;

import java.util.List;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;

/**
 * How a {@link Notification} names whom to tell: one official by id, or a group of a unit that the host resolves to
 * its own users (the unit's leaders, the discipline body over the unit). Plain text, so that a host's sender needs no
 * Lianfang type to route it. Stateless.
 */
public final class Recipients {
  private Recipients() {}

  /** @param official an official @return {@code official:<id>} */
  public static String official(OfficialId official) {
    return "official:" + official;
  }

  /** @param unit a unit @return {@code unit-leaders:<id>}: whoever leads the unit (单位领导) */
  public static String unitLeaders(UnitId unit) {
    return "unit-leaders:" + unit;
  }

  /**
   * @param official the official a warning is addressed to, if any
   * @param unit the unit warned
   * @return whom a warning's notices and deadlines go to: the official, if any, and the unit's leaders
   */
  public static List<String> warned(Optional<OfficialId> official, UnitId unit) {
    return official.isPresent() ? List.of(official(official.get()), unitLeaders(unit)) : List.of(unitLeaders(unit));
  }

  /** @param unit a unit @return {@code discipline:<id>}: the discipline body over the unit (纪检监察) */
  public static String disciplineBody(UnitId unit) {
    return "discipline:" + unit;
  }
}
