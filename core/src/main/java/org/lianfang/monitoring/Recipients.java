package org.lianfang.monitoring;

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

  /** @param unit a unit @return {@code discipline:<id>}: the discipline body over the unit (纪检监察) */
  public static String disciplineBody(UnitId unit) {
    return "discipline:" + unit;
  }
}
