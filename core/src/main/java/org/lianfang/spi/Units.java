package org.lianfang.spi;

import java.util.List;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.organization.Unit;

/** The units (单位) and their tree: the {@link Repository} contract, plus children, lookup by code and roots. */
public interface Units extends Repository<Unit, UnitId> {
  /** @param parent a unit @return the units directly below it, in id order */
  List<Unit> children(UnitId parent);

  /** @param code a unit code @return the unit with that code */
  Optional<Unit> byCode(String code);

  /** @return the root units (those without a parent), in id order */
  List<Unit> roots();
}
