package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.application.Lianfang;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalEntry;
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
    ImportReport report = Ledgers.restore(target, document).orElseThrow();

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
    Ledgers.restore(target, document).orElseThrow();
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
    Ledgers.restore(target, document).orElseThrow();
    var before = target.snapshot();

    ImportReport second = Ledgers.merge(target, document).orElseThrow();

    assertEquals(LedgerCounts.NONE, second.written());
    assertEquals(before, target.snapshot());
  }

  @Test
  void importingIntoTheStoreItCameFromChangesNothing() {
    InMemoryStore source = (InMemoryStore) world.store;
    var before = source.snapshot();
    assertEquals(LedgerCounts.NONE, Ledgers.merge(source, document).orElseThrow().written());
    assertEquals(before, source.snapshot());
  }

  @Test
  void finding1ADistrictsSubtreeRestoresIntoItsEmptyStoreAsARootThatKeepsItsParentAsAReferenceS13() {
    byte[] land = Ledgers.export(world, world.inspector, world.land);
    InMemoryStore empty = InMemoryStore.create();
    Actor landInspector = Actor.of("land-inspector", "国土局纪检组 周组长", List.of(Role.DISCIPLINE_INSPECTOR),
        List.of(world.land));

    ImportReport report = Ledgers.restore(empty, landInspector, land).orElseThrow();

    assertEquals(1, report.written().of(AggregateKinds.UNITS));
    assertEquals(4, report.written().of(AggregateKinds.RISK_POINTS));
    Unit root = empty.units().find(world.land).orElseThrow();
    assertEquals(Optional.of(world.city), root.parent(), "its parent stays a reference to the city's unit");
    assertEquals(List.of(root), empty.units().roots(), "the subtree's root comes in as the store's root");
    assertEquals(((InMemoryStore) world.store).snapshot().records(AggregateKinds.RISK_POINTS),
        empty.snapshot().records(AggregateKinds.RISK_POINTS));
    Lianfang there = Ledgers.lianfang(empty);
    assertAll(
        () -> assertEquals(world.store.journal().head(world.land), empty.journal().head(world.land),
            "the chain is the archive's, as it was"),
        () -> assertTrue(there.ledger().queries().verifyJournal(landInspector, world.land).orElseThrow().intact()),
        () -> assertEquals(List.of(), there.ledger().queries().verifyRecords(landInspector, world.land)
            .orElseThrow().findings()),
        () -> assertEquals(List.of(root), there.organization().queries().subtree(landInspector, world.land)));
  }

  @Test
  void finding1AMergedSubtreeComesInAsNewEntriesInTheImportersNameThatCarryTheArchivesS13() {
    byte[] land = Ledgers.export(world, world.inspector, world.land);
    // the same seed gives the same ids: this store holds the same city, but none of the risk points yet
    World earlier = World.in(InMemoryStore.create());
    ChainHead stored = earlier.store.journal().head(world.land).orElseThrow();
    List<JournalEntry> archived = world.store.journal().read(world.land, 1, 10_000);

    ImportReport report = Ledgers.merge(earlier.store, land).orElseThrow();

    assertEquals(0, report.written().of(AggregateKinds.UNITS));
    assertEquals(4, report.written().of(AggregateKinds.RISK_POINTS));
    assertEquals(archived.size() - stored.sequence(), report.written().journalEntries());
    assertEquals(world.store.riskPoints().inUnit(world.land), earlier.store.riskPoints().inUnit(world.land));
    List<JournalEntry> merged = earlier.store.journal().read(world.land, stored.sequence() + 1, 10_000);
    assertEquals(archived.size() - stored.sequence(), merged.size());
    for (int i = 0; i < merged.size(); i++) {
      JournalEntry m = merged.get(i);
      JournalEntry carried = archived.get((int) stored.sequence() + i);
      assertAll(
          () -> assertEquals("ledger.entry-merged", m.eventType()),
          () -> assertEquals(Ledgers.IMPORTER.id(), m.actorId(), "who imported it"),
          () -> assertEquals(Ledgers.IMPORTED_AT, m.at(), "when"),
          () -> assertEquals(carried.recordId(), m.recordId()),
          () -> assertEquals(carried.recordDigest(), m.recordDigest()),
          () -> assertTrue(m.payload().contains("\"hash\":\"" + carried.hash() + "\""), m.payload()),
          () -> assertTrue(m.payload().contains("\"eventType\":\"" + carried.eventType() + "\""), m.payload()));
    }
    Lianfang there = Ledgers.lianfang(earlier.store);
    assertTrue(there.ledger().queries().verifyJournal(world.inspector, world.land).orElseThrow().intact());
    assertTrue(there.ledger().queries().verifyRecords(world.inspector, world.land).orElseThrow().intact());
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
    Ledgers.restore(target, document).orElseThrow();
    String renamed = Ledgers.text(document).replace("市国土资源管理局", "市国土资源和规划局");
    assertNotEquals(Ledgers.text(document), renamed, "the fixture names the land bureau 市国土资源管理局");
    var before = target.snapshot();

    Refusal r = Ledgers.merge(target, renamed.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .whyRefused().orElseThrow();

    assertAll(
        () -> assertEquals("ledger.conflict", r.violations().get(0).rule()),
        () -> assertTrue(r.violations().get(0).path().startsWith("/units/"), r.violations().get(0).path()),
        () -> assertEquals(before, target.snapshot()));
  }
}
