package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;
import org.lianfang.spi.Store;

/**
 * The contract of {@link Store} and its repositories (see the Javadoc of each port): what is stored comes back
 * identically, versions guard against lost updates, lists come in id order. Extend it with a fresh, empty store per
 * call of {@link #newStore()}.
 */
public abstract class StoreContract {
  private Store store;

  /** @return a new, empty store */
  protected abstract Store newStore();

  /** @return how many generated examples each round-trip property checks */
  protected int examples() {
    return 200;
  }

  @BeforeEach
  void open() {
    store = newStore();
  }

  /** @return the store under test */
  protected Store store() {
    return store;
  }

  private <T> T tx(java.util.function.Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private void tx(Runnable work) {
    store.transactions().inTransaction(() -> {
      work.run();
      return null;
    });
  }

  private Unit aUnit(String code, Optional<UnitId> parent) {
    return Unit.register(new UnitId(UUID.randomUUID()), code, "单位" + code, UnitKind.MUNICIPAL_BUREAU, parent);
  }

  @Test
  public void insertedUnitComesBackAsVersionOne() {
    Unit u = aUnit("A", Optional.empty());
    tx(() -> store.units().insert(u));
    assertEquals(Optional.of(u.withVersion(1)), store.units().find(u.id()));
  }

  @Test
  public void updateWritesTheNextVersion() {
    Post p = Post.register(new PostId(UUID.randomUUID()), new UnitId(UUID.randomUUID()), "P", "岗位",
        PostProfile.ordinary());
    tx(() -> store.posts().insert(p));
    Post v1 = store.posts().find(p.id()).orElseThrow();
    PostProfile changed = new PostProfile(true, v1.profile().disposes(), false, true, v1.profile().powers(),
        v1.profile().transparency());
    tx(() -> store.posts().update(v1.withProfile(changed)));
    assertEquals(Optional.of(v1.withProfile(changed).withVersion(2)), store.posts().find(p.id()));
  }

  @Test
  public void staleUpdateIsRefusedAndWritesNothing() {
    Post p = Post.register(new PostId(UUID.randomUUID()), new UnitId(UUID.randomUUID()), "P", "岗位",
        PostProfile.ordinary());
    tx(() -> store.posts().insert(p));
    Post v1 = store.posts().find(p.id()).orElseThrow();
    Post first = v1.withProfile(new PostProfile(true, v1.profile().disposes(), false, false, v1.profile().powers(),
        v1.profile().transparency()));
    tx(() -> store.posts().update(first));
    Post lost = v1.withProfile(new PostProfile(false, v1.profile().disposes(), true, true, v1.profile().powers(),
        v1.profile().transparency()));
    assertThrows(StaleAggregateException.class, () -> tx(() -> store.posts().update(lost)));
    assertEquals(Optional.of(first.withVersion(2)), store.posts().find(p.id()));
  }

  @Test
  public void updateOfAMissingAggregateIsStale() {
    Unit u = aUnit("missing", Optional.empty()).withVersion(1);
    assertThrows(StaleAggregateException.class, () -> tx(() -> store.units().update(u)));
    assertTrue(store.units().find(u.id()).isEmpty());
  }

  @Test
  public void secondInsertOfTheSameIdIsRefused() {
    Unit u = aUnit("dup", Optional.empty());
    tx(() -> store.units().insert(u));
    assertThrows(StaleAggregateException.class, () -> tx(() -> store.units().insert(u)));
    assertEquals(1, store.units().roots().size());
  }

  @Test
  public void aTakenCodeIsRefusedAndWritesNothing() {
    UnitId unit = new UnitId(UUID.randomUUID());
    Post first = Post.register(new PostId(UUID.randomUUID()), unit, "GT-01", "局长", PostProfile.ordinary());
    tx(() -> store.posts().insert(first));
    Post same = Post.register(new PostId(UUID.randomUUID()), unit, "GT-01", "另一个", PostProfile.ordinary());
    assertThrows(StaleAggregateException.class, () -> tx(() -> store.posts().insert(same)));
    Post elsewhere = Post.register(new PostId(UUID.randomUUID()), new UnitId(UUID.randomUUID()), "GT-01", "他单位",
        PostProfile.ordinary());
    tx(() -> store.posts().insert(elsewhere));
    Post second = Post.register(new PostId(UUID.randomUUID()), unit, "GT-02", "副局长", PostProfile.ordinary());
    tx(() -> store.posts().insert(second));
    Post renamed = Post.restore(second.id(), unit, "GT-01", "副局长", PostProfile.ordinary(), 1);
    assertThrows(StaleAggregateException.class, () -> tx(() -> store.posts().update(renamed)));
    List<UUID> expected = java.util.stream.Stream.of(first.id().value(), second.id().value()).sorted(ID_ORDER)
        .toList();
    assertEquals(expected, store.posts().inUnit(unit).stream().map(p -> p.id().value()).toList());
    assertEquals(Optional.of(second.withVersion(1)), store.posts().find(second.id()));
    Unit u = aUnit("U-1", Optional.empty());
    tx(() -> store.units().insert(u));
    assertThrows(StaleAggregateException.class,
        () -> tx(() -> store.units().insert(aUnit("U-1", Optional.empty()))));
  }

  @Test
  public void unitTreeQueries() {
    Unit root = aUnit("root", Optional.empty());
    Unit a = aUnit("a", Optional.of(root.id()));
    Unit b = aUnit("b", Optional.of(root.id()));
    Unit c = aUnit("c", Optional.of(a.id()));
    tx(() -> {
      for (Unit u : List.of(root, a, b, c)) {
        store.units().insert(u);
      }
    });
    assertEquals(List.of(root.withVersion(1)), store.units().roots());
    assertEquals(sortedById(List.of(a.withVersion(1), b.withVersion(1))), store.units().children(root.id()));
    assertEquals(List.of(c.withVersion(1)), store.units().children(a.id()));
    assertEquals(Optional.of(b.withVersion(1)), store.units().byCode("b"));
    assertTrue(store.units().byCode("nope").isEmpty());
  }

  /** Id order as the port defines it: the UUID's bytes compared unsigned, as databases sort them. */
  public static final Comparator<UUID> ID_ORDER = Comparator
      .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
      .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private static List<Unit> sortedById(List<Unit> units) {
    List<Unit> l = new ArrayList<>(units);
    l.sort(Comparator.comparing(u -> u.id().value(), ID_ORDER));
    return l;
  }

  @Test
  public void postsOfficialsTenuresPowersAndProcessesRoundTrip() {
    UnitId unit = new UnitId(UUID.randomUUID());
    qt().withExamples(examples()).forAll(Generators.posts(unit), Generators.officials(unit),
        Generators.tenures(unit), Generators.powerItems(unit)).checkAssert((p, o, t, w) -> {
          tx(() -> {
            store.posts().insert(p.withVersion(0));
            store.officials().insert(o.withVersion(0));
            store.tenures().insert(t.withVersion(0));
            store.powerItems().insert(w.withVersion(0));
          });
          assertEquals(Optional.of(p), store.posts().find(p.id()));
          assertEquals(Optional.of(o), store.officials().find(o.id()));
          assertEquals(Optional.of(t), store.tenures().find(t.id()));
          assertEquals(Optional.of(w), store.powerItems().find(w.id()));
          assertTrue(store.tenures().ofPost(t.postId()).contains(t));
          assertTrue(store.tenures().ofOfficial(t.officialId()).contains(t));
        });
    qt().withExamples(examples()).forAll(Generators.processes(unit), Generators.units()).checkAssert((p, u) -> {
      tx(() -> {
        store.processes().insert(p.withVersion(0));
        store.units().insert(u.withVersion(0));
      });
      assertEquals(Optional.of(p), store.processes().find(p.id()));
      assertEquals(Optional.of(u), store.units().find(u.id()));
    });
  }

  /** LedgerImport restores aggregates as they were exported: their version is kept, and updates go on from it. */
  @Test
  public void restoredAggregatesKeepTheirVersionAndUpdateFromIt() {
    UnitId unit = new UnitId(UUID.randomUUID());
    qt().withExamples(Math.min(examples(), 30)).forAll(Generators.posts(unit), Generators.officials(unit),
        Generators.tenures(unit), Generators.powerItems(unit)).checkAssert((p, o, t, w) -> {
          tx(() -> {
            store.posts().insert(p.withVersion(7));
            store.officials().insert(o.withVersion(3));
            store.tenures().insert(t.withVersion(2));
            store.powerItems().insert(w.withVersion(9));
          });
          assertEquals(Optional.of(p.withVersion(7)), store.posts().find(p.id()));
          assertEquals(Optional.of(o.withVersion(3)), store.officials().find(o.id()));
          assertEquals(Optional.of(t.withVersion(2)), store.tenures().find(t.id()));
          assertEquals(Optional.of(w.withVersion(9)), store.powerItems().find(w.id()));
          tx(() -> store.posts().update(p.withVersion(7)));
          assertEquals(8, store.posts().find(p.id()).orElseThrow().version());
        });
    qt().withExamples(Math.min(examples(), 30)).forAll(Generators.processes(unit), Generators.units(),
        Generators.riskPoints(unit)).checkAssert((p, u, r) -> {
          tx(() -> {
            store.processes().insert(p.withVersion(4));
            store.units().insert(u.withVersion(5));
            store.riskPoints().insert(r.withVersion(12));
          });
          assertEquals(Optional.of(p.withVersion(4)), store.processes().find(p.id()));
          assertEquals(Optional.of(u.withVersion(5)), store.units().find(u.id()));
          assertEquals(Optional.of(r.withVersion(12)), store.riskPoints().find(r.id()));
          assertThrows(StaleAggregateException.class, () -> tx(() -> store.riskPoints().update(r.withVersion(1))));
        });
  }

  @Test
  public void riskPointsRoundTripIdentically() {
    UnitId unit = new UnitId(UUID.randomUUID());
    qt().withExamples(examples()).forAll(Generators.riskPoints(unit)).checkAssert(r -> {
      tx(() -> store.riskPoints().insert(r.withVersion(0)));
      assertEquals(Optional.of(r), store.riskPoints().find(r.id()));
      r.location().post().ifPresent(p -> assertTrue(store.riskPoints().onPost(p).contains(r)));
    });
  }

  @Test
  public void listsOfAUnitComeInIdOrderAndStayInTheirUnit() {
    UnitId unit = new UnitId(UUID.randomUUID());
    UnitId other = new UnitId(UUID.randomUUID());
    List<Official> mine = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Official o = Official.register(new org.lianfang.organization.OfficialId(UUID.randomUUID()), unit, "N" + i,
          "人员" + i);
      mine.add(o.withVersion(1));
      tx(() -> store.officials().insert(o));
      int n = i;
      tx(() -> store.officials().insert(Official.register(
          new org.lianfang.organization.OfficialId(UUID.randomUUID()), other, "M" + n, "他人")));
    }
    mine.sort(Comparator.comparing(o -> o.id().value(), ID_ORDER));
    assertEquals(mine, store.officials().inUnit(unit));
  }

  @Test
  public void riskPointsOfAPostAndOfAUnit() {
    UnitId unit = new UnitId(UUID.randomUUID());
    PostId post = new PostId(UUID.randomUUID());
    List<RiskPoint> generated = new ArrayList<>();
    qt().withExamples(30).forAll(Generators.riskPoints(unit)).checkAssert(generated::add);
    List<RiskPoint> onPost = new ArrayList<>();
    tx(() -> {
      for (int i = 0; i < generated.size(); i++) {
        RiskPoint r = generated.get(i);
        if (i % 2 == 0) {
          r = RiskPoint.restore(r.id(), r.code(), RiskLocation.onPost(unit, post), r.description(), r.owners(),
              r.custom(), r.state(), r.grading(), r.notice(), r.confirmation(), r.history(), r.identifiedBy(),
              r.identifiedAt(), 0);
          onPost.add(r.withVersion(1));
        }
        store.riskPoints().insert(r.withVersion(0));
      }
    });
    onPost.sort(Comparator.comparing(r -> r.id().value(), ID_ORDER));
    assertEquals(onPost, store.riskPoints().onPost(post));
    assertEquals(generated.size(), store.riskPoints().inUnit(unit).size());
    assertEquals(generated.size(), store.riskPoints().countInUnit(unit));
    assertEquals(0, store.riskPoints().countInUnit(new UnitId(UUID.randomUUID())));
  }

  @Test
  public void tenuresEndAndComeBackClosed() {
    UnitId unit = new UnitId(UUID.randomUUID());
    Tenure t = Tenure.begin(new org.lianfang.organization.TenureId(UUID.randomUUID()), unit,
        new PostId(UUID.randomUUID()), new org.lianfang.organization.OfficialId(UUID.randomUUID()), World.START);
    tx(() -> store.tenures().insert(t));
    Tenure v1 = store.tenures().find(t.id()).orElseThrow();
    tx(() -> store.tenures().update(v1.endOn(World.START.plusYears(2))));
    assertEquals(Optional.of(World.START.plusYears(2)), store.tenures().find(t.id()).orElseThrow().end());
  }
}
