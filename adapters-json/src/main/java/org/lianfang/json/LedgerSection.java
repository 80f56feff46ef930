package org.lianfang.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lianfang.Aggregate;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.organization.Unit;

/**
 * One unit's part of a ledger document, its journal aside (the journal is streamed entry by entry): the unit and its
 * records of every kind a unit holds ({@link AggregateKinds#ofUnit()}): posts, officials, tenures, its power list
 * (权力清单), business processes, and risk points with their review history, grades and notices. Immutable and
 * thread-safe.
 *
 * @param unit the unit
 * @param byKind its records of each kind, every kind of {@link AggregateKinds#ofUnit()} present, in that order
 */
public record LedgerSection(Unit unit, Map<AggregateKind<?, ?>, List<?>> byKind) {

  /**
   * @param unit the unit
   * @param byKind its records of some kinds; kinds left out have none
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a kind is not one a unit holds
   * @throws ClassCastException if a record is not of the kind it is listed under
   */
  public LedgerSection {
    Objects.requireNonNull(unit, "unit");
    Map<AggregateKind<?, ?>, List<?>> all = new LinkedHashMap<>();
    for (AggregateKind<?, ?> kind : AggregateKinds.ofUnit()) {
      List<?> records = List.copyOf(byKind.getOrDefault(kind, List.of()));
      records.forEach(kind::cast);
      all.put(kind, records);
    }
    if (!all.keySet().containsAll(byKind.keySet())) {
      throw new IllegalArgumentException("not kinds a unit holds: " + byKind.keySet());
    }
    byKind = Collections.unmodifiableMap(all);
  }

  /** @param unit a unit @return its section with no records */
  public static LedgerSection of(Unit unit) {
    return new LedgerSection(unit, Map.of());
  }

  /**
   * @param kind a kind a unit holds
   * @param records the unit's records of that kind
   * @param <A> the aggregate
   * @return this section with those records in place of the ones it had of that kind
   */
  public <A extends Aggregate<?>> LedgerSection with(AggregateKind<A, ?> kind, List<? extends A> records) {
    Map<AggregateKind<?, ?>, List<?>> m = new LinkedHashMap<>(byKind);
    m.put(kind, records);
    return new LedgerSection(unit, m);
  }

  /**
   * @param kind a kind a unit holds
   * @param <A> the aggregate
   * @return the unit's records of that kind
   */
  @SuppressWarnings("unchecked")
  public <A extends Aggregate<?>> List<A> records(AggregateKind<A, ?> kind) {
    return (List<A>) byKind.getOrDefault(kind, List.of());
  }

  /** @return how many records the section holds, the unit included */
  public int size() {
    return 1 + byKind.values().stream().mapToInt(List::size).sum();
  }
}
