package org.lianfang.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.lianfang.monitoring.DueItem;
import org.lianfang.spi.Dues;

/**
 * The {@link Dues} of {@link InMemoryStore}: by record and code, and in the order of their next alert; undone with
 * the store's transaction, whose lock keeps every other transaction out, so a deadline read by one tick is never read
 * by another before it commits.
 */
final class MemoryDues implements Dues {
  private static final Comparator<DueItem> BY_ALERT = Comparator.comparing(DueItem::nextAlertAt)
      .thenComparing(DueItem::recordId, Table.ID_ORDER).thenComparing(DueItem::what);
  private final MemoryStoreCore store;
  private final Map<UUID, Map<String, DueItem>> byRecord = new HashMap<>();
  private final NavigableSet<DueItem> byAlert = new TreeSet<>(BY_ALERT);

  MemoryDues(MemoryStoreCore store) {
    this.store = store;
  }

  private void set(UUID record, String what, DueItem item) {
    Map<String, DueItem> of = byRecord.computeIfAbsent(record, r -> new HashMap<>());
    DueItem before = item == null ? of.remove(what) : of.put(what, item);
    if (before != null) {
      byAlert.remove(before);
    }
    if (item != null) {
      byAlert.add(item);
    }
    if (of.isEmpty()) {
      byRecord.remove(record);
    }
    store.onUndo(() -> {
      Map<String, DueItem> back = byRecord.computeIfAbsent(record, r -> new HashMap<>());
      if (item != null) {
        byAlert.remove(item);
        back.remove(what);
      }
      if (before != null) {
        byAlert.add(before);
        back.put(what, before);
      }
      if (back.isEmpty()) {
        byRecord.remove(record);
      }
    });
  }

  @Override
  public void put(List<DueItem> items) {
    store.write(() -> items.forEach(i -> set(i.recordId(), i.what(), i)));
  }

  @Override
  public void remove(UUID recordId, Optional<String> what) {
    store.write(() -> {
      List<String> codes = what.map(List::of)
          .orElseGet(() -> List.copyOf(byRecord.getOrDefault(recordId, Map.of()).keySet()));
      for (String code : codes) {
        if (byRecord.getOrDefault(recordId, Map.of()).containsKey(code)) {
          set(recordId, code, null);
        }
      }
    });
  }

  @Override
  public List<DueItem> due(Instant asOf, int max) {
    return store.read(() -> {
      List<DueItem> out = new ArrayList<>();
      for (DueItem i : byAlert) {
        if (i.nextAlertAt().isAfter(asOf) || out.size() == max) {
          break;
        }
        out.add(i);
      }
      return out;
    });
  }

  @Override
  public boolean anyDue(Instant asOf) {
    return store.read(() -> !byAlert.isEmpty() && !byAlert.first().nextAlertAt().isAfter(asOf));
  }

  @Override
  public List<DueItem> of(UUID recordId) {
    return store.read(() -> byRecord.getOrDefault(recordId, Map.of()).values().stream()
        .sorted(Comparator.comparing(DueItem::what)).toList());
  }
}
