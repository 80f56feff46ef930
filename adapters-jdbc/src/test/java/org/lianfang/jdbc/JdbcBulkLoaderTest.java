package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.JournalConflictException;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.ledger.Verification;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.process.BusinessProcess;
import org.lianfang.risk.RiskPoint;
import org.lianfang.testing.Generators;
import org.lianfang.testing.RiskGenerators;
import org.lianfang.testing.ProcessGenerators;
import org.lianfang.testing.OrganizationGenerators;
import org.lianfang.testing.TestEntries;
import org.quicktheories.core.Gen;

/** The bulk path loads many records in one go, identically, continuing each unit's chain; a bad batch loads nothing. */
class JdbcBulkLoaderTest {
  private static <T> List<T> draw(Gen<T> gen, int n) {
    List<T> out = new ArrayList<>();
    org.quicktheories.QuickTheory.qt().withExamples(n).withShrinkCycles(0).forAll(gen)
        .checkAssert((Consumer<T>) out::add);
    return out;
  }

  private static List<JournalEntry> chainFrom(Optional<ChainHead> head, UnitId unit, int n) {
    List<JournalEntry> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      JournalEntry e = JournalChain.next(head, unit, "bulk.loaded", "loader", Instant.ofEpochMilli(1_283_212_800_000L + i),
          "批量导入第" + i + "条 𠮷", TestEntries.RECORD, TestEntries.DIGEST);
      out.add(e);
      head = Optional.of(e.head());
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aBatchLoadsIdenticallyAndContinuesTheChains(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    Unit unit = Unit.restore(new UnitId(UUID.randomUUID()), "BULK-1", "批量单位", UnitKind.MUNICIPAL_BUREAU,
        Optional.empty(), 1);
    UnitId u = unit.id();
    List<Post> posts = draw(OrganizationGenerators.posts(u), 40);
    List<Official> officials = draw(OrganizationGenerators.officials(u), 40);
    List<Tenure> tenures = draw(OrganizationGenerators.tenures(u), 40);
    List<PowerItem> powers = draw(OrganizationGenerators.powerItems(u), 10);
    List<BusinessProcess> processes = draw(ProcessGenerators.processes(u), 5);
    List<RiskPoint> points = draw(RiskGenerators.riskPoints(u), 150);
    List<JournalEntry> journal = chainFrom(Optional.empty(), u, 300);

    store.bulk().load(JdbcBulkLoader.Batch.of(journal).with(AggregateKinds.UNITS, List.of(unit))
        .with(AggregateKinds.POSTS, posts).with(AggregateKinds.OFFICIALS, officials)
        .with(AggregateKinds.TENURES, tenures).with(AggregateKinds.POWER_ITEMS, powers)
        .with(AggregateKinds.PROCESSES, processes).with(AggregateKinds.RISK_POINTS, points));

    assertEquals(Optional.of(unit), store.units().find(u));
    posts.forEach(p -> assertEquals(Optional.of(p), store.posts().find(p.id())));
    officials.forEach(o -> assertEquals(Optional.of(o), store.officials().find(o.id())));
    tenures.forEach(t -> assertEquals(Optional.of(t), store.tenures().find(t.id())));
    powers.forEach(p -> assertEquals(Optional.of(p), store.powerItems().find(p.id())));
    processes.forEach(p -> assertEquals(Optional.of(p), store.processes().find(p.id())));
    assertEquals(points.size(), store.riskPoints().inUnit(u).size());
    points.forEach(p -> assertEquals(Optional.of(p), store.riskPoints().find(p.id())));
    assertEquals(journal, store.journal().read(u, 1, 1000));

    List<JournalEntry> more = chainFrom(store.journal().head(u), u, 20);
    store.bulk().load(JdbcBulkLoader.Batch.of(more));
    List<JournalEntry> all = store.journal().read(u, 1, 1000);
    assertEquals(320, all.size());
    assertEquals(new Verification.Intact(320), JournalChain.verify(u, all, store.journal().head(u)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aBatchWithABrokenChainOrATakenCodeLoadsNothing(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    UnitId u = new UnitId(UUID.randomUUID());
    Unit unit = Unit.restore(u, "BULK-2", "批量单位", UnitKind.OTHER, Optional.empty(), 1);
    store.bulk().load(JdbcBulkLoader.Batch.of(chainFrom(Optional.empty(), u, 5))
        .with(AggregateKinds.UNITS, List.of(unit)));

    List<JournalEntry> forked = chainFrom(Optional.empty(), u, 3);
    List<Post> posts = draw(OrganizationGenerators.posts(u), 3);
    assertThrows(JournalConflictException.class, () -> store.bulk().load(JdbcBulkLoader.Batch.of(forked)
        .with(AggregateKinds.POSTS, posts)));
    assertTrue(store.posts().inUnit(u).isEmpty(), "the batch's posts were not kept");
    assertEquals(5, store.journal().read(u, 1, 100).size());

    Unit sameCode = Unit.restore(new UnitId(UUID.randomUUID()), "BULK-2", "同码单位", UnitKind.OTHER, Optional.empty(),
        1);
    assertThrows(StaleAggregateException.class, () -> store.bulk().load(JdbcBulkLoader.Batch.of(List.of())
        .with(AggregateKinds.UNITS, List.of(sameCode)).with(AggregateKinds.POSTS, posts)));
    assertTrue(store.posts().inUnit(u).isEmpty());
    assertTrue(store.units().find(sameCode.id()).isEmpty());
  }

  private static <A extends Aggregate<I>, I extends AggregateId> JdbcBulkLoader.Batch withOne(
      JdbcBulkLoader.Batch batch, AggregateKind<A, I> kind, UnitId unit) {
    return batch.with(kind, draw(Generators.inUnit(kind, unit), 1));
  }

  @Test
  void eachKindOfABatchIsInsertedByItsOwnRepository() {
    JdbcStore store = Stores.fresh(TestDatabases.Kind.H2);
    UnitId u = new UnitId(UUID.randomUUID());
    JdbcBulkLoader.Batch batch = JdbcBulkLoader.Batch.of(List.of())
        .with(AggregateKinds.UNITS, List.of(Unit.restore(u, "BULK-3", "批量单位", UnitKind.OTHER, Optional.empty(), 1)));
    for (AggregateKind<?, ?> kind : AggregateKinds.ofUnit()) {
      batch = withOne(batch, kind, u);
    }

    assertEquals(AggregateKinds.all(), batch.records().kinds(), "every kind, in the list's order");
    for (AggregateKind<?, ?> kind : batch.records().kinds()) {
      assertEquals(1, batch.records().records(kind).size(), kind.name());
      batch.records().records(kind).forEach(r -> assertSame(kind.type(), r.getClass(), "a record of " + kind));
      assertSame(kind.in(store), store.bulkInsert(kind.type()), "the kind's own repository inserts it");
    }
    assertSame(store.journal(), store.bulkInsert(JournalEntry.class));
    assertThrows(IllegalArgumentException.class, () -> store.bulkInsert(String.class));
  }
}
