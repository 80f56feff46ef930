package org.lianfang.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.lianfang.StaleAggregateException;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.spi.Outbox;

/** The {@link Outbox} of {@link InMemoryStore}: rows by id, undone with the store's transaction. */
final class MemoryOutbox implements Outbox {
  private final MemoryStoreCore store;
  private final NavigableMap<UUID, OutboxMessage> rows = new TreeMap<>(Table.ID_ORDER);
  private final java.util.Set<String> keys = new java.util.HashSet<>();

  MemoryOutbox(MemoryStoreCore store) {
    this.store = store;
  }

  private void put(OutboxMessage m) {
    OutboxMessage before = rows.put(m.id(), m);
    String key = m.notification().idempotencyKey();
    boolean added = keys.add(key);
    store.onUndo(() -> {
      if (before == null) {
        rows.remove(m.id());
      } else {
        rows.put(m.id(), before);
      }
      if (added) {
        keys.remove(key);
      }
    });
  }

  private void remove(UUID id) {
    OutboxMessage before = rows.remove(id);
    if (before != null) {
      keys.remove(before.notification().idempotencyKey());
      store.onUndo(() -> {
        rows.put(id, before);
        keys.add(before.notification().idempotencyKey());
      });
    }
  }

  @Override
  public void add(List<OutboxMessage> messages) {
    store.write(() -> {
      for (OutboxMessage m : messages) {
        if (rows.containsKey(m.id()) || keys.contains(m.notification().idempotencyKey())) {
          throw new StaleAggregateException("OutboxMessage " + m.id(), 0);
        }
        put(m);
      }
    });
  }

  private static boolean ready(OutboxMessage m, Instant now) {
    return m.parkedAt().isEmpty() && !m.nextAttemptAt().isAfter(now)
        && m.leaseUntil().map(until -> until.isBefore(now)).orElse(true);
  }

  @Override
  public List<OutboxMessage> claim(String claimant, Instant now, Duration lease, int max) {
    Objects.requireNonNull(claimant, "claimant");
    List<OutboxMessage> claimed = new ArrayList<>();
    store.write(() -> {
      List<OutboxMessage> ready = rows.values().stream().filter(m -> ready(m, now))
          .sorted(Comparator.comparing(OutboxMessage::nextAttemptAt)).limit(max).toList();
      for (OutboxMessage m : ready) {
        OutboxMessage held = new OutboxMessage(m.id(), m.notification(), m.attempts(), m.nextAttemptAt(),
            Optional.of(claimant), Optional.of(now.plus(lease)), m.lastError(), m.parkedAt());
        put(held);
        claimed.add(held);
      }
    });
    return claimed;
  }

  private boolean holds(UUID id, String claimant) {
    OutboxMessage m = rows.get(id);
    return m != null && m.claimedBy().equals(Optional.of(claimant));
  }

  @Override
  public int delivered(List<UUID> ids, String claimant) {
    int[] n = new int[1];
    store.write(() -> {
      for (UUID id : ids) {
        if (holds(id, claimant)) {
          remove(id);
          n[0]++;
        }
      }
    });
    return n[0];
  }

  @Override
  public boolean failed(UUID id, String claimant, String error, Optional<Instant> retryAt, Instant now) {
    boolean[] held = new boolean[1];
    store.write(() -> {
      held[0] = holds(id, claimant);
      if (held[0]) {
        OutboxMessage m = rows.get(id);
        put(new OutboxMessage(id, m.notification(), m.attempts() + 1, retryAt.orElse(m.nextAttemptAt()),
            Optional.empty(), Optional.empty(), Optional.of(OutboxMessage.cut(error)),
            retryAt.isPresent() ? Optional.empty() : Optional.of(now)));
      }
    });
    return held[0];
  }

  @Override
  public List<OutboxMessage> parked(int max) {
    return store.read(() -> rows.values().stream().filter(m -> m.parkedAt().isPresent())
        .sorted(Comparator.comparing((OutboxMessage m) -> m.parkedAt().get()).thenComparing(OutboxMessage::id,
            Table.ID_ORDER)).limit(max).toList());
  }

  @Override
  public boolean retry(UUID id, Instant now) {
    boolean[] found = new boolean[1];
    store.write(() -> {
      OutboxMessage m = rows.get(id);
      found[0] = m != null && m.parkedAt().isPresent();
      if (found[0]) {
        put(new OutboxMessage(id, m.notification(), 0, now, Optional.empty(), Optional.empty(), m.lastError(),
            Optional.empty()));
      }
    });
    return found[0];
  }

  @Override
  public Optional<OutboxMessage> find(UUID id) {
    return store.read(() -> Optional.ofNullable(rows.get(id)));
  }

  /** @return the rows by id, a copy; called under the store's lock */
  java.util.Map<UUID, OutboxMessage> copy() {
    return java.util.Map.copyOf(rows);
  }

  @Override
  public long size() {
    return store.read(rows::size);
  }
}
