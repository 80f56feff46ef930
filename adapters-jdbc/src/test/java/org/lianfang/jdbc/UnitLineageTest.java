package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.UnitId;
import org.lianfang.jdbc.testing.StatementCounter;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;

/**
 * A unit's lineage, which every command's access check reads, is read from the database once it is committed and
 * then kept (issue 9); what a transaction read and then rolled back is never kept, and an update of a unit forgets
 * what was kept.
 */
class UnitLineageTest {
  private static Unit unit(UnitId id, String code, String name, Optional<UnitId> parent) {
    return Unit.restore(id, code, name, UnitKind.MUNICIPAL_BUREAU, parent, 1);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aCommittedLineageIsReadOnceAndOneRolledBackIsNeverKept(TestDatabases.Kind kind) {
    StatementCounter counter = Stores.counted(kind);
    JdbcStore store = JdbcStore.of(counter.dataSource());
    Unit root = unit(new UnitId(UUID.randomUUID()), "LIN-1", "市纪委", Optional.empty());
    Unit child = unit(new UnitId(UUID.randomUUID()), "LIN-2", "市国土资源局", Optional.of(root.id()));
    List<Unit> read = store.transactions().inTransaction(() -> {
      store.units().insert(root);
      store.units().insert(child);
      return store.units().lineage(child.id());
    });
    assertEquals(List.of(root, child), read);

    StatementCounter.Counts before = counter.counts();
    assertEquals(List.of(root, child), store.units().lineage(child.id()));
    assertEquals(0, counter.counts().since(before).executed(), "a committed lineage is read once");

    Unit forgotten = unit(new UnitId(UUID.randomUUID()), "LIN-3", "已撤回的科室", Optional.of(child.id()));
    assertThrows(IllegalStateException.class, () -> store.transactions().inTransaction(() -> {
      store.units().insert(forgotten);
      assertEquals(List.of(root, child, forgotten), store.units().lineage(forgotten.id()));
      throw new IllegalStateException("the command fails after reading the lineage");
    }));
    assertEquals(List.of(), store.units().lineage(forgotten.id()), "the rolled-back lineage was not kept");
    Unit sameIdElsewhere = unit(forgotten.id(), "LIN-3", "直属科室", Optional.of(root.id()));
    store.transactions().inTransaction(() -> {
      store.units().insert(sameIdElsewhere);
      return null;
    });
    assertEquals(List.of(root, sameIdElsewhere), store.units().lineage(forgotten.id()));

    Unit renamed = unit(child.id(), "LIN-2", "市自然资源局", Optional.of(root.id()));
    store.transactions().inTransaction(() -> {
      store.units().update(renamed);
      return null;
    });
    assertEquals(List.of(root, renamed.withVersion(2)), store.units().lineage(child.id()),
        "an update forgets the lineages kept");
  }

  /**
   * A lineage read in a snapshot is not kept: the snapshot began before another thread updated the unit (which forgot
   * the lineages kept), so what it read is older than the update and would have been kept as current.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aLineageReadInASnapshotOlderThanAnUpdateIsNotKept(TestDatabases.Kind kind) throws Exception {
    JdbcStore store = Stores.fresh(kind);
    Unit root = unit(new UnitId(UUID.randomUUID()), "SNA-1", "市纪委", Optional.empty());
    Unit child = unit(new UnitId(UUID.randomUUID()), "SNA-2", "市国土资源局", Optional.of(root.id()));
    store.transactions().inTransaction(() -> {
      store.units().insert(root);
      store.units().insert(child);
      return null;
    });
    Unit renamed = unit(child.id(), "SNA-2", "市自然资源局", Optional.of(root.id()));
    store.transactions().inSnapshot(() -> {
      assertEquals(2, store.units().subtree(root.id()).size(), "the snapshot has begun");
      Thread other = new Thread(() -> store.transactions().inTransaction(() -> {
        store.units().update(renamed);
        return null;
      }));
      other.start();
      try {
        other.join();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return store.units().lineage(child.id());
    });
    assertEquals(List.of(root, renamed.withVersion(2)), store.units().lineage(child.id()),
        "the lineage read after the snapshot is the updated one");
  }

  /** A lineage read in a nested call that rolls back is not kept, though the transaction around it commits. */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aLineageReadInANestedCallThatRollsBackIsNotKept(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    Unit root = unit(new UnitId(UUID.randomUUID()), "NES-1", "市纪委", Optional.empty());
    Unit undone = unit(new UnitId(UUID.randomUUID()), "NES-2", "撤回的单位", Optional.of(root.id()));
    store.transactions().inTransaction(() -> {
      store.units().insert(root);
      assertThrows(IllegalStateException.class, () -> store.transactions().inTransaction(() -> {
        store.units().insert(undone);
        assertEquals(List.of(root, undone), store.units().lineage(undone.id()));
        throw new IllegalStateException("the nested call fails after reading the lineage");
      }));
      return null;
    });
    assertEquals(List.of(), store.units().lineage(undone.id()), "the undone unit's lineage was not kept");
    assertEquals(List.of(root), store.units().lineage(root.id()));
  }
}
