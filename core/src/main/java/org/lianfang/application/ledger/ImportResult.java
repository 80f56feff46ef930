package org.lianfang.application.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;

/**
 * What an import wrote ({@link LedgerImports}). Importing what the store holds already writes nothing. Immutable and
 * thread-safe.
 */
public final class ImportResult {
  private final Map<AggregateKind<?, ?>, Long> records;
  private final long entries;

  /**
   * @param records how many records of each kind it added; kinds left out count 0
   * @param entries how many journal entries it appended
   * @throws NullPointerException if records is null
   */
  public ImportResult(Map<AggregateKind<?, ?>, Long> records, long entries) {
    Map<AggregateKind<?, ?>, Long> all = new LinkedHashMap<>();
    for (AggregateKind<?, ?> kind : AggregateKinds.all()) {
      all.put(kind, records.getOrDefault(kind, 0L));
    }
    this.records = Collections.unmodifiableMap(all);
    this.entries = entries;
  }

  /** @return how many records of each kind it added, every kind of {@link AggregateKinds#all()}, in that order */
  public Map<AggregateKind<?, ?>, Long> records() {
    return records;
  }

  /**
   * @return how many journal entries it appended: the archive's own (a restore) or the ones carrying them (a merge)
   */
  public long entries() {
    return entries;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportResult other && records.equals(other.records) && entries == other.entries;
  }

  @Override
  public int hashCode() {
    return Objects.hash(records, entries);
  }

  @Override
  public String toString() {
    return "ImportResult[records=" + records + ", entries=" + entries + "]";
  }
}
