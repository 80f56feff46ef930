package org.lianfang.json;

import java.util.List;
import java.util.Objects;
import org.lianfang.Aggregate;
import org.lianfang.cycle.FrozenYear;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.kinds.RecordsByKind;
import org.lianfang.organization.Unit;

/**
 * One unit's part of a ledger document, its journal aside (the journal is streamed entry by entry): the unit and its
 * records of every kind a unit holds ({@link AggregateKinds#ofUnit()}): posts, officials, tenures, its power list
 * (权力清单), business processes, and risk points with their review history, grades and notices; and the registers
 * of its closed years (S-13, S-16). Immutable and thread-safe.
 *
 * @param unit the unit
 * @param records its records, over the kinds of {@link AggregateKinds#ofUnit()}
 * @param registers its frozen registers, oldest first
 */
public record LedgerSection(Unit unit, RecordsByKind records, List<FrozenYear> registers) {

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the records are not over the kinds a unit holds
   */
  public LedgerSection {
    Objects.requireNonNull(unit, "unit");
    registers = List.copyOf(registers);
    if (!records.kinds().equals(AggregateKinds.ofUnit())) {
      throw new IllegalArgumentException("a section holds the kinds " + AggregateKinds.ofUnit() + ", not "
          + records.kinds());
    }
  }

  /**
   * A section without registers: a unit that has closed no year.
   *
   * @param unit the unit
   * @param records its records, over the kinds of {@link AggregateKinds#ofUnit()}
   * @throws IllegalArgumentException if the records are not over the kinds a unit holds
   */
  public LedgerSection(Unit unit, RecordsByKind records) {
    this(unit, records, List.of());
  }

  /** @param unit a unit @return its section with no records */
  public static LedgerSection of(Unit unit) {
    return new LedgerSection(unit, RecordsByKind.none(AggregateKinds.ofUnit()));
  }

  /** @param frozen its frozen registers, oldest first @return this section with them in place of the ones it had */
  public LedgerSection withRegisters(List<FrozenYear> frozen) {
    return new LedgerSection(unit, records, frozen);
  }

  /**
   * @param kind a kind a unit holds
   * @param records the unit's records of that kind
   * @param <A> the aggregate
   * @return this section with those records in place of the ones it had of that kind
   */
  public <A extends Aggregate<?>> LedgerSection with(AggregateKind<A, ?> kind, List<? extends A> records) {
    return new LedgerSection(unit, this.records.with(kind, records), registers);
  }

  /**
   * @param kind a kind a unit holds
   * @param <A> the aggregate
   * @return the unit's records of that kind
   */
  public <A extends Aggregate<?>> List<A> records(AggregateKind<A, ?> kind) {
    return records.records(kind);
  }

  /** @return how many records the section holds, the unit included */
  public int size() {
    return 1 + records.size();
  }
}
