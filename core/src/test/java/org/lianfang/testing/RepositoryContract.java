package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.kinds.Reference;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalChain;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Repository}, written once for every port: what is inserted comes back identically as
 * version 1, a restored aggregate keeps its version, an update writes the next version, a stale update or a second
 * insert of an id is refused and writes nothing, a taken code is refused, {@code inUnit} lists one unit's aggregates in
 * id order, and every write goes with its transaction. Each port's contract ({@link UnitsContract},
 * {@link PostsContract}…) fills in the aggregate and adds its own lookups; a host proves one port by extending that
 * contract with a fresh, empty store per call of {@link #newStore()}, or all of them at once through
 * {@link StoreContract}.
 *
 * @param <A> the aggregate
 * @param <I> its id
 */
public abstract class RepositoryContract<A extends Aggregate<I>, I extends AggregateId> {
  /** Id order as the ports define it: the UUID's bytes compared unsigned, as databases sort them. */
  public static final Comparator<UUID> ID_ORDER = Comparator
      .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
      .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private Store store;

  /** @return a new, empty store */
  protected abstract Store newStore();

  /** @param store the store under test @return the repository of this contract's port in it */
  protected abstract Repository<A, I> repository(Store store);

  /**
   * @param unit a unit
   * @return valid aggregates belonging to that unit, stored version 1, each with a fresh id and a code of its own (for
   *     units: the unit with that very id, so a unit holds only one, see {@link #perUnit()})
   */
  protected abstract Gen<A> aggregates(UnitId unit);

  /** @param aggregate an aggregate @param version a version @return a copy at that version */
  protected abstract A withVersion(A aggregate, long version);

  /**
   * @param aggregate a stored aggregate
   * @return a copy with the same id, unit, code and version but some other fact changed, as a command would
   */
  protected abstract A changed(A aggregate);

  /**
   * @param holder a stored aggregate
   * @return another aggregate of a fresh id that takes the holder's code where the port keeps codes unique; empty
   *     where it keeps none (tenures)
   */
  protected abstract Optional<A> rival(A holder);

  /** @return how many aggregates of this kind {@code inUnit} tests put in one unit: 20, and 1 for units */
  protected int perUnit() {
    return 20;
  }

  /** @return how many generated examples each round-trip property checks */
  protected int examples() {
    return 200;
  }

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  /** @return the store under test, fresh for each test */
  protected final Store store() {
    return store;
  }

  /** @return the repository under test */
  protected final Repository<A, I> repository() {
    return repository(store);
  }

  /** @param work reads and writes @param <T> its result @return its result, after commit */
  protected final <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  /** @param work writes to run in one transaction */
  protected final void tx(Runnable work) {
    store.transactions().inTransaction(() -> {
      work.run();
      return null;
    });
  }

  /** @param gen a generator @param n how many @param <T> what it generates @return {@code n} values drawn from it */
  protected static <T> List<T> draw(Gen<T> gen, int n) {
    return Generators.draw(gen, n);
  }


  /** @return aggregates each of a unit of its own */
  protected final Gen<A> anywhere() {
    return Generators.unitIds().flatMap(this::aggregates);
  }

  /** @return one aggregate of a new unit, version 1, not stored */
  protected final A one() {
    return draw(aggregates(new UnitId(UUID.randomUUID())), 1).get(0);
  }

  /** @param aggregates aggregates @param <T> their kind @return them sorted in id order */
  protected static <T extends Aggregate<?>> List<T> inIdOrder(List<T> aggregates) {
    List<T> sorted = new ArrayList<>(aggregates);
    sorted.sort(Comparator.comparing(a -> a.id().value(), ID_ORDER));
    return sorted;
  }

  /**
   * What the ledger import checks of a record its kind declares (S-13): every reference names a kind listed before
   * the record's own, at a path of the record's field names, and never the record itself; every limited text of a
   * valid record is present (an optional one may be absent) and fits its size.
   */
  @Test
  public void theKindDeclaresReferencesToEarlierKindsAndSizesTheRecordsFitS13() {
    qt().withExamples(Math.min(examples(), 40)).forAll(anywhere()).checkAssert(record -> {
      AggregateKind<A, ?> kind = kindOf(record);
      int position = AggregateKinds.all().indexOf(kind);
      for (Reference ref : kind.references(record)) {
        assertTrue(AggregateKinds.all().indexOf(ref.kind()) < position, kind + " refers to a later kind: " + ref);
        assertTrue(ref.at().matches("[a-z][A-Za-z]*(/([a-z][A-Za-z]*|[0-9]+))*"), "a path of field names: " + ref);
        assertNotEquals(record.id(), ref.id(), "a record does not refer to itself");
      }
      for (AggregateKind.SizedText<A> t : kind.sizedTexts()) {
        String text = t.text().apply(record); // null: an optional text the record does not have
        assertTrue(text == null || (!text.isBlank() && text.length() <= t.max()),
            "a stored record fits its sizes: " + t.field());
      }
    });
  }

  @SuppressWarnings("unchecked")
  private AggregateKind<A, ?> kindOf(A record) {
    List<AggregateKind<?, ?>> kinds = AggregateKinds.all().stream().filter(k -> k.type().isInstance(record)).toList();
    assertEquals(1, kinds.size(), "one kind in AggregateKinds.all() holds " + record.getClass().getSimpleName());
    return (AggregateKind<A, ?>) kinds.get(0);
  }

  @Test
  public void findAllReturnsTheStoredAggregatesAmongTheIdsAsked() {
    List<A> drawn = draw(anywhere(), 6);
    List<A> stored = drawn.subList(0, 5);
    tx(() -> stored.forEach(a -> repository().insert(withVersion(a, 0))));
    List<I> asked = new ArrayList<>();
    stored.forEach(a -> asked.add(a.id()));
    asked.add(drawn.get(5).id());
    asked.add(stored.get(0).id());
    Map<I, A> expected = new HashMap<>();
    stored.forEach(a -> expected.put(a.id(), withVersion(a, 1)));
    assertEquals(expected, new HashMap<>(repository().findAll(asked)), "the stored ones, once each, by id");
    assertEquals(Map.of(), repository().findAll(List.of()));
  }

  @Test
  public void insertedAggregatesComeBackIdenticallyAsVersionOne() {
    qt().withExamples(examples()).forAll(anywhere()).checkAssert(a -> {
      tx(() -> repository().insert(withVersion(a, 0)));
      assertEquals(Optional.of(withVersion(a, 1)), repository().find(a.id()));
    });
  }

  /**
   * Issue 10, finding 2: a record reads back with the canonical state it was written with, every field to the
   * character and the millisecond, so the digest its journal entry carries still matches it ({@code verifyRecords}
   * finds a store that loses or changes any part of a record as an edit).
   */
  @Test
  public void finding2ARecordReadsBackWithTheStateItsJournalDigestCovers() {
    qt().withExamples(examples()).forAll(anywhere()).checkAssert(a -> {
      tx(() -> repository().insert(withVersion(a, 0)));
      AggregateKind<A, ?> kind = kindOf(a);
      assertEquals(JournalChain.recordDigest(ChainDigest.SHA_256, kind.state(a)),
          JournalChain.recordDigest(ChainDigest.SHA_256, kind.state(repository().find(a.id()).orElseThrow())));
    });
  }

  /** LedgerImport restores aggregates as they were exported: their version is kept, and updates go on from it. */
  @Test
  public void restoredAggregatesKeepTheirVersionAndUpdateFromIt() {
    qt().withExamples(Math.min(examples(), 30)).forAll(anywhere())
        .checkAssert(a -> {
          long restored = 2 + Math.floorMod(a.id().value().getLeastSignificantBits(), 11);
          tx(() -> repository().insert(withVersion(a, restored)));
          assertEquals(Optional.of(withVersion(a, restored)), repository().find(a.id()));
          assertThrows(StaleAggregateException.class, () -> tx(() -> repository().update(withVersion(a, 1))));
          assertEquals(Optional.of(withVersion(a, restored)), repository().find(a.id()));
          tx(() -> repository().update(withVersion(a, restored)));
          assertEquals(restored + 1, repository().find(a.id()).orElseThrow().version());
        });
  }

  @Test
  public void updateWritesTheNextVersion() {
    A a = one();
    tx(() -> repository().insert(withVersion(a, 0)));
    A v1 = repository().find(a.id()).orElseThrow();
    A change = changed(v1);
    assertNotEquals(v1, change, "changed(…) must change something");
    tx(() -> repository().update(change));
    assertEquals(Optional.of(withVersion(change, 2)), repository().find(a.id()));
  }

  @Test
  public void staleUpdateIsRefusedAndWritesNothing() {
    A a = one();
    tx(() -> repository().insert(withVersion(a, 0)));
    A v1 = repository().find(a.id()).orElseThrow();
    A first = changed(v1);
    tx(() -> repository().update(first));
    assertThrows(StaleAggregateException.class, () -> tx(() -> repository().update(v1)));
    assertEquals(Optional.of(withVersion(first, 2)), repository().find(a.id()));
  }

  @Test
  public void updateOfAMissingAggregateIsStale() {
    A a = one();
    assertThrows(StaleAggregateException.class, () -> tx(() -> repository().update(a)));
    assertTrue(repository().find(a.id()).isEmpty());
    assertEquals(List.of(), repository().inUnit(a.unitId()));
  }

  @Test
  public void secondInsertOfTheSameIdIsRefused() {
    A a = one();
    tx(() -> repository().insert(a));
    assertThrows(StaleAggregateException.class, () -> tx(() -> repository().insert(changed(a))));
    assertEquals(Optional.of(a), repository().find(a.id()));
    assertEquals(List.of(a), repository().inUnit(a.unitId()));
  }

  /**
   * A restore writes a unit's records of a kind in one call (issue 10, finding 1): new and restored aggregates come
   * back as {@link Repository#insert} would have stored each, and a list holding a taken id fails within its
   * transaction, which keeps nothing of the call.
   */
  @Test
  public void insertAllStoresEachAsInsertWouldAndATakenIdKeepsNothing() {
    UnitId unit = new UnitId(UUID.randomUUID());
    List<A> drawn = draw(aggregates(unit), perUnit());
    List<A> written = new ArrayList<>();
    List<A> expected = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      written.add(withVersion(drawn.get(i), i % 2 == 0 ? 0 : 3)); // new ones, and restored ones
      expected.add(withVersion(drawn.get(i), i % 2 == 0 ? 1 : 3));
    }
    tx(() -> repository().insertAll(written));
    for (A a : expected) {
      assertEquals(Optional.of(a), repository().find(a.id()));
    }
    tx(() -> repository().insertAll(List.of()));
    A fresh = one();
    assertThrows(StaleAggregateException.class, () -> tx(() -> repository().insertAll(List.of(fresh, drawn.get(0)))));
    assertTrue(repository().find(fresh.id()).isEmpty(), "nothing of the failed call is kept");
    assertEquals(inIdOrder(expected), repository().inUnit(unit));
  }

  @Test
  public void aTakenCodeIsRefusedAndWritesNothing() {
    A holder = one();
    tx(() -> repository().insert(holder));
    Optional<A> rival = rival(holder);
    rival.ifPresent(r -> {
      assertNotEquals(holder.id(), r.id());
      assertThrows(StaleAggregateException.class, () -> tx(() -> repository().insert(r)));
      assertTrue(repository().find(r.id()).isEmpty());
    });
    assertEquals(Optional.of(holder), repository().find(holder.id()));
  }

  @Test
  public void inUnitListsOneUnitInIdOrder() {
    UnitId unit = new UnitId(UUID.randomUUID());
    UnitId other = new UnitId(UUID.randomUUID());
    List<A> mine = draw(aggregates(unit), perUnit());
    List<A> theirs = draw(aggregates(other), perUnit());
    for (int i = 0; i < perUnit(); i++) {
      A m = mine.get(i);
      A t = theirs.get(i);
      tx(() -> repository().insert(withVersion(m, 0)));
      tx(() -> repository().insert(withVersion(t, 0)));
    }
    assertEquals(inIdOrder(mine), repository().inUnit(unit));
    assertEquals(inIdOrder(theirs), repository().inUnit(other));
    assertEquals(List.of(), repository().inUnit(new UnitId(UUID.randomUUID())));
  }

  /**
   * {@code inUnits} reads several units as {@code inUnit} reads each (issue 11: a report over a subtree reads it a few
   * statements at a time): every unit asked is a key once, in the order first asked, with its aggregates in id order,
   * or none. The units asked are more than one statement names (a thousand of them unknown, one asked twice), and
   * the read gives the same in a snapshot.
   */
  @Test
  public void inUnitsReadsEachUnitAsInUnitDoes() {
    List<UnitId> known = List.of(new UnitId(UUID.randomUUID()), new UnitId(UUID.randomUUID()),
        new UnitId(UUID.randomUUID()));
    Map<UnitId, List<A>> stored = new HashMap<>();
    for (UnitId u : known) {
      List<A> its = draw(aggregates(u), Math.min(perUnit(), 4));
      tx(() -> its.forEach(a -> repository().insert(withVersion(a, 0))));
      stored.put(u, inIdOrder(its));
    }
    List<UnitId> asked = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      asked.add(new UnitId(UUID.randomUUID()));
    }
    asked.add(0, known.get(2));
    asked.add(600, known.get(0));
    asked.add(known.get(1));
    asked.add(known.get(2));
    List<UnitId> once = asked.stream().distinct().toList();
    Map<UnitId, List<A>> read = repository().inUnits(asked);
    assertEquals(once, List.copyOf(read.keySet()), "every unit asked, once, in the order asked");
    for (UnitId u : once) {
      assertEquals(stored.getOrDefault(u, List.of()), read.get(u), "the unit's own, in id order: " + u);
    }
    assertEquals(read, store().transactions().inSnapshot(() -> repository().inUnits(asked)));
    assertEquals(Map.of(), repository().inUnits(List.of()));
  }

  @Test
  public void writesGoWithTheirTransaction() {
    A kept = one();
    tx(() -> repository().insert(kept));
    A added = one();
    IllegalStateException boom = new IllegalStateException("boom");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> tx(() -> {
      repository().insert(added);
      repository().update(changed(kept));
      assertTrue(repository().find(added.id()).isPresent(), "reads inside see the transaction's own writes");
      throw boom;
    }));
    assertSame(boom, thrown);
    assertTrue(repository().find(added.id()).isEmpty());
    assertEquals(List.of(), repository().inUnit(added.unitId()));
    assertEquals(Optional.of(kept), repository().find(kept.id()));
  }
}
