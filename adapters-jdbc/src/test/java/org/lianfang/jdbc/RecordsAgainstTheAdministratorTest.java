package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.application.ledger.LedgerQueries;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.ledger.RecordVerification;
import org.lianfang.ledger.RecordVerification.Finding;
import org.lianfang.ledger.RecordVerification.Problem;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.SourceKind;
import org.lianfang.testing.World;

/**
 * Issue 10, finding 2: the chain covered only the journal rows, so a database administrator who edited a record table
 * (a point's description, who identified it, its comments) changed what queries serve and {@code verifyJournal} saw
 * nothing. Now each entry carries the digest of its record's state after the change, and {@code verifyRecords} finds
 * and names every record edited, inserted or deleted beside Lianfang. Done with plain SQL on each database, as the
 * administrator would; each edit is undone before the next, and the records then agree again.
 */
class RecordsAgainstTheAdministratorTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void finding2EveryRecordACommandWroteAgreesWithItsJournal(TestDatabases.Kind kind) throws Exception {
    Setting s = new Setting(kind);
    for (var unit : List.of(s.w.city, s.w.land, s.w.planning)) {
      RecordVerification v = s.ledger.verifyRecords(s.w.auditor, unit).orElseThrow();
      assertEquals(List.of(), v.findings(), unit.toString());
    }
    // the land bureau itself, its 4 posts, 5 officials, 4 tenures, power item, process and 2 points
    assertEquals(18, s.ledger.verifyRecords(s.w.auditor, s.w.land).orElseThrow().records());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void finding2AnEditOfAnyTableThatHoldsAPointIsFoundAndNamed(TestDatabases.Kind kind) throws Exception {
    Setting s = new Setting(kind);
    RiskPoint p = s.point(s.commented);
    String one = "risk_point_id = ?";
    String first = "risk_point_id = ? AND ordinal = 0";
    String[][] edits = {
        {"lf_risk_point", "description", one, "审批时严格把关"},
        {"lf_risk_point", "identified_by", one, "someone-else"},
        {"lf_risk_source", "description", first, "无"},
        {"lf_risk_rule", "zh", first, "规则说明被改"},
        {"lf_risk_review", "note", first, "未经审核"},
        {"lf_risk_comment", "author_id", first, "not-the-author"},
        {"lf_risk_comment", "body", first, "意见被改"},
        {"lf_risk_comment", "seal", first, "0".repeat(32)},
        {"lf_risk_custom", "value_text", one, "2010-08-21"},
        {"lf_risk_point", "g_by", one, "someone-else"},
        {"lf_risk_point", "n_scope", one, "仅限局机关内部"},
        {"lf_risk_point", "n_audience", one, "UNIT"},
    };
    for (String[] e : edits) {
      String before = s.text("SELECT " + e[1] + " FROM " + e[0] + " WHERE " + e[2], s.commented.value());
      s.sql("UPDATE " + e[0] + " SET " + e[1] + " = ? WHERE " + e[2], e[3], s.commented.value());
      assertTrue(s.ledger.verifyJournal(s.w.auditor, s.w.land).orElseThrow().intact(),
          "the chain alone does not see it: the finding");
      RecordVerification v;
      try {
        v = s.ledger.verifyRecords(s.w.auditor, s.w.land).orElseThrow();
      } catch (RuntimeException x) {
        throw new AssertionError(e[0] + "." + e[1], x);
      }
      assertEquals(1, v.findings().size(), e[0] + "." + e[1] + ": " + v.findings());
      Finding f = v.findings().get(0);
      assertEquals(new Finding("riskPoints", s.commented.value(), Problem.EDITED, f.reasonZh(), f.reasonEn()), f);
      assertTrue(f.reasonZh().contains(p.code()) && f.reasonZh().contains("被修改"), f.reasonZh());
      assertTrue(f.reasonEn().contains(p.code()) && f.reasonEn().contains("edited"), f.reasonEn());
      s.sql("UPDATE " + e[0] + " SET " + e[1] + " = ? WHERE " + e[2], before, s.commented.value());
      assertTrue(s.ledger.verifyRecords(s.w.auditor, s.w.land).orElseThrow().intact(), "undone: " + e[1]);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void finding2AnEditOfTheOrganisationOrAProcessIsFoundAndNamed(TestDatabases.Kind kind) throws Exception {
    Setting s = new Setting(kind);
    Object[][] edits = {
        {"lf_post", "name", "post_id = ?", s.w.approver.value(), "posts", "局长"},
        {"lf_official", "name", "official_id = ?", s.w.zhao.value(), "officials", "张国强"},
        {"lf_power_item", "boundary", "power_item_id = ?", s.w.landApproval.value(), "powerItems", "不限"},
        {"lf_process_step", "name", "process_id = ? AND ordinal = 0", s.w.approvalProcess.value(), "processes",
            "直接签批"},
    };
    for (Object[] e : edits) {
      UUID id = (UUID) e[3];
      String before = s.text("SELECT " + e[1] + " FROM " + e[0] + " WHERE " + e[2], id);
      s.sql("UPDATE " + e[0] + " SET " + e[1] + " = ? WHERE " + e[2], e[5], id);
      List<Finding> found = s.ledger.verifyRecords(s.w.auditor, s.w.land).orElseThrow().findings();
      assertEquals(List.of(new Finding((String) e[4], id, Problem.EDITED, found.get(0).reasonZh(),
          found.get(0).reasonEn())), found, e[0] + "." + e[1]);
      s.sql("UPDATE " + e[0] + " SET " + e[1] + " = ? WHERE " + e[2], before, id);
      assertTrue(s.ledger.verifyRecords(s.w.auditor, s.w.land).orElseThrow().intact(), "undone: " + e[0]);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void finding2ARowInsertedOrDeletedBesideTheJournalIsFound(TestDatabases.Kind kind) throws Exception {
    Setting s = new Setting(kind);
    UUID tenure = UUID.fromString(s.text("SELECT tenure_id FROM lf_tenure WHERE official_id = ?", s.w.zhang.value()));
    s.sql("DELETE FROM lf_tenure WHERE tenure_id = ?", tenure);
    UUID forged = UUID.fromString("01234567-89ab-7def-8123-456789abcdef");
    s.sql("INSERT INTO lf_official (official_id, unit_id, staff_number, name, version) "
        + "SELECT ?, unit_id, 'GT9999', '冒名', 1 FROM lf_official WHERE official_id = ?", forged, s.w.zhang.value());

    List<Finding> found = s.ledger.verifyRecords(s.w.auditor, s.w.land).orElseThrow().findings();
    assertEquals(List.of(Problem.NO_ENTRY, Problem.MISSING), found.stream().map(Finding::problem).toList(),
        found.toString());
    assertEquals(List.of(forged, tenure), found.stream().map(Finding::recordId).toList());
    assertEquals("officials", found.get(0).kind());
    assertTrue(found.get(0).reasonZh().contains("GT9999"), found.get(0).reasonZh());
    assertEquals("tenure.begun", found.get(1).kind(), "a deleted record is named by its latest entry");
    assertTrue(found.get(1).reasonEn().contains("deleted"), found.get(1).reasonEn());
  }

  /** The test world on a fresh database, with a graded point and a published point that received a comment. */
  private static final class Setting {
    final World w;
    final LedgerQueries ledger;
    final RiskPointId commented;

    Setting(TestDatabases.Kind kind) {
      w = World.in(Stores.fresh(kind));
      ledger = w.lianfang.ledger().queries();
      w.reviewedAndGraded(w.aPointOnApprover().described("越权办理").build());
      commented = w.published(w.aPointOnApprover().described("审批时收受好处")
          .source(SourceKind.UNWRITTEN_RULE, "“不打招呼办不成事”").custom("found_on", new CustomValue.Day(
              LocalDate.of(2010, 8, 20))).build());
      w.lianfang.risks().comment(w.visitor, new CommentOnNotice(commented, "建议公开审批时限")).orElseThrow();
    }

    RiskPoint point(RiskPointId id) {
      return w.lianfang.risks().queries().riskPoint(w.inspector, id).orElseThrow();
    }

    String text(String query, UUID key) throws SQLException {
      try (Connection c = ((JdbcStore) w.store).dataSource().getConnection();
          PreparedStatement ps = c.prepareStatement(query)) {
        bind(ps, 1, key);
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next(), query);
          return rs.getString(1);
        }
      }
    }

    void sql(String statement, Object... values) throws SQLException {
      try (Connection c = ((JdbcStore) w.store).dataSource().getConnection();
          PreparedStatement ps = c.prepareStatement(statement)) {
        for (int i = 0; i < values.length; i++) {
          if (values[i] instanceof UUID id) {
            bind(ps, i + 1, id);
          } else {
            ps.setString(i + 1, (String) values[i]);
          }
        }
        assertTrue(ps.executeUpdate() > 0, statement);
      }
    }

    void bind(PreparedStatement ps, int i, UUID id) throws SQLException {
      if (((JdbcStore) w.store).dialect() == Dialect.MYSQL) {
        ps.setString(i, id.toString());
      } else {
        ps.setObject(i, id);
      }
    }
  }
}
