package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.Lianfang;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.Unit;
import org.lianfang.testing.World;

/** S-13: the ledger leaves a store and comes back whole, its chains verifying; importing is all or nothing. */
class LedgerRoundTripTest {
  private final World world = Ledgers.world();
  private final byte[] document = Ledgers.export(world);

  @Test
  void roundTripsEveryRecordAndEveryChainS13() {
    InMemoryStore target = InMemoryStore.create();
    ImportReport report = Ledgers.importInto(target, document).orElseThrow();

    assertEquals(((InMemoryStore) world.store).snapshot(), target.snapshot());
    assertEquals(report.read(), report.written());
    assertEquals(3, report.read().of(AggregateKinds.UNITS));
    assertEquals(4, report.read().of(AggregateKinds.RISK_POINTS));
    Lianfang there = Lianfang.builder(target).clock(world.clock).build();
    for (Unit u : there.organization().queries().subtree(world.inspector, world.city)) {
      assertTrue(there.ledger().queries().verifyJournal(world.inspector, u.id()).orElseThrow().intact(), u.name());
    }
  }

  @Test
  void writesTheSameDocumentFromTheImportedStore() {
    InMemoryStore target = InMemoryStore.create();
    Ledgers.importInto(target, document).orElseThrow();
    Lianfang there = Lianfang.builder(target).clock(world.clock).build();
    java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
    try {
      LedgerExport.of(there, world.clock).write(world.inspector, world.city, again).orElseThrow();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(Ledgers.text(document), Ledgers.text(again.toByteArray()));
  }

  @Test
  void importingTheSameDocumentTwiceChangesNothingTheSecondTime() {
    InMemoryStore target = InMemoryStore.create();
    Ledgers.importInto(target, document).orElseThrow();
    var before = target.snapshot();

    ImportReport second = Ledgers.importInto(target, document).orElseThrow();

    assertEquals(LedgerCounts.NONE, second.written());
    assertEquals(before, target.snapshot());
  }

  @Test
  void importingIntoTheStoreItCameFromChangesNothing() {
    InMemoryStore source = (InMemoryStore) world.store;
    var before = source.snapshot();
    assertEquals(LedgerCounts.NONE, Ledgers.importInto(source, document).orElseThrow().written());
    assertEquals(before, source.snapshot());
  }

  @Test
  void aSubtreeWhoseParentTheStoreLacksIsRefusedAsDanglingS13() {
    byte[] land = Ledgers.export(world, world.inspector, world.land);
    InMemoryStore empty = InMemoryStore.create();

    Refusal r = Ledgers.importInto(empty, land).whyRefused().orElseThrow();

    assertEquals(Refusal.Code.UNKNOWN_REFERENCE, r.code());
    assertEquals(List.of("/units/0/unit/parent"), r.violations().stream().map(Refusal.Violation::path).toList());
    assertEquals("ledger.dangling", r.violations().get(0).rule());
    assertEquals(InMemoryStore.create().snapshot(), empty.snapshot());
  }

  @Test
  void aSubtreeImportsIntoAStoreThatHasItsParentAndContinuesItsChain() {
    byte[] land = Ledgers.export(world, world.inspector, world.land);
    // the same seed gives the same ids: this store holds the same city, but none of the risk points yet
    World earlier = World.in(InMemoryStore.create());

    ImportReport report = Ledgers.importInto(earlier.store, land).orElseThrow();

    assertEquals(0, report.written().of(AggregateKinds.UNITS));
    assertEquals(4, report.written().of(AggregateKinds.RISK_POINTS));
    assertTrue(report.written().journalEntries() > 0);
    assertEquals(((InMemoryStore) world.store).snapshot(), ((InMemoryStore) earlier.store).snapshot());
  }

  @Test
  void commentersAreSealedInALedgerExportedByAnyoneButTheInspectorP11() {
    String byInspector = Ledgers.text(document);
    String byLeader = Ledgers.text(Ledgers.export(world, world.landLeader, world.land));

    assertTrue(byInspector.contains(Ledgers.COMMENTER), "the inspector's archive keeps the commenter");
    assertFalse(byLeader.contains(Ledgers.COMMENTER), "a leader's export must seal the commenter");
    assertTrue(byLeader.contains("有人反映该岗位收受好处费"), "the comment itself stays");
  }

  @Test
  void anActorWhoMayNotReadTheUnitIsRefusedAndNothingIsWritten() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Outcome<LedgerCounts> o;
    try {
      o = LedgerExport.of(world.lianfang, world.clock).write(world.planningLeader, world.land, out);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertTrue(o.whyRefused().isPresent());
    assertEquals(0, out.size());
  }

  @Test
  void aRecordTheStoreHoldsDifferentlyRefusesTheDocumentAndChangesNothing() {
    InMemoryStore target = InMemoryStore.create();
    Ledgers.importInto(target, document).orElseThrow();
    String renamed = Ledgers.text(document).replace("市国土资源管理局", "市国土资源和规划局");
    assertNotEquals(Ledgers.text(document), renamed, "the fixture names the land bureau 市国土资源管理局");
    var before = target.snapshot();

    Refusal r = Ledgers.importInto(target, renamed.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .whyRefused().orElseThrow();

    assertAll(
        () -> assertEquals("ledger.conflict", r.violations().get(0).rule()),
        () -> assertTrue(r.violations().get(0).path().startsWith("/units/"), r.violations().get(0).path()),
        () -> assertEquals(before, target.snapshot()));
  }
}
