package org.lianfang.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;

/**
 * How many records of each kind a ledger document held, or an import wrote. Immutable and thread-safe.
 *
 * @param byKind how many records of each kind, every kind of {@link AggregateKinds#all()} present, in that order
 * @param journalEntries journal entries
 */
public record LedgerCounts(Map<AggregateKind<?, ?>, Long> byKind, long journalEntries) {

  /** No records. */
  public static final LedgerCounts NONE = new LedgerCounts(Map.of(), 0);

  /**
   * @param byKind how many records of some kinds; kinds left out count 0
   * @param journalEntries journal entries
   * @throws IllegalArgumentException if a count is negative
   */
  public LedgerCounts {
    Map<AggregateKind<?, ?>, Long> all = new LinkedHashMap<>();
    for (AggregateKind<?, ?> kind : AggregateKinds.all()) {
      long n = byKind.getOrDefault(kind, 0L);
      if (n < 0) {
        throw new IllegalArgumentException(kind + " must not be negative: " + n);
      }
      all.put(kind, n);
    }
    if (!all.keySet().containsAll(byKind.keySet()) || journalEntries < 0) {
      throw new IllegalArgumentException("unknown kinds or a negative journal count: " + byKind + ", "
          + journalEntries);
    }
    byKind = Collections.unmodifiableMap(all);
  }

  /** @param kind a kind of aggregate @return how many records of that kind */
  public long of(AggregateKind<?, ?> kind) {
    return byKind.get(Objects.requireNonNull(kind, "kind"));
  }

  /** @return every record but the journal's entries */
  public long records() {
    return byKind.values().stream().mapToLong(Long::longValue).sum();
  }

  /** @return records and journal entries together */
  public long total() {
    return records() + journalEntries;
  }

  LedgerCounts plus(LedgerSection s) {
    Map<AggregateKind<?, ?>, Long> m = new LinkedHashMap<>(byKind);
    m.merge(AggregateKinds.UNITS, 1L, Long::sum);
    s.records().asMap().forEach((kind, records) -> m.merge(kind, (long) records.size(), Long::sum));
    return new LedgerCounts(m, journalEntries);
  }

  LedgerCounts plusJournal(long entries) {
    return new LedgerCounts(byKind, journalEntries + entries);
  }
}
