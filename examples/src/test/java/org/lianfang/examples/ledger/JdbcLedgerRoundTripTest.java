package org.lianfang.examples.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.application.Lianfang;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.json.ImportReport;
import org.lianfang.json.LedgerCounts;
import org.lianfang.json.LedgerExport;
import org.lianfang.json.LedgerImport;
import org.lianfang.organization.Unit;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Store;
import org.lianfang.testing.World;

/**
 * S-13 on real databases: a ledger leaves one database as JSON and enters another (of each kind, and H2 into each
 * kind) whole — exported again it is the same document byte for byte — with every journal chain still verifying; a
 * second import writes nothing.
 */
class JdbcLedgerRoundTripTest {
  private static JdbcStore fresh(TestDatabases.Kind kind) {
    var ds = TestDatabases.fresh(kind);
    JdbcSchema.install(ds);
    return JdbcStore.of(ds);
  }

  private static World populated(Store store) {
    World w = World.in(store);
    w.reviewedAndGraded(w.aPointOnApprover().described("超时限审批，吃拿卡要").build());
    RiskPointId published = w.published(w.aPointOnApprover().described("对不符合条件的申请予以审批𩸽").build());
    Actor citizen = Actor.of("citizen-1", "王五", List.of(Role.PUBLIC), List.of(w.city));
    w.lianfang.risks().comment(citizen, new CommentOnNotice(published, "有人反映收受好处费😀")).orElseThrow();
    w.confirmed(w.aPointOnApprover().described("利用审批权为亲友谋利").build());
    return w;
  }

  private static byte[] export(Lianfang lianfang, World w) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerExport.of(lianfang, w.clock).write(w.inspector, w.city, out).orElseThrow();
    return out.toByteArray();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aLedgerGoesFromOneDatabaseToAnotherWholeS13(TestDatabases.Kind kind) throws IOException {
    World source = populated(fresh(TestDatabases.Kind.H2));
    byte[] document = export(source.lianfang, source);
    JdbcStore target = fresh(kind);

    ImportReport report = LedgerImport.into(target).from(new ByteArrayInputStream(document)).orElseThrow();

    assertEquals(report.read(), report.written());
    Lianfang there = Lianfang.builder(target).clock(source.clock).build();
    assertEquals(new String(document, StandardCharsets.UTF_8),
        new String(export(there, source), StandardCharsets.UTF_8));
    for (Unit u : there.organization().queries().subtree(source.inspector, source.city)) {
      assertTrue(there.ledger().queries().verifyJournal(source.inspector, u.id()).orElseThrow().intact(), u.name());
      assertTrue(there.ledger().queries().verifyRecords(source.inspector, u.id()).orElseThrow().intact(),
          u.name() + ": the records moved between databases agree with their journal (issue 10, finding 2)");
    }
    assertEquals(LedgerCounts.NONE,
        LedgerImport.into(target).from(new ByteArrayInputStream(document)).orElseThrow().written());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aLedgerRoundTripsThroughTheSameKindOfDatabase(TestDatabases.Kind kind) throws IOException {
    World source = populated(fresh(kind));
    byte[] document = export(source.lianfang, source);
    JdbcStore target = fresh(kind);

    LedgerImport.into(target).from(new ByteArrayInputStream(document)).orElseThrow();

    Lianfang there = Lianfang.builder(target).clock(source.clock).build();
    assertEquals(new String(document, StandardCharsets.UTF_8),
        new String(export(there, source), StandardCharsets.UTF_8));
  }
}
