package org.lianfang.memory;

import java.util.List;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.UnitId;
import org.lianfang.spi.Repository;

/**
 * What every repository of this store does the same way ({@link Repository}): find by id, insert, update and list a
 * unit's aggregates through its {@link Table}. Each port adds its own lookups.
 */
class MemoryRepository<A extends Aggregate<I>, I extends AggregateId> implements Repository<A, I> {
  final Table<A> table;

  MemoryRepository(Table<A> table) {
    this.table = table;
  }

  @Override
  public Optional<A> find(I id) {
    return table.find(id.value());
  }

  @Override
  public void insert(A aggregate) {
    table.insert(aggregate);
  }

  @Override
  public void update(A aggregate) {
    table.update(aggregate);
  }

  @Override
  public List<A> inUnit(UnitId unit) {
    return table.inUnit(unit);
  }
}
