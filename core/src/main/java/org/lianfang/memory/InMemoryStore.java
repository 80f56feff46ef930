package org.lianfang.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.lianfang.Aggregate;
import org.lianfang.JournalConflictException;
import org.lianfang.UnitId;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.process.BusinessProcess;
import org.lianfang.risk.RiskPoint;
import org.lianfang.spi.Journal;
import org.lianfang.spi.Officials;
import org.lianfang.spi.Posts;
import org.lianfang.spi.PowerItems;
import org.lianfang.spi.Processes;
import org.lianfang.spi.RiskPoints;
import org.lianfang.spi.Store;
import org.lianfang.spi.Tenures;
import org.lianfang.spi.Transactions;
import org.lianfang.spi.Units;

/**
 * A {@link Store} in memory, for prototypes and tests. Thread-safe: a transaction holds a write lock from start to
 * end, so commands run one at a time; reads outside a transaction run alongside each other. A transaction that throws
 * is undone entry by entry, so state and journal are exactly as before; a nested call that throws undoes its own
 * writes (a savepoint). A write outside a transaction is its own transaction.
 */
public final class InMemoryStore implements Store {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

  private final Table<Unit> units = new Table<>("Unit", this, Unit::withVersion, Unit::code);
  private final Table<Post> posts = new Table<>("Post", this, Post::withVersion, p -> List.of(p.unitId(), p.code()));
  private final Table<Official> officials = new Table<>("Official", this, Official::withVersion,
      o -> List.of(o.unitId(), o.staffNumber()));
  private final Table<Tenure> tenures = new Table<>("Tenure", this, Tenure::withVersion, null);
  private final Table<PowerItem> powerItems = new Table<>("PowerItem", this, PowerItem::withVersion,
      p -> List.of(p.unitId(), p.code()));
  private final Table<BusinessProcess> processes = new Table<>("BusinessProcess", this,
      BusinessProcess::withVersion, p -> List.of(p.unitId(), p.code()));
  private final Table<RiskPoint> riskPoints = new Table<>("RiskPoint", this, RiskPoint::withVersion,
      r -> List.of(r.unitId(), r.code()));
  /** Every table, by kind, in the order of {@link AggregateKinds#all()}. */
  private final Map<AggregateKind<?, ?>, Table<?>> tables = tables();
  private final Map<UnitId, List<JournalEntry>> chains = new HashMap<>();
  private final Map<UnitId, ChainHead> heads = new HashMap<>();

  private final Transactions transactions = this::inTransaction;
  private final Units unitsPort = new MemoryUnits(units);
  private final Posts postsPort = new MemoryPosts(posts);
  private final Officials officialsPort = new MemoryOfficials(officials);
  private final Tenures tenuresPort = new MemoryTenures(tenures);
  private final PowerItems powerItemsPort = new MemoryPowerItems(powerItems);
  private final Processes processesPort = new MemoryProcesses(processes);
  private final RiskPoints riskPointsPort = new MemoryRiskPoints(riskPoints);

  private Map<AggregateKind<?, ?>, Table<?>> tables() {
    Map<AggregateKind<?, ?>, Table<?>> t = new LinkedHashMap<>();
    put(t, AggregateKinds.UNITS, units);
    put(t, AggregateKinds.POSTS, posts);
    put(t, AggregateKinds.OFFICIALS, officials);
    put(t, AggregateKinds.TENURES, tenures);
    put(t, AggregateKinds.POWER_ITEMS, powerItems);
    put(t, AggregateKinds.PROCESSES, processes);
    put(t, AggregateKinds.RISK_POINTS, riskPoints);
    if (!List.copyOf(t.keySet()).equals(AggregateKinds.all())) {
      throw new IllegalStateException("the in-memory store needs a table for each kind of " + AggregateKinds.all()
          + ", in that order");
    }
    return t;
  }

  /** Keeps each table under its own kind only: the types say which table holds which kind. */
  private static <A extends Aggregate<?>> void put(
      Map<AggregateKind<?, ?>, Table<?>> tables, AggregateKind<A, ?> kind, Table<A> table) {
    tables.put(kind, Objects.requireNonNull(table, "a table declared after the map of tables"));
  }

  /** @return a new, empty store */
  public static InMemoryStore create() {
    return new InMemoryStore();
  }

  private InMemoryStore() {}

  <T> T read(Supplier<T> r) {
    lock.readLock().lock();
    try {
      return r.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  void write(Runnable w) {
    inTransaction(() -> {
      w.run();
      return null;
    });
  }

  void onUndo(Runnable r) {
    undo.get().push(r);
  }

  private <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    Deque<Runnable> outer = undo.get();
    if (outer != null) {
      int savepoint = outer.size();
      try {
        return work.get();
      } catch (Throwable e) {
        while (outer.size() > savepoint) {
          outer.pop().run();
        }
        throw e;
      }
    }
    lock.writeLock().lock();
    Deque<Runnable> log = new ArrayDeque<>();
    undo.set(log);
    try {
      T result = work.get();
      log.clear();
      return result;
    } catch (Throwable e) {
      while (!log.isEmpty()) {
        log.pop().run();
      }
      throw e;
    } finally {
      undo.remove();
      lock.writeLock().unlock();
    }
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
      return new Snapshot(records, j, h);
    });
  }

  /**
   * All the records of an in-memory store at one instant. Two snapshots are equal when every record, every journal
   * entry and every chain head are equal.
   *
   * @param records each kind's records by id, in the order of {@link AggregateKinds#all()}
   * @param journal each unit's chain
   * @param heads each unit's chain head
   */
  public record Snapshot(
      Map<AggregateKind<?, ?>, Map<UUID, ?>> records, Map<UnitId, List<JournalEntry>> journal,
      Map<UnitId, ChainHead> heads) {

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
  public Units units() {
    return unitsPort;
  }

  @Override
  public Posts posts() {
    return postsPort;
  }

  @Override
  public Officials officials() {
    return officialsPort;
  }

  @Override
  public Tenures tenures() {
    return tenuresPort;
  }

  @Override
  public PowerItems powerItems() {
    return powerItemsPort;
  }

  @Override
  public Processes processes() {
    return processesPort;
  }

  @Override
  public RiskPoints riskPoints() {
    return riskPointsPort;
  }

  @Override
  public Journal journal() {
    return new Journal() {
      @Override
      public Optional<ChainHead> head(UnitId unit) {
        return InMemoryStore.this.read(() -> Optional.ofNullable(heads.get(unit)));
      }

      @Override
      public void append(JournalEntry e) {
        write(() -> {
          ChainHead head = heads.get(e.unitId());
          long expectedSeq = head == null ? 1 : head.sequence() + 1;
          String expectedPrev = head == null ? JournalChain.GENESIS : head.hash();
          if (e.sequence() != expectedSeq || !e.previousHash().equals(expectedPrev)) {
            throw new JournalConflictException("journal of unit " + e.unitId() + ": entry " + e.sequence()
                + " does not continue the head at " + (expectedSeq - 1));
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
  public Transactions transactions() {
    return transactions;
  }
}
