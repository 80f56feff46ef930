package org.lianfang.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.lianfang.Aggregate;
import org.lianfang.JournalConflictException;
import org.lianfang.UnitId;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.spi.Journal;
import org.lianfang.spi.Outbox;
import org.lianfang.spi.Store;
import org.lianfang.spi.Transactions;

/**
 * A {@link Store} in memory, for prototypes and tests. Thread-safe: a transaction holds a write lock from start to
 * end, so commands run one at a time; reads outside a transaction run alongside each other. A transaction that throws
 * is undone entry by entry, so state and journal are exactly as before; a nested call that throws undoes its own
 * writes (a savepoint). A write outside a transaction is its own transaction.
 *
 * <p>Each area's tables and ports live in a class of their own up the chain of superclasses
 * ({@link MemoryStoreCore}); this class adds the journal, the transactions and the snapshot.
 */
public final class InMemoryStore extends MemoryCycleStore implements Store {
  private final Map<UnitId, List<JournalEntry>> chains = new HashMap<>();
  private final Map<UnitId, ChainHead> heads = new HashMap<>();
  private final Transactions transactions = new Transactions() {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return InMemoryStore.this.inTransaction(work);
    }

    /** Another thread's transaction waits for the lock only while the calling thread holds it. */
    @Override
    public boolean mayCommitOnAnotherThread() {
      return !inTransactionOnThisThread();
    }
  };
  private final ChainDigest digest;
  private final MemoryOutbox outbox = new MemoryOutbox(this);

  /** @return a new, empty store whose archive uses SHA-256 ({@link ChainDigest#SHA_256}) */
  public static InMemoryStore create() {
    return new InMemoryStore(ChainDigest.SHA_256);
  }

  /**
   * @param digest the digest of the archive's chains, fixed for the store's life (SM3 for 国密, say)
   * @return a new, empty store
   */
  public static InMemoryStore create(ChainDigest digest) {
    return new InMemoryStore(Objects.requireNonNull(digest, "digest"));
  }

  private InMemoryStore(ChainDigest digest) {
    this.digest = digest;
    checkTables();
  }

  /**
   * Everything the store holds, copied: for tests that prove a refused or failed command changed nothing.
   *
   * @return the current state
   */
  public Snapshot snapshot() {
    return read(() -> {
      Map<UnitId, List<JournalEntry>> j = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
      chains.forEach((u, l) -> j.put(u, List.copyOf(l)));
      Map<UnitId, ChainHead> h = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
      h.putAll(heads);
      Map<AggregateKind<?, ?>, Map<UUID, ?>> records = new LinkedHashMap<>();
      tables.forEach((kind, table) -> records.put(kind, table.copy()));
      return new Snapshot(records, j, h, outbox.copy(), registersCopy());
    });
  }

  /**
   * All the records of an in-memory store at one instant. Two snapshots are equal when every record, every journal
   * entry, every chain head, every outbox row and every frozen register are equal.
   *
   * @param records each kind's records by id, in the order of {@link AggregateKinds#all()}
   * @param journal each unit's chain
   * @param heads each unit's chain head
   * @param outbox the notifications waiting, by id
   * @param registers each unit's frozen registers by year
   */
  public record Snapshot(
      Map<AggregateKind<?, ?>, Map<UUID, ?>> records, Map<UnitId, List<JournalEntry>> journal,
      Map<UnitId, ChainHead> heads, Map<UUID, OutboxMessage> outbox,
      Map<UnitId, Map<java.time.Year, Object>> registers) {

    /**
     * @param kind a kind of aggregate
     * @param <A> the aggregate
     * @return its records by id
     */
    @SuppressWarnings("unchecked")
    public <A extends Aggregate<?>> Map<UUID, A> records(AggregateKind<A, ?> kind) {
      return (Map<UUID, A>) records.getOrDefault(kind, Map.of());
    }
  }

  @Override
  public Journal journal() {
    return new Journal() {
      @Override
      public ChainDigest digest() {
        return digest;
      }

      @Override
      public Optional<ChainHead> head(UnitId unit) {
        return InMemoryStore.this.read(() -> Optional.ofNullable(heads.get(unit)));
      }

      @Override
      public void append(JournalEntry e) {
        write(() -> {
          ChainHead head = heads.get(e.unitId());
          if (!JournalChain.continues(Optional.ofNullable(head), e)) {
            throw new JournalConflictException("journal of unit " + e.unitId() + ": entry " + e.sequence()
                + " does not continue the head at " + (head == null ? 0 : head.sequence()));
          }
          List<JournalEntry> chain = chains.computeIfAbsent(e.unitId(), u -> new ArrayList<>());
          chain.add(e);
          heads.put(e.unitId(), e.head());
          onUndo(() -> {
            chain.remove(chain.size() - 1);
            if (head == null) {
              heads.remove(e.unitId());
              if (chain.isEmpty()) {
                chains.remove(e.unitId());
              }
            } else {
              heads.put(e.unitId(), head);
            }
          });
        });
      }

      @Override
      public List<JournalEntry> read(UnitId unit, long fromSequence, int limit) {
        if (limit <= 0) {
          throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return InMemoryStore.this.read(() -> {
          List<JournalEntry> chain = chains.getOrDefault(unit, List.of());
          int from = (int) Math.max(0, Math.min(chain.size(), fromSequence - 1));
          int to = (int) Math.min(chain.size(), (long) from + limit);
          return List.copyOf(chain.subList(from, to));
        });
      }
    };
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }
}
