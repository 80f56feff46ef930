package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.UnitKind;
import org.lianfang.testing.World;

/**
 * Issue 10, finding 1: an import is a command of the actor who brings the archive. The access policy decides it unit
 * by unit; a restore goes into an empty store only; a merge appends what it brings as new entries in the importer's
 * name; and the records must agree with the journal that comes with them. Every refusal leaves the store as it was,
 * records and chains alike.
 */
class LedgerImportCommandTest {
  private static final ObjectMapper PLAIN = Ledgers.plainMapper();
  /** What a forger claims: an official nobody registered, acting years before the chain began. */
  private static final String INVENTED = "invented-official";
  private static final Instant LONG_BEFORE = Instant.parse("2001-01-01T00:00:00Z");

  private final World world = Ledgers.world();
  private final InMemoryStore live = (InMemoryStore) world.store;
  private final byte[] document = Ledgers.export(world);

  @Test
  void finding1AnActorTheAccessPolicyDoesNotLetImportIsRefusedAndNothingChanges() {
    byte[] forged = forged();
    Actor planningInspector = Actor.of("planning-inspector", "规划局纪检组 吴组长", List.of(Role.DISCIPLINE_INSPECTOR),
        List.of(world.planning));
    var before = live.snapshot();

    for (Actor actor : List.of(world.landLeader, world.auditor, world.visitor, world.approverHolder,
        planningInspector)) {
      Refusal r = Ledgers.merge(live, actor, forged).whyRefused().orElseThrow(() -> new AssertionError(actor.id()));
      assertAll(actor.id(),
          () -> assertEquals(Refusal.Code.ACCESS_DENIED, r.code()),
          () -> assertEquals("ledger.access", r.violations().get(0).rule()),
          () -> assertEquals("/units/0", r.violations().get(0).path()),
          () -> assertEquals(before, live.snapshot()));
    }
  }

  @Test
  void finding1AForgedEntryMergesOnlyAsANewEntryInTheImportersNameAtTheImportsTime() {
    ChainHead stored = live.journal().head(world.land).orElseThrow();

    ImportReport report = Ledgers.merge(live, forged()).orElseThrow();

    assertEquals(1, report.written().journalEntries());
    JournalEntry merged = live.journal().read(world.land, stored.sequence() + 1, 1).get(0);
    assertAll(
        () -> assertEquals("ledger.entry-merged", merged.eventType()),
        () -> assertEquals(Ledgers.IMPORTER.id(), merged.actorId(), "who brought it, not who it claims"),
        () -> assertEquals(Ledgers.IMPORTED_AT, merged.at(), "when it came, not when it claims"),
        () -> assertTrue(merged.payload().contains("\"actorId\":\"" + INVENTED + "\""), merged.payload()),
        () -> assertTrue(merged.payload().contains("\"at\":\"2001-01-01T00:00:00Z\""), merged.payload()),
        () -> assertEquals(stored.hash(), merged.previousHash()));
    Lianfang lf = Ledgers.lianfang(live);
    assertTrue(lf.ledger().queries().verifyJournal(world.inspector, world.land).orElseThrow().intact());
    assertTrue(lf.ledger().queries().verifyRecords(world.inspector, world.land).orElseThrow().intact());
  }

  @Test
  void finding7AnEntryWhoseActorIdACommandWouldRefuseIsRefusedThoughItsHashHolds() {
    int land = section(document, world.land);
    int next = tree(document).at("/units/" + land + "/journal").size();
    var before = live.snapshot();

    Refusal r = Ledgers.merge(live, forged("invented\u202Eofficial")).whyRefused().orElseThrow();

    assertRefused("id.invisible", "/units/" + land + "/journal/" + next + "/actorId", r);
    assertEquals(before, live.snapshot());
  }

  @Test
  void finding1APointNoEntryOfTheJournalRecordsIsRefused() {
    int land = section(document, world.land);
    String[] at = new String[1];
    byte[] added = edit(document, doc -> {
      ArrayNode points = (ArrayNode) doc.at("/units/" + land + "/riskPoints");
      ObjectNode copy = points.get(points.size() - 1).deepCopy();
      copy.put("id", "012ad02c-0500-75e6-a1b3-000000000001");
      copy.put("code", "5301-GT-0999");
      at[0] = "/units/" + land + "/riskPoints/" + points.size();
      points.add(copy);
    });
    var before = live.snapshot();

    Refusal r = Ledgers.merge(live, added).whyRefused().orElseThrow();

    assertRefused("ledger.record", at[0], r);
    assertEquals(before, live.snapshot());
  }

  @Test
  void finding1ARecordEditedBesideItsJournalIsRefused() {
    int land = section(document, world.land);
    byte[] edited = edit(document, doc -> ((ObjectNode) doc.at("/units/" + land + "/posts/0")).put("name", "局长（改）"));
    InMemoryStore empty = InMemoryStore.create();

    Refusal r = Ledgers.restore(empty, edited).whyRefused().orElseThrow();

    assertRefused("ledger.record", "/units/" + land + "/posts/0", r);
    assertEquals(InMemoryStore.create().snapshot(), empty.snapshot());
  }

  @Test
  void finding1ARecordTheJournalChangedAndTheArchiveDropsIsRefused() {
    int land = section(document, world.land);
    byte[] dropped = edit(document, doc -> {
      ArrayNode points = (ArrayNode) doc.at("/units/" + land + "/riskPoints");
      points.remove(points.size() - 1);
    });
    InMemoryStore empty = InMemoryStore.create();

    Refusal r = Ledgers.restore(empty, dropped).whyRefused().orElseThrow();

    assertEquals("ledger.record", r.violations().get(0).rule());
    assertTrue(r.violations().get(0).path().startsWith("/units/" + land + "/journal/"), r.violations().toString());
    assertEquals(InMemoryStore.create().snapshot(), empty.snapshot());
  }

  @Test
  void finding1ARestoreGoesIntoAnEmptyStoreOnly() {
    var before = live.snapshot();

    Refusal r = Ledgers.restore(live, document).whyRefused().orElseThrow();

    assertRefused("ledger.not-empty", "/units/0", r);
    assertEquals(before, live.snapshot());
  }

  /**
   * The hashing runs behind the reading on a thread of its own, but an archive is refused at its first fault as if all
   * ran in line: a record edited in an earlier unit (found by its digest, on the hashing thread) is reported before a
   * code too long in a later unit (found as the later unit is read).
   */
  @Test
  void finding1AnEarlierUnitsDigestFaultIsReportedBeforeALaterUnitsFault() {
    int land = section(document, world.land);
    int planning = section(document, world.planning);
    int first = Math.min(land, planning);
    int later = Math.max(land, planning);
    byte[] edited = edit(document, doc -> {
      ((ObjectNode) doc.at("/units/" + first + "/posts/0")).put("name", "改过的岗位");
      ((ObjectNode) doc.at("/units/" + later + "/posts/0")).put("code", "岗".repeat(500));
    });
    for (boolean steps : new boolean[] {false, true}) {
      InMemoryStore empty = InMemoryStore.create();
      Refusal r = (steps ? Ledgers.restoreInSteps(empty, edited) : Ledgers.restore(empty, edited)).whyRefused()
          .orElseThrow();
      assertEquals("/units/" + first + "/posts/0", r.violations().get(0).path(), "steps: " + steps);
      assertEquals("ledger.record", r.violations().get(0).rule());
    }
  }

  /** A restore in steps brings in what a restore in one transaction does, unit by unit. */
  @Test
  void finding1ARestoreInStepsGivesTheStoreARestoreGives() {
    InMemoryStore whole = InMemoryStore.create();
    InMemoryStore steps = InMemoryStore.create();

    ImportReport once = Ledgers.restore(whole, document).orElseThrow();
    ImportReport stepped = Ledgers.restoreInSteps(steps, document).orElseThrow();

    assertEquals(once, stepped);
    assertEquals(whole.snapshot(), steps.snapshot());
  }

  /**
   * A restore in steps commits each unit once it passed every check: refused at a unit, the units before it stay
   * written and are counted in the refusal, the faulty one and those after it are not; the corrected archive restored
   * in steps again goes on from them, and the store ends as a restore in one transaction leaves it.
   */
  @Test
  void finding1ARefusedRestoreInStepsKeepsTheUnitsBeforeTheFaultAndGoesOnWhenRunAgain() {
    JsonNode units = tree(document).get("units");
    assertTrue(units.size() >= 3, "a unit before the fault and one after it");
    int fault = 1;
    byte[] edited = edit(document, doc -> ((ObjectNode) doc.at("/units/" + fault + "/posts/0")).put("name", "局长（改）"));
    InMemoryStore steps = InMemoryStore.create();

    Refusal r = Ledgers.restoreInSteps(steps, edited).whyRefused().orElseThrow();

    assertEquals("ledger.record", r.violations().get(0).rule());
    assertEquals("/units/" + fault + "/posts/0", r.violations().get(0).path());
    Refusal.Violation partial = r.violations().get(r.violations().size() - 1);
    assertEquals("ledger.partial", partial.rule());
    assertTrue(partial.messageEn().contains("units written before it: " + fault + ";"), partial.messageEn());
    for (int i = 0; i < units.size(); i++) {
      UnitId id = new UnitId(UUID.fromString(units.get(i).at("/unit/id").asText()));
      assertEquals(i < fault, steps.units().find(id).isPresent(), "unit " + i + ": written only before the fault");
      assertEquals(i < fault, steps.journal().head(id).isPresent(), "unit " + i + ": its chain likewise");
    }

    Ledgers.restoreInSteps(steps, document).orElseThrow();
    InMemoryStore whole = InMemoryStore.create();
    Ledgers.restore(whole, document).orElseThrow();
    assertEquals(whole.snapshot(), steps.snapshot(), "gone on from where it stopped");
  }

  @Test
  void finding1ARestoreInStepsGoesIntoAnEmptyStoreOrOneItBeganOnly() {
    var before = live.snapshot();
    InMemoryStore other = InMemoryStore.create();
    Ledgers.lianfang(other).organization().registerUnit(Ledgers.IMPORTER,
        new RegisterUnit("5399", "另一个市", UnitKind.CITY, Optional.empty())).orElseThrow();
    var otherBefore = other.snapshot();

    assertRefused("ledger.not-empty", "/units/0", Ledgers.restoreInSteps(other, document).whyRefused().orElseThrow());
    assertEquals(otherBefore, other.snapshot());
    ImportReport again = Ledgers.restoreInSteps(live, document).orElseThrow();
    assertEquals(0, again.written().journalEntries(), "the store holds the archive's first unit: it goes on there");
    assertEquals(before, live.snapshot(), "and finds every unit written already");
    Refusal extended = Ledgers.restoreInSteps(live, forged()).whyRefused().orElseThrow();
    assertEquals("ledger.resume", extended.violations().get(0).rule(),
        "going on, a written unit must be the archive's exactly: an entry more is history added beside the store");
    assertEquals(before, live.snapshot());
  }

  @Test
  void finding1AUnitGraftedUnderAnotherComesInOnlyWithLeaveWhereItGoes() {
    // the same seed gives the same ids: another store of the same city, where a brigade was registered under the
    // land bureau
    World other = World.in(InMemoryStore.create());
    UnitId brigade = other.lianfang.organization().registerUnit(other.inspector,
        new RegisterUnit("5301-GT-ZF", "市国土资源执法监察支队", UnitKind.PUBLIC_INSTITUTION, Optional.of(other.land)))
        .orElseThrow();
    byte[] grafted = Ledgers.export(other, other.inspector, brigade);
    Actor planningInspector = Actor.of("planning-inspector", "规划局纪检组 吴组长", List.of(Role.DISCIPLINE_INSPECTOR),
        List.of(world.planning));
    var before = live.snapshot();

    Refusal r = Ledgers.merge(live, planningInspector, grafted).whyRefused().orElseThrow();

    assertEquals(Refusal.Code.ACCESS_DENIED, r.code());
    assertEquals("ledger.access /units/0", r.violations().get(0).rule() + " " + r.violations().get(0).path(),
        "refused at the brigade, whose place below the land bureau the planning inspector may not import into");
    assertEquals(before, live.snapshot());

    ImportReport report = Ledgers.merge(live, grafted).orElseThrow();

    assertEquals(1, report.written().of(AggregateKinds.UNITS));
    assertEquals(Optional.of(world.land), live.units().find(brigade).orElseThrow().parent());
    List<JournalEntry> chain = live.journal().read(brigade, 1, 100);
    assertEquals(other.store.journal().read(brigade, 1, 100).size(), chain.size());
    assertTrue(chain.stream().allMatch(e -> e.eventType().equals("ledger.entry-merged")
        && e.actorId().equals(Ledgers.IMPORTER.id())), chain.toString());
    assertTrue(Ledgers.lianfang(live).ledger().queries().verifyRecords(world.inspector, brigade).orElseThrow()
        .intact());
  }

  /**
   * The inspector's export of the city with one entry added at the end of the land bureau's chain, hashed as the
   * chain requires: an invented actor confirming a point years before the chain began. The point's state stays the
   * one its latest entry gave it, so the records agree with the forged journal too.
   */
  private byte[] forged() {
    return forged(INVENTED);
  }

  private byte[] forged(String actor) {
    int land = section(document, world.land);
    return edit(document, doc -> {
      ArrayNode journal = (ArrayNode) doc.at("/units/" + land + "/journal");
      JsonNode last = journal.get(journal.size() - 1);
      ChainHead head = new ChainHead(world.land, last.get("sequence").asLong(), last.get("hash").asText());
      JournalEntry e = JournalChain.next(ChainDigest.SHA_256,
          Optional.of(head), world.land, "risk.confirmed", actor, LONG_BEFORE,
          "{}", UUID.fromString(last.get("recordId").asText()), last.get("recordDigest").asText());
      ObjectNode forged = journal.addObject();
      forged.put("unitId", e.unitId().toString());
      forged.put("sequence", e.sequence());
      forged.put("eventType", e.eventType());
      forged.put("actorId", e.actorId());
      forged.put("at", e.at().toString());
      forged.put("payload", e.payload());
      forged.put("recordId", e.recordId().toString());
      forged.put("recordDigest", e.recordDigest());
      forged.put("previousHash", e.previousHash());
      forged.put("hash", e.hash());
    });
  }

  private static int section(byte[] document, UnitId unit) {
    JsonNode units = tree(document).get("units");
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).at("/unit/id").asText().equals(unit.toString())) {
        return i;
      }
    }
    throw new AssertionError("no section of " + unit);
  }

  private static byte[] edit(byte[] document, Consumer<ObjectNode> change) {
    ObjectNode doc = (ObjectNode) tree(document);
    change.accept(doc);
    try {
      return PLAIN.writeValueAsBytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(byte[] document) {
    try {
      return PLAIN.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertRefused(String rule, String path, Refusal r) {
    assertEquals(rule + " " + path, r.violations().get(0).rule() + " " + r.violations().get(0).path(),
        r.violations().toString());
  }
}
