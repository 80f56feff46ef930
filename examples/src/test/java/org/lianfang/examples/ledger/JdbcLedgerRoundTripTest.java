package org.lianfang.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.Actor;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.application.Lianfang;
import org.lianfang.application.cycle.CloseYear;
import org.lianfang.application.cycle.LeavePhase;
import org.lianfang.application.cycle.OpenYear;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.ShardedPostgres;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.json.ImportReport;
import org.lianfang.json.LedgerCounts;
import org.lianfang.json.LedgerExport;
import org.lianfang.json.LedgerImport;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Unit;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Store;
import org.lianfang.testing.CycleScenarios;
import org.lianfang.testing.MutableClock;
import org.lianfang.testing.World;

/**
 * S-13 on real databases: a ledger leaves one database as JSON and is restored into another (of each kind, and H2
 * into each kind) whole, a closed year's frozen register included — exported again it is the same document byte for
 * byte — with every journal chain and every record still verifying; merging it a second time writes nothing. The
 * sharded cluster (issue 16) is a target too, and the source of one more round trip.
 */
class JdbcLedgerRoundTripTest {
  private static JdbcStore fresh(TestDatabases.Kind kind) {
    var ds = TestDatabases.fresh(kind);
    JdbcSchema.install(ds);
    return JdbcStore.of(ds);
  }

  /** @return an empty store on each kind of test database, then the sharded cluster emptied (issue 16) */
  static Stream<Named<Supplier<JdbcStore>>> targets() {
    return Stream.concat(Arrays.stream(TestDatabases.Kind.values()).map(k -> Named.of(k.name(), () -> fresh(k))),
        Stream.of(Named.of("SHARDED", () -> JdbcStore.of(ShardedPostgres.emptied().dataSource()))));
  }

  /**
   * The land bureau's 2010 walked to self-assessment and revision on 12-11, its points found then (one reviewed, one
   * published and commented on, one confirmed) and its revision posted once they were, and closed when its week of
   * notice was over: its register frozen with them (issue 14).
   */
  private static World populated(Store store) {
    World w = World.in(store);
    AnnualCycleId year = w.lianfang.cycle().open(w.landLeader, new OpenYear(w.land, Year.of(2010))).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 11));
    for (CyclePhase p : List.of(CyclePhase.MOBILISATION, CyclePhase.IDENTIFICATION, CyclePhase.TRAINING,
        CyclePhase.MEASURES)) {
      w.lianfang.cycle().leave(w.landLeader, LeavePhase.of(year, p)).orElseThrow();
    }
    w.reviewedAndGraded(w.aPointOnApprover().described("超时限审批，吃拿卡要").build());
    RiskPointId published = w.published(w.aPointOnApprover().described("对不符合条件的申请予以审批𩸽").build());
    Actor citizen = Actor.of("citizen-1", "王五", List.of(Role.PUBLIC), List.of(w.city));
    w.lianfang.risks().comment(citizen, new CommentOnNotice(published, "有人反映收受好处费😀")).orElseThrow();
    w.confirmed(w.aPointOnApprover().described("利用审批权为亲友谋利").build());
    CycleScenarios.post(w, year);
    w.clock.setDay(w.clock.today().plusDays(7)); // the notice over: 12-26, the points' own notices having run first
    w.lianfang.cycle().leave(w.landLeader, LeavePhase.of(year, CyclePhase.REVISION)).orElseThrow();
    w.lianfang.cycle().close(w.landLeader, CloseYear.of(year)).orElseThrow();
    return w;
  }

  private static byte[] export(Lianfang lianfang, World w) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerExport.of(lianfang, w.clock).write(w.inspector, w.city, out).orElseThrow();
    return out.toByteArray();
  }

  @ParameterizedTest
  @MethodSource("targets")
  void aLedgerGoesFromOneDatabaseToAnotherWholeS13(Supplier<JdbcStore> empty) throws IOException {
    World source = populated(fresh(TestDatabases.Kind.H2));
    byte[] document = export(source.lianfang, source);
    JdbcStore target = empty.get();

    Lianfang there = Lianfang.builder(target).clock(source.clock).build();
    ImportReport report = LedgerImport.into(there).restore(source.inspector, new ByteArrayInputStream(document))
        .orElseThrow();

    assertEquals(report.read(), report.written());
    assertEquals(source.store.registers().points(source.land, Year.of(2010)), target.registers().points(source.land,
        Year.of(2010)), "the closed year's register, moved between databases");
    assertEquals(new String(document, StandardCharsets.UTF_8),
        new String(export(there, source), StandardCharsets.UTF_8));
    for (Unit u : there.organization().queries().subtree(source.inspector, source.city)) {
      assertTrue(there.ledger().queries().verifyJournal(source.inspector, u.id()).orElseThrow().intact(), u.name());
      assertTrue(there.ledger().queries().verifyRecords(source.inspector, u.id()).orElseThrow().intact(),
          u.name() + ": the records moved between databases agree with their journal (issue 10, finding 2)");
    }
    assertEquals(LedgerCounts.NONE, LedgerImport.into(there).merge(source.inspector,
        new ByteArrayInputStream(document)).orElseThrow().written());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aLedgerRoundTripsThroughTheSameKindOfDatabase(TestDatabases.Kind kind) throws IOException {
    World source = populated(fresh(kind));
    byte[] document = export(source.lianfang, source);
    JdbcStore target = fresh(kind);

    Lianfang there = Lianfang.builder(target).clock(source.clock).build();
    LedgerImport.into(there).restore(source.inspector, new ByteArrayInputStream(document)).orElseThrow();

    assertEquals(new String(document, StandardCharsets.UTF_8),
        new String(export(there, source), StandardCharsets.UTF_8));
  }

  /**
   * Issue 16: a year worked and closed through ShardingSphere, each unit's rows on the server its id hashes to, leaves
   * the cluster as the same document an embedded database exports once it is restored there, every chain and record
   * verifying on both.
   */
  @Test
  void aLedgerWorkedOnTheShardedClusterLeavesItWhole() throws IOException {
    World source = populated(JdbcStore.of(ShardedPostgres.emptied().dataSource()));
    byte[] document = export(source.lianfang, source);
    Lianfang there = Lianfang.builder(fresh(TestDatabases.Kind.H2)).clock(source.clock).build();

    LedgerImport.into(there).restore(source.inspector, new ByteArrayInputStream(document)).orElseThrow();

    assertEquals(new String(document, StandardCharsets.UTF_8),
        new String(export(there, source), StandardCharsets.UTF_8));
    for (Lianfang l : List.of(source.lianfang, there)) {
      for (Unit u : l.organization().queries().subtree(source.inspector, source.city)) {
        assertTrue(l.ledger().queries().verifyJournal(source.inspector, u.id()).orElseThrow().intact(), u.name());
        assertTrue(l.ledger().queries().verifyRecords(source.inspector, u.id()).orElseThrow().intact(), u.name());
      }
    }
  }

  /**
   * Issue 10, finding 1, on each database: a district restores its own subtree, exported from the city's system, into
   * its empty store, where it is the root and keeps its parent as a reference; later work of the city on that
   * subtree merges in as new entries of the district's chain, in the name of who imported them and at that time; and
   * an actor the access policy does not let import changes nothing.
   */
  @ParameterizedTest
  @MethodSource("targets")
  void finding1ADistrictRestoresItsSubtreeThenMergesTheCitysLaterWorkInItsImportersName(Supplier<JdbcStore> empty)
      throws IOException {
    World city = World.in(fresh(TestDatabases.Kind.H2));
    city.reviewedAndGraded(city.aPointOnApprover().described("超时限审批，吃拿卡要").build());
    Actor districtInspector = Actor.of("district-inspector", "国土局纪检组 周组长", List.of(Role.DISCIPLINE_INSPECTOR),
        List.of(city.land));
    JdbcStore store = empty.get();
    MutableClock clock = MutableClock.at(LocalDate.of(2010, 10, 8));
    Lianfang district = Lianfang.builder(store).clock(clock).build();

    LedgerImport.into(district).restore(districtInspector, new ByteArrayInputStream(subtree(city))).orElseThrow();

    Unit root = store.units().find(city.land).orElseThrow();
    assertEquals(java.util.Optional.of(city.city), root.parent());
    assertEquals(List.of(root), store.units().roots());
    long restored = store.journal().head(city.land).orElseThrow().sequence();
    assertEquals(city.store.journal().head(city.land), store.journal().head(city.land));

    city.published(city.aPointOnApprover().described("对不符合条件的申请予以审批").build());
    byte[] later = subtree(city);
    List<Object> before = state(store, city.land);
    Refusal denied = LedgerImport.into(district).merge(city.landLeader, new ByteArrayInputStream(later))
        .whyRefused().orElseThrow();
    assertEquals(Refusal.Code.ACCESS_DENIED, denied.code());
    assertEquals(before, state(store, city.land));

    ImportReport merged = LedgerImport.into(district).merge(districtInspector, new ByteArrayInputStream(later))
        .orElseThrow();

    long added = city.store.journal().head(city.land).orElseThrow().sequence() - restored;
    assertEquals(added, merged.written().journalEntries());
    List<JournalEntry> entries = store.journal().read(city.land, restored + 1, 1000);
    assertEquals(added, entries.size());
    for (JournalEntry e : entries) {
      assertEquals("ledger.entry-merged", e.eventType());
      assertEquals("district-inspector", e.actorId());
      assertEquals(clock.instant(), e.at());
    }
    assertEquals(city.store.riskPoints().inUnit(city.land), store.riskPoints().inUnit(city.land));
    assertTrue(district.ledger().queries().verifyJournal(districtInspector, city.land).orElseThrow().intact());
    assertTrue(district.ledger().queries().verifyRecords(districtInspector, city.land).orElseThrow().intact());

    // the same archive again writes nothing; a longer one goes on from the entries carried before
    assertEquals(LedgerCounts.NONE, LedgerImport.into(district).merge(districtInspector,
        new ByteArrayInputStream(later)).orElseThrow().written());
    city.draft(city.aPointOnApprover().described("审批材料把关不严").build());
    long carried = store.journal().head(city.land).orElseThrow().sequence();
    ImportReport more = LedgerImport.into(district).merge(districtInspector, new ByteArrayInputStream(subtree(city)))
        .orElseThrow();
    assertEquals(1, more.written().of(org.lianfang.kinds.AggregateKinds.RISK_POINTS));
    assertEquals(city.store.journal().head(city.land).orElseThrow().sequence() - carried,
        more.written().journalEntries());
    assertTrue(district.ledger().queries().verifyRecords(districtInspector, city.land).orElseThrow().intact());
    // the district's root is one its registrar finds again without holding its id (decision 1)
    Actor registrar = Actor.of("registrar", "区纪委 登记员", List.of(Role.DISCIPLINE_INSPECTOR), List.of());
    assertEquals(List.of(city.land), district.organization().queries().roots(registrar).stream().map(Unit::id)
        .toList());
  }

  /** A unit's records of every kind, its chain and its head, as the store reads them. */
  private static List<Object> state(Store store, org.lianfang.UnitId unit) {
    List<Object> all = new java.util.ArrayList<>();
    all.add(store.units().find(unit));
    for (org.lianfang.kinds.AggregateKind<?, ?> kind : org.lianfang.kinds.AggregateKinds.ofUnit()) {
      all.add(kind.in(store).inUnit(unit));
    }
    all.add(store.journal().read(unit, 1, 10_000));
    all.add(store.journal().head(unit));
    return all;
  }

  private static byte[] subtree(World city) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerExport.of(city.lianfang, city.clock).write(city.inspector, city.land, out).orElseThrow();
    return out.toByteArray();
  }
}
