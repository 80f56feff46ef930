package org.lianfang.memory;

import java.util.List;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.organization.Unit;
import org.lianfang.spi.Units;

/** The {@link Units} port of {@link InMemoryStore}, over its table. */
final class MemoryUnits extends MemoryRepository<Unit, UnitId> implements Units {
  MemoryUnits(Table<Unit> t) {
    super(t);
  }

  @Override
  public List<Unit> children(UnitId parent) {
    return table.where(u -> u.parent().filter(parent::equals).isPresent());
  }

  @Override
  public Optional<Unit> byCode(String code) {
    return table.where(u -> u.code().equals(code)).stream().findFirst();
  }

  @Override
  public List<Unit> roots() {
    return table.where(u -> u.parent().isEmpty() || table.find(u.parent().get().value()).isEmpty());
  }
}
