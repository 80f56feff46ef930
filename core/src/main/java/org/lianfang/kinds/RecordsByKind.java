package org.lianfang.kinds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lianfang.Aggregate;

/**
 * Records grouped by kind, over a fixed list of kinds ({@link AggregateKinds#all()} or {@link
 * AggregateKinds#ofUnit()}): what a ledger section, a bulk load or a snapshot holds, without a component per aggregate.
 * Every kind of the list is present (with no records until given some) and in the list's order, so two equal lists of
 * records are equal however they were built. Immutable and thread-safe.
 */
public final class RecordsByKind {
  private final Map<AggregateKind<?, ?>, List<?>> byKind;

  private RecordsByKind(Map<AggregateKind<?, ?>, List<?>> byKind) {
    this.byKind = Collections.unmodifiableMap(byKind);
  }

  /**
   * @param kinds the kinds these records may be of, in order
   * @return no records of any of them
   */
  public static RecordsByKind none(List<AggregateKind<?, ?>> kinds) {
    Map<AggregateKind<?, ?>, List<?>> m = new LinkedHashMap<>();
    kinds.forEach(k -> m.put(Objects.requireNonNull(k, "kind"), List.of()));
    return new RecordsByKind(m);
  }

  /**
   * @param kind one of these records' kinds
   * @param records the records of that kind, in place of those held
   * @param <A> the aggregate
   * @return these records with those of that kind replaced
   * @throws IllegalArgumentException if the kind is not one of these records' kinds
   * @throws ClassCastException if a record is not of that kind (a raw list)
   */
  public <A extends Aggregate<?>> RecordsByKind with(AggregateKind<A, ?> kind, List<? extends A> records) {
    if (!byKind.containsKey(kind)) {
      throw new IllegalArgumentException("not one of the kinds " + byKind.keySet() + ": " + kind);
    }
    List<A> copy = List.copyOf(records);
    copy.forEach(kind::cast);
    Map<AggregateKind<?, ?>, List<?>> m = new LinkedHashMap<>(byKind);
    m.put(kind, copy);
    return new RecordsByKind(m);
  }

  /**
   * @param kind one of these records' kinds
   * @param <A> the aggregate
   * @return the records of that kind, empty if there are none
   * @throws IllegalArgumentException if the kind is not one of these records' kinds
   */
  @SuppressWarnings("unchecked") // with() checks every record against its kind
  public <A extends Aggregate<?>> List<A> records(AggregateKind<A, ?> kind) {
    List<?> records = byKind.get(kind);
    if (records == null) {
      throw new IllegalArgumentException("not one of the kinds " + byKind.keySet() + ": " + kind);
    }
    return (List<A>) records;
  }

  /** @return the kinds, in order */
  public List<AggregateKind<?, ?>> kinds() {
    return List.copyOf(byKind.keySet());
  }

  /** @return every kind with its records, in the kinds' order; read-only */
  public Map<AggregateKind<?, ?>, List<?>> asMap() {
    return byKind;
  }

  /** @return how many records in all */
  public int size() {
    return byKind.values().stream().mapToInt(List::size).sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordsByKind r && byKind.equals(r.byKind);
  }

  @Override
  public int hashCode() {
    return byKind.hashCode();
  }

  @Override
  public String toString() {
    return byKind.toString();
  }
}
