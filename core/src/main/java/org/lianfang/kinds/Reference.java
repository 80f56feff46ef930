package org.lianfang.kinds;

import java.util.Objects;
import java.util.Optional;
import org.lianfang.AggregateId;

/**
 * One reference a record makes to another record, or to a part of one (a risk point's process step): where in the
 * record it stands, what kind of record it names and which. Each {@link AggregateKind} lists the references of its
 * records, so whatever must check them all (the ledger import) does so without naming each aggregate; the rule they
 * must hold is the one {@code org.lianfang.organization.UnitReferences} states for commands (S-2, P-1): the record
 * referred to belongs to the same unit, or, for a kind {@link AggregateKind#visibleBelow() visible below}, to the unit
 * or a unit above it. Immutable and thread-safe.
 *
 * @param at where the reference stands in the record: its field names in the record's documented form (the ledger
 *     document and the journal format), joined by {@code /}, with an index for an element of a list
 * @param kind the kind of record it names
 * @param id the record's id, of the kind's id type (the factories take them typed alike)
 * @param part the part of that record it names, if any: for a process, a step's id
 */
public record Reference(String at, AggregateKind<?, ?> kind, AggregateId id, Optional<Object> part) {
  public Reference {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(part, "part");
  }

  /**
   * @param at where the reference stands in the record
   * @param kind the kind of record it names
   * @param id the record's id
   * @param <I> the kind of id
   * @return a reference to a whole record
   */
  public static <I extends AggregateId> Reference to(String at, AggregateKind<?, I> kind, I id) {
    return new Reference(at, kind, id, Optional.empty());
  }

  /**
   * @param at where the reference stands in the record
   * @param kind the kind of record it names
   * @param id the record's id
   * @param part the part of the record it names
   * @param <I> the kind of id
   * @return a reference to a part of a record
   */
  public static <I extends AggregateId> Reference toPart(String at, AggregateKind<?, I> kind, I id, Object part) {
    return new Reference(at, kind, id, Optional.of(part));
  }
}
