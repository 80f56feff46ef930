package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.monitoring.LinkReport;
import org.lianfang.application.monitoring.MonitoringArea;
import org.lianfang.application.monitoring.OpenCase;
import org.lianfang.application.monitoring.ReceiveReport;
import org.lianfang.application.monitoring.RectificationStep;
import org.lianfang.application.monitoring.ReplyInput;
import org.lianfang.application.monitoring.ReportStep;
import org.lianfang.application.monitoring.StepCase;
import org.lianfang.application.monitoring.WarningStep;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.monitoring.Disposal;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportChannel;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.Copies;
import org.lianfang.testing.RectificationScenarios;
import org.lianfang.testing.ReportScenarios;
import org.lianfang.testing.WarningScenarios;
import org.lianfang.testing.World;

/**
 * Warnings, rectification items and reports in the ledger document (issue 12, S-13): a warning that climbed a level
 * and closed, one cancelled, an item rejected once and closed and one open, a real-name report fed back and an
 * anonymous one forwarded export in their unit's section, restore into an empty store as they were, and the restored
 * journal proves them; a reply, an item's evidence or a reporter's name edited in the document is refused against the
 * digest its entry carries, and a level lowered by the record itself; an export without clearance seals every
 * report (P-11) and is a reading copy that does not restore.
 */
class MonitoringLedgerTest {
  static World withWarnings() {
    World w = Ledgers.world();
    MonitoringArea m = w.lianfang.monitoring();
    RiskPointId point = w.store.riskPoints().inUnit(w.land).get(0).id();
    OfficialId liu = WarningScenarios.disciplineLeader(w);
    WarningId climbed = m.issueWarning(w.inspector, WarningScenarios.reminder(w, point, liu)).orElseThrow();
    m.stepWarning(w.landLeader, WarningStep.acknowledge(climbed)).orElseThrow();
    m.stepWarning(w.landLeader, WarningStep.reply(climbed, new ReplyInput("剖析", "承诺", "措施"))).orElseThrow();
    m.stepWarning(w.inspector, WarningStep.accept(climbed, w.clock.today().plusDays(10))).orElseThrow();
    m.stepWarning(w.inspector, WarningStep.failVerification(climbed, "仍有超时")).orElseThrow();
    m.stepWarning(w.landLeader, WarningStep.acknowledge(climbed)).orElseThrow();
    m.stepWarning(w.landLeader, WarningStep.reply(climbed, new ReplyInput("再剖析", "再承诺", "再措施")))
        .orElseThrow();
    m.stepWarning(w.inspector, WarningStep.accept(climbed, w.clock.today().plusDays(5))).orElseThrow();
    m.stepWarning(w.inspector, WarningStep.verify(climbed, "已按时办结")).orElseThrow();
    m.stepWarning(w.inspector, WarningStep.close(climbed)).orElseThrow();
    WarningId cancelled = m.issueWarning(w.inspector, Copies.with(WarningScenarios.reminder(w, point, liu), "points",
        List.of())).orElseThrow();
    m.stepWarning(w.inspector, WarningStep.cancel(cancelled, "反映不属实")).orElseThrow();
    RectificationItemId item = m.openRectification(w.inspector, RectificationScenarios.forWarning(w, climbed, point))
        .orElseThrow();
    m.stepRectification(w.landLeader, RectificationStep.start(item)).orElseThrow();
    m.stepRectification(w.landLeader, RectificationStep.submit(item, "办件台账")).orElseThrow();
    m.stepRectification(w.inspector, RectificationStep.reject(item, "台账不全")).orElseThrow();
    m.stepRectification(w.landLeader, RectificationStep.submit(item, "补全后的办件台账")).orElseThrow();
    m.stepRectification(w.inspector, RectificationStep.verify(item, "已核实")).orElseThrow();
    m.stepRectification(w.inspector, RectificationStep.close(item)).orElseThrow();
    m.openRectification(w.inspector, Copies.with(Copies.with(RectificationScenarios.forWarning(w, climbed, point),
        "origin", RectificationOrigin.OTHER), "warning", Optional.empty())).orElseThrow();
    ReportId told = m.receiveReport(w.inspector, ReportScenarios.byHotline(w, point)).orElseThrow();
    m.stepReport(w.inspector, ReportStep.accept(told)).orElseThrow();
    m.linkReport(w.inspector, new LinkReport(told, List.of(point), List.of(climbed))).orElseThrow();
    m.stepReport(w.inspector, ReportStep.tellAcceptance(told)).orElseThrow();
    m.stepReport(w.inspector, ReportStep.dispose(told, Disposal.TALK_OR_INQUIRY, "由分管领导谈话")).orElseThrow();
    m.stepReport(w.inspector, ReportStep.close(told, "谈话后已说明情况")).orElseThrow();
    m.stepReport(w.inspector, ReportStep.tellResult(told)).orElseThrow();
    ReportId forwarded = m.receiveReport(w.inspector, ReceiveReport.anonymous(w.land, ReportChannel.BOX,
        w.clock.today(), "举报箱来信")).orElseThrow();
    m.stepReport(w.inspector, ReportStep.forward(forwarded, "市公安局")).orElseThrow();
    java.time.Instant started = w.clock.instant().minus(java.time.Duration.ofDays(20));
    SupervisionCaseId late = m.openCase(w.landLeader, new OpenCase(w.land, w.landApproval, "GT-2010-0811-007",
        started, java.time.Duration.ofHours(7))).orElseThrow();
    m.stepCase(w.landLeader, StepCase.step(late, "受理", started, java.time.Duration.ofHours(2))).orElseThrow();
    m.stepCase(w.landLeader, StepCase.pause(late, started.plusSeconds(3600))).orElseThrow();
    m.stepCase(w.landLeader, StepCase.resume(late, started.plusSeconds(2 * 86_400))).orElseThrow();
    m.stepCase(w.landLeader, StepCase.complete(late, w.clock.instant())).orElseThrow();
    m.openCase(w.landLeader, new OpenCase(w.land, w.landApproval, "GT-2010-0831-001", w.clock.instant(),
        java.time.Duration.ofHours(21))).orElseThrow();
    return w;
  }

  @Test
  void p8_p21_warningsAndItemsRestoreAsTheyWereAndTheRestoredJournalProvesThem() {
    World w = withWarnings();
    byte[] document = Ledgers.export(w);
    assertTrue(Ledgers.text(document).contains("\"warnings\":[{"), "the land bureau's section lists them");
    assertTrue(Ledgers.text(document).contains("\"rectificationItems\":[{"));

    InMemoryStore restored = InMemoryStore.create();
    Ledgers.restore(restored, document).orElseThrow();
    Lianfang there = Ledgers.lianfang(restored);
    for (UnitId u : List.of(w.city, w.land, w.planning)) {
      assertEquals(w.store.warnings().inUnit(u), restored.warnings().inUnit(u));
      assertEquals(w.store.rectificationItems().inUnit(u), restored.rectificationItems().inUnit(u));
      assertTrue(there.ledger().queries().verifyJournal(w.auditor, u).orElseThrow().intact());
      assertTrue(there.ledger().queries().verifyRecords(w.auditor, u).orElseThrow().intact());
    }
    assertEquals(2, restored.warnings().inUnit(w.land).size());
    assertEquals(2, restored.rectificationItems().inUnit(w.land).size());
    assertEquals(WarningLevel.ADMONISHMENT, restored.warnings().inUnit(w.land).get(0).level());
  }

  @Test
  void p19_reportsRestoreAsTheyWereFromAnExportWithClearance() {
    World w = withWarnings();
    byte[] document = Ledgers.export(w);
    assertTrue(Ledgers.text(document).contains(ReportScenarios.NAME), "the discipline body's archive keeps it all");
    InMemoryStore restored = InMemoryStore.create();
    Ledgers.restore(restored, document).orElseThrow();
    assertEquals(w.store.reports().inUnit(w.land), restored.reports().inUnit(w.land));
    assertEquals(2, restored.reports().inUnit(w.land).size());
    assertEquals(w.store.supervisionCases().inUnit(w.land), restored.supervisionCases().inUnit(w.land));
    assertEquals(2, restored.supervisionCases().inUnit(w.land).size());
    assertEquals(java.util.Optional.of(org.lianfang.monitoring.SupervisionSignal.RED),
        restored.supervisionCases().inUnit(w.land).get(0).life().signal(), "completed far past its limit");
    assertTrue(Ledgers.text(document).contains("{\"name\":\"受理\",\"at\":\"" + restored.supervisionCases()
        .inUnit(w.land).get(0).life().steps().get(0).at() + "\",\"limit\":\"PT2H\"}"), "a step's limit, format 11");
    assertEquals(java.util.Optional.of(java.time.Duration.ofHours(2)),
        restored.supervisionCases().inUnit(w.land).get(0).life().steps().get(0).limit());
    assertTrue(Ledgers.lianfang(restored).ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
  }

  @Test
  void p11_anExportWithoutClearanceSealsEveryReportAndDoesNotRestore() {
    World w = withWarnings();
    String document = Ledgers.text(Ledgers.export(w, w.auditor, w.city));
    assertTrue(document.contains("\"reports\":[{"), "the reports are listed, sealed");
    var errors = Schemas.of("ledger").validate(Schemas.tree(document.getBytes(StandardCharsets.UTF_8)));
    assertTrue(errors.isEmpty(), () -> "a sealed export is a valid document:\n" + Schemas.describe(errors));
    Report clear = w.store.reports().inUnit(w.land).get(0);
    for (String secret : List.of(ReportScenarios.NAME, ReportScenarios.CONTACT, ReportScenarios.CONTENT,
        clear.intake().seal(), "谈话后已说明情况", "由分管领导谈话", "市公安局")) {
      assertTrue(!document.contains(secret), secret);
    }
    InMemoryStore store = InMemoryStore.create();
    InMemoryStore.Snapshot before = store.snapshot();
    Refusal r = Ledgers.restore(store, document.getBytes(StandardCharsets.UTF_8)).whyRefused().orElseThrow();
    assertEquals("ledger.record", r.violations().get(0).rule(), "a sealed record is not the one digested: " + r);
    assertEquals(before, store.snapshot());
  }

  @Test
  void s13_aReportersNameEditedInTheDocumentIsRefusedAgainstItsDigestAndNothingIsWritten() {
    refusedWhenEdited("\"name\":\"" + ReportScenarios.NAME + "\"", "\"name\":\"另一人\"", "ledger.record",
        "/reports/");
  }

  @Test
  void s13_anItemsEvidenceEditedInTheDocumentIsRefusedAgainstItsDigestAndNothingIsWritten() {
    refusedWhenEdited("\"text\":\"补全后的办件台账\"", "\"text\":\"另一份台账\"", "ledger.record", "/rectificationItems/");
  }

  @Test
  void p8_aWarningsLevelLoweredInTheDocumentIsRefusedByTheRecordItselfAndNothingIsWritten() {
    // a round one level up follows a failed verification: the record itself refuses a second round at the same level
    refusedWhenEdited("\"level\":\"admonishment\",\"issued\"", "\"level\":\"reminder\",\"issued\"",
        "json.domain-rule", "/warnings/");
  }

  @Test
  void s13_aWarningsReplyEditedInTheDocumentIsRefusedAgainstItsDigestAndNothingIsWritten() {
    refusedWhenEdited("\"pledge\":\"再承诺\"", "\"pledge\":\"改过的承诺\"", "ledger.record", "/warnings/");
  }

  /** Edits the first occurrence in a fresh export and expects its restore refused by the rule, at the place. */
  private static void refusedWhenEdited(String from, String to, String rule, String where) {
    String document = Ledgers.text(Ledgers.export(withWarnings()));
    String edited = document.replaceFirst(Pattern.quote(from), to);
    assertTrue(!edited.equals(document));
    InMemoryStore store = InMemoryStore.create();
    InMemoryStore.Snapshot before = store.snapshot();
    Refusal r = Ledgers.restore(store, edited.getBytes(StandardCharsets.UTF_8)).whyRefused().orElseThrow();
    assertEquals(rule, r.violations().get(0).rule(), r.toString());
    assertTrue(r.violations().get(0).path().contains(where), r.toString());
    assertEquals(before, store.snapshot());
  }
}
