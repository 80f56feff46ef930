package org.lianfang.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.lianfang.Aggregate;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;

/**
 * One aggregate's rows, in id order, with an index by unit and undo through the store's transaction. Ids, units and
 * versions come from {@link Aggregate}.
 */
final class Table<T extends Aggregate<?>> {
  private final String kind;
  private final MemoryStoreCore store;
  private final BiFunction<T, Long, T> withVersion;
  private final Function<T, Object> uniqueKey;
  private final Map<Object, UUID> byKey = new HashMap<>();
  /** Id order as databases keep it: the UUID's bytes compared unsigned (creation order for UUIDv7 ids). */
  static final java.util.Comparator<UUID> ID_ORDER = org.lianfang.risk.NoticeKey.UUID_ORDER;

  private final NavigableMap<UUID, T> rows = new TreeMap<>(ID_ORDER);
  private final Map<UnitId, NavigableSet<UUID>> byUnit = new HashMap<>();
  /** The last code number taken per unit; a unit starts after the rows it holds when it first takes one. */
  private final Map<UnitId, Long> numbers = new HashMap<>();

  Table(String kind, MemoryStoreCore store, BiFunction<T, Long, T> withVersion, Function<T, Object> uniqueKey) {
    this.uniqueKey = uniqueKey;
    this.kind = kind;
    this.store = store;
    this.withVersion = withVersion;
  }

  private static UUID id(Aggregate<?> row) {
    return row.id().value();
  }

  Optional<T> find(UUID key) {
    return store.read(() -> Optional.ofNullable(rows.get(key)));
  }

  List<T> inUnit(UnitId u) {
    return store.read(() -> {
      NavigableSet<UUID> keys = byUnit.getOrDefault(u, Collections.emptyNavigableSet());
      List<T> out = new ArrayList<>(keys.size());
      keys.forEach(k -> out.add(rows.get(k)));
      return out;
    });
  }

  /**
   * @param u a unit
   * @param number the number a row's code ends in, 0 if none
   * @return one more than the last number taken in the unit or, the first time, than the larger of its row count and
   *     the largest number its rows' codes end in
   */
  long nextNumber(UnitId u, java.util.function.ToLongFunction<T> number) {
    long[] taken = new long[1];
    store.write(() -> {
      Long before = numbers.get(u);
      long last = before == null ? highestInUse(u, number) : before;
      taken[0] = last + 1;
      numbers.put(u, taken[0]);
      store.onUndo(() -> {
        if (before == null) {
          numbers.remove(u);
        } else {
          numbers.put(u, before);
        }
      });
    });
    return taken[0];
  }

  /**
   * Moves a unit's last number past a restored row's, if the unit has numbered already (else its first number follows
   * its rows anyway).
   *
   * @param u a unit
   * @param restored the number a restored row's code ends in
   */
  void follow(UnitId u, long restored) {
    store.write(() -> {
      Long before = numbers.get(u);
      if (before != null && before < restored) {
        numbers.put(u, restored);
        store.onUndo(() -> numbers.put(u, before));
      }
    });
  }

  private long highestInUse(UnitId u, java.util.function.ToLongFunction<T> number) {
    NavigableSet<UUID> keys = byUnit.getOrDefault(u, Collections.emptyNavigableSet());
    long highest = keys.size();
    for (UUID k : keys) {
      highest = Math.max(highest, number.applyAsLong(rows.get(k)));
    }
    return highest;
  }

  List<T> where(Predicate<T> p) {
    return store.read(() -> rows.values().stream().filter(p).toList());
  }

  void insert(T row) {
    store.write(() -> {
      UUID key = id(row);
      if (rows.containsKey(key)) {
        throw new StaleAggregateException(kind + " " + key + " already exists", row.version());
      }
      checkUnique(key, row);
      // a new aggregate (version 0) becomes version 1; a restored one (LedgerImport) keeps its version
      put(key, withVersion.apply(row, Math.max(1L, row.version())));
    });
  }

  void update(T row) {
    store.write(() -> {
      UUID key = id(row);
      T stored = rows.get(key);
      long expected = row.version();
      if (stored == null || stored.version() != expected) {
        throw new StaleAggregateException(kind + " " + key, expected);
      }
      if (!stored.unitId().equals(row.unitId())) {
        throw new IllegalArgumentException(kind + " " + key + " cannot move to another unit");
      }
      checkUnique(key, row);
      put(key, withVersion.apply(row, expected + 1));
    });
  }

  /** A code (unit code, post code…) belongs to one aggregate, as the database's unique constraints keep it. */
  private void checkUnique(UUID key, T row) {
    if (uniqueKey == null) {
      return;
    }
    UUID holder = byKey.get(uniqueKey.apply(row));
    if (holder != null && !holder.equals(key)) {
      throw new StaleAggregateException(kind + " " + key + ": code " + uniqueKey.apply(row)
          + " is taken by " + holder, row.version());
    }
  }

  private void put(UUID key, T row) {
    T before = rows.put(key, row);
    byUnit.computeIfAbsent(row.unitId(), u -> new TreeSet<>(ID_ORDER)).add(key);
    if (uniqueKey != null) {
      if (before != null) {
        byKey.remove(uniqueKey.apply(before));
      }
      byKey.put(uniqueKey.apply(row), key);
    }
    store.onUndo(() -> {
      if (uniqueKey != null) {
        byKey.remove(uniqueKey.apply(row));
        if (before != null) {
          byKey.put(uniqueKey.apply(before), key);
        }
      }
      if (before == null) {
        rows.remove(key);
        byUnit.get(row.unitId()).remove(key);
      } else {
        rows.put(key, before);
      }
    });
  }

  Map<UUID, T> copy() {
    return store.read(() -> {
      TreeMap<UUID, T> copy = new TreeMap<>(ID_ORDER);
      copy.putAll(rows);
      return Collections.unmodifiableMap(copy);
    });
  }
}
