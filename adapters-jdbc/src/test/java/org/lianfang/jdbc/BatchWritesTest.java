package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.UnitId;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainDigest;
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
import org.lianfang.testing.OrganizationGenerators;
import org.lianfang.testing.ProcessGenerators;
import org.lianfang.testing.RiskGenerators;
import org.lianfang.testing.TestEntries;
import org.lianfang.testing.Generators;

/**
 * The batch path a ledger's restore takes (issue 10, finding 1: a bulk load is a restore): a unit's records and chain
 * written in a few calls (`Repository.insertAll`, `Journal.appendAll`), each kind by its own repository's batched SQL,
 * identically, the chain continued across calls. The contracts prove the same calls on every store; this one writes
 * more rows than a batch holds.
 */
class BatchWritesTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aUnitsRecordsAndChainAreWrittenInBatchesIdentically(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    Unit unit = Unit.restore(new UnitId(UUID.randomUUID()), "BULK-1", "批量单位", UnitKind.MUNICIPAL_BUREAU,
        Optional.empty(), 1);
    UnitId u = unit.id();
    List<Post> posts = Generators.draw(OrganizationGenerators.posts(u), 40);
    List<Official> officials = Generators.draw(OrganizationGenerators.officials(u), 40);
    List<Tenure> tenures = Generators.draw(OrganizationGenerators.tenures(u), 40);
    List<PowerItem> powers = Generators.draw(OrganizationGenerators.powerItems(u), 10);
    List<BusinessProcess> processes = Generators.draw(ProcessGenerators.processes(u), 5);
    List<RiskPoint> points = Generators.draw(RiskGenerators.riskPoints(u), 150);
    List<JournalEntry> journal = TestEntries.chain(u, Optional.empty(), 1_300);

    store.transactions().inTransaction(() -> {
      store.units().insertAll(List.of(unit));
      store.posts().insertAll(posts);
      store.officials().insertAll(officials);
      store.tenures().insertAll(tenures);
      store.powerItems().insertAll(powers);
      store.processes().insertAll(processes);
      store.riskPoints().insertAll(points);
      store.journal().appendAll(journal);
      return null;
    });

    assertEquals(Optional.of(unit), store.units().find(u));
    posts.forEach(p -> assertEquals(Optional.of(p), store.posts().find(p.id())));
    officials.forEach(o -> assertEquals(Optional.of(o), store.officials().find(o.id())));
    tenures.forEach(t -> assertEquals(Optional.of(t), store.tenures().find(t.id())));
    powers.forEach(p -> assertEquals(Optional.of(p), store.powerItems().find(p.id())));
    processes.forEach(p -> assertEquals(Optional.of(p), store.processes().find(p.id())));
    assertEquals(points.size(), store.riskPoints().inUnit(u).size());
    points.forEach(p -> assertEquals(Optional.of(p), store.riskPoints().find(p.id())));
    assertEquals(journal, store.journal().read(u, 1, 2_000));

    List<JournalEntry> more = TestEntries.chain(u, store.journal().head(u), 20);
    store.transactions().inTransaction(() -> {
      store.journal().appendAll(more);
      return null;
    });
    List<JournalEntry> all = store.journal().read(u, 1, 2_000);
    assertEquals(1_320, all.size());
    assertEquals(new Verification.Intact(1_320), JournalChain.verify(ChainDigest.SHA_256,
        u, all, store.journal().head(u)));
  }

  @Test
  void eachKindIsInsertedInBatchesByItsOwnRepository() {
    JdbcStore store = Stores.fresh(TestDatabases.Kind.H2);
    for (AggregateKind<?, ?> kind : AggregateKinds.all()) {
      assertSame(kind.in(store), store.bulkInsert(kind.type()), "the kind's own repository inserts it");
    }
    assertSame(store.journal(), store.bulkInsert(JournalEntry.class));
    assertThrows(IllegalArgumentException.class, () -> store.bulkInsert(String.class));
  }
}
