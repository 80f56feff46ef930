package org.lianfang.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.lianfang.JournalConflictException;
import org.lianfang.UnitId;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Unit;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessId;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
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
 * is undone entry by entry, so state and journal are exactly as before. A write outside a transaction is its own
 * transaction.
 */
public final class InMemoryStore implements Store {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

  private final Table<Unit> units = new Table<>("Unit", this, u -> u.id().value(), Unit::id, Unit::version,
      Unit::withVersion);
  private final Table<Post> posts = new Table<>("Post", this, p -> p.id().value(), Post::unitId, Post::version,
      Post::withVersion);
  private final Table<Official> officials = new Table<>("Official", this, o -> o.id().value(), Official::unitId,
      Official::version, Official::withVersion);
  private final Table<Tenure> tenures = new Table<>("Tenure", this, t -> t.id().value(), Tenure::unitId,
      Tenure::version, Tenure::withVersion);
  private final Table<PowerItem> powerItems = new Table<>("PowerItem", this, p -> p.id().value(),
      PowerItem::unitId, PowerItem::version, PowerItem::withVersion);
  private final Table<BusinessProcess> processes = new Table<>("BusinessProcess", this, p -> p.id().value(),
      BusinessProcess::unitId, BusinessProcess::version, BusinessProcess::withVersion);
  private final Table<RiskPoint> riskPoints = new Table<>("RiskPoint", this, r -> r.id().value(),
      r -> r.location().unit(), RiskPoint::version, RiskPoint::withVersion);
  private final Map<UnitId, List<JournalEntry>> chains = new HashMap<>();
  private final Map<UnitId, ChainHead> heads = new HashMap<>();

  private final Transactions transactions = this::inTransaction;

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
    if (undo.get() != null) {
      return work.get();
    }
    lock.writeLock().lock();
    Deque<Runnable> log = new ArrayDeque<>();
    undo.set(log);
    try {
      T result = work.get();
      log.clear();
      return result;
    } catch (RuntimeException | Error e) {
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
      return new Snapshot(units.copy(), posts.copy(), officials.copy(), tenures.copy(), powerItems.copy(),
          processes.copy(), riskPoints.copy(), j, h);
    });
  }

  /**
   * All the records of an in-memory store at one instant. Two snapshots are equal when every record, every journal
   * entry and every chain head are equal.
   *
   * @param units units by id
   * @param posts posts by id
   * @param officials officials by id
   * @param tenures tenures by id
   * @param powerItems power items by id
   * @param processes processes by id
   * @param riskPoints risk points by id
   * @param journal each unit's chain
   * @param heads each unit's chain head
   */
  public record Snapshot(
      Map<UUID, Unit> units, Map<UUID, Post> posts, Map<UUID, Official> officials, Map<UUID, Tenure> tenures,
      Map<UUID, PowerItem> powerItems, Map<UUID, BusinessProcess> processes, Map<UUID, RiskPoint> riskPoints,
      Map<UnitId, List<JournalEntry>> journal, Map<UnitId, ChainHead> heads) {}

  @Override
  public Units units() {
    return new Units() {
      @Override
      public Optional<Unit> find(UnitId id) {
        return units.find(id.value());
      }

      @Override
      public void insert(Unit u) {
        units.insert(u);
      }

      @Override
      public void update(Unit u) {
        units.update(u);
      }

      @Override
      public List<Unit> children(UnitId parent) {
        return units.where(u -> u.parent().filter(parent::equals).isPresent());
      }

      @Override
      public Optional<Unit> byCode(String code) {
        return units.where(u -> u.code().equals(code)).stream().findFirst();
      }

      @Override
      public List<Unit> roots() {
        return units.where(u -> u.parent().isEmpty());
      }
    };
  }

  @Override
  public Posts posts() {
    return new Posts() {
      @Override
      public Optional<Post> find(PostId id) {
        return posts.find(id.value());
      }

      @Override
      public void insert(Post p) {
        posts.insert(p);
      }

      @Override
      public void update(Post p) {
        posts.update(p);
      }

      @Override
      public List<Post> inUnit(UnitId unit) {
        return posts.inUnit(unit);
      }
    };
  }

  @Override
  public Officials officials() {
    return new Officials() {
      @Override
      public Optional<Official> find(OfficialId id) {
        return officials.find(id.value());
      }

      @Override
      public void insert(Official o) {
        officials.insert(o);
      }

      @Override
      public void update(Official o) {
        officials.update(o);
      }

      @Override
      public List<Official> inUnit(UnitId unit) {
        return officials.inUnit(unit);
      }
    };
  }

  @Override
  public Tenures tenures() {
    return new Tenures() {
      @Override
      public Optional<Tenure> find(TenureId id) {
        return tenures.find(id.value());
      }

      @Override
      public void insert(Tenure t) {
        tenures.insert(t);
      }

      @Override
      public void update(Tenure t) {
        tenures.update(t);
      }

      @Override
      public List<Tenure> inUnit(UnitId unit) {
        return tenures.inUnit(unit);
      }

      @Override
      public List<Tenure> ofPost(PostId post) {
        return tenures.where(t -> t.postId().equals(post));
      }

      @Override
      public List<Tenure> ofOfficial(OfficialId official) {
        return tenures.where(t -> t.officialId().equals(official));
      }
    };
  }

  @Override
  public PowerItems powerItems() {
    return new PowerItems() {
      @Override
      public Optional<PowerItem> find(PowerItemId id) {
        return powerItems.find(id.value());
      }

      @Override
      public void insert(PowerItem p) {
        powerItems.insert(p);
      }

      @Override
      public void update(PowerItem p) {
        powerItems.update(p);
      }

      @Override
      public List<PowerItem> inUnit(UnitId unit) {
        return powerItems.inUnit(unit);
      }
    };
  }

  @Override
  public Processes processes() {
    return new Processes() {
      @Override
      public Optional<BusinessProcess> find(ProcessId id) {
        return processes.find(id.value());
      }

      @Override
      public void insert(BusinessProcess p) {
        processes.insert(p);
      }

      @Override
      public void update(BusinessProcess p) {
        processes.update(p);
      }

      @Override
      public List<BusinessProcess> inUnit(UnitId unit) {
        return processes.inUnit(unit);
      }
    };
  }

  @Override
  public RiskPoints riskPoints() {
    return new RiskPoints() {
      @Override
      public Optional<RiskPoint> find(RiskPointId id) {
        return riskPoints.find(id.value());
      }

      @Override
      public void insert(RiskPoint r) {
        riskPoints.insert(r);
      }

      @Override
      public void update(RiskPoint r) {
        riskPoints.update(r);
      }

      @Override
      public List<RiskPoint> inUnit(UnitId unit) {
        return riskPoints.inUnit(unit);
      }

      @Override
      public List<RiskPoint> onPost(PostId post) {
        return riskPoints.where(r -> r.location().post().filter(post::equals).isPresent());
      }
    };
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
