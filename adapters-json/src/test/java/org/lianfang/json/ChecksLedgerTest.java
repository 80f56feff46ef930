package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.checks.AppraisalAnswer;
import org.lianfang.application.checks.AppraisalStep;
import org.lianfang.application.checks.ChecksArea;
import org.lianfang.application.checks.DraftSelfCheck;
import org.lianfang.application.checks.InspectionStep;
import org.lianfang.application.checks.MonthlyCheckStep;
import org.lianfang.application.checks.PlanAppraisal;
import org.lianfang.application.checks.RecordAccountability;
import org.lianfang.application.checks.RecordAppraisalAnswers;
import org.lianfang.application.checks.RecordMonthlyCheck;
import org.lianfang.application.checks.RowInput;
import org.lianfang.application.checks.SelfCheckStep;
import org.lianfang.application.control.EvidenceInput;
import org.lianfang.application.cycle.LeavePhase;
import org.lianfang.application.cycle.OpenYear;
import org.lianfang.application.evaluation.DeductionInput;
import org.lianfang.application.evaluation.EvaluationStep;
import org.lianfang.application.evaluation.InspectEvaluation;
import org.lianfang.application.evaluation.ProposeEvaluation;
import org.lianfang.application.evaluation.SelfAssessYear;
import org.lianfang.application.evaluation.VetoInput;
import org.lianfang.checks.AppraisalRating;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckState;
import org.lianfang.checks.HalfYear;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.checks.SelfCheckReportId;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.Band;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.AppraisalScenarios;
import org.lianfang.testing.CheckScenarios;
import org.lianfang.testing.Copies;
import org.lianfang.testing.EvaluationScenarios;
import org.lianfang.testing.InspectionScenarios;
import org.lianfang.testing.SelfCheckScenarios;
import org.lianfang.testing.World;

/**
 * Monthly checks in the ledger document (issue 13, format 12): a reviewed check whose NONE opened an item, a check
 * returned with its reason and an open one, with an indicator value and evidence, and a special inspection of the city
 * with its finding in the land bureau (format 13), a self-check (format 14), an appraisal round with a respondent's
 * contact (format 15), a decided annual evaluation with a deduction and a veto (format 16) and a year's cycle past
 * mobilisation (format 17), export in their unit's section, restore into an empty store as they were, and the
 * restored journal proves them; a rating edited in the document is refused by the record's own rule or against the
 * digest its entry carries, and nothing is written.
 */
class ChecksLedgerTest {
  /** @return the third line's world of {@link MonitoringLedgerTest#withWarnings()} with three checks of one post */
  static World withChecks() {
    World w = MonitoringLedgerTest.withWarnings();
    CheckScenarios.Post p = CheckScenarios.Post.of(w);
    ChecksArea checks = w.lianfang.checks();
    YearMonth now = YearMonth.from(w.clock.today());
    MonthlyCheckId reviewed = checks.recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver,
        now.minusMonths(2), w.li, List.of(CheckScenarios.none(p.ledger()), new RowInput(p.publication(),
            CheckRating.FULL, Optional.of(new BigDecimal("0.50")), Optional.empty(), Optional.empty(),
            List.of(new EvidenceInput("网上公开栏截图", "OA/月查/01", Optional.of("sm3:" + "cd".repeat(32))))))))
        .orElseThrow();
    checks.stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(reviewed)).orElseThrow();
    checks.stepMonthlyCheck(w.inspector, MonthlyCheckStep.review(reviewed)).orElseThrow();
    MonthlyCheckId returned = checks.recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver,
        now.minusMonths(1), w.li, List.of(RowInput.full(p.ledger()), RowInput.full(p.publication()))))
        .orElseThrow();
    checks.stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(returned)).orElseThrow();
    checks.stepMonthlyCheck(w.landLeader, MonthlyCheckStep.returned(returned, "台账抽查不实")).orElseThrow();
    checks.recordMonthlyCheck(w.approverHolder, new RecordMonthlyCheck(w.approver, now, w.zhao,
        List.of(RowInput.full(p.ledger())))).orElseThrow();
    SpecialInspectionId inspection = inspectLand(w, p);
    checks.stepInspection(w.inspector, InspectionStep.report(inspection, "国土局三件结果未公开，已责令整改"))
        .orElseThrow();
    SelfCheckReportId selfCheck = checks.draftSelfCheck(w.landLeader, new DraftSelfCheck(w.land,
        HalfYear.of(w.clock.today()), SelfCheckScenarios.text())).orElseThrow();
    checks.stepSelfCheck(w.landLeader, SelfCheckStep.submit(selfCheck)).orElseThrow();
    checks.stepSelfCheck(w.inspector, SelfCheckStep.acknowledge(selfCheck, "已阅")).orElseThrow();
    PlanAppraisal round = AppraisalScenarios.december(w, p.point());
    AppraisalRoundId appraisal = checks.planAppraisal(w.landLeader, Copies.with(Copies.with(round, "from",
        w.clock.today()), "to", w.clock.today().plusDays(10))).orElseThrow();
    checks.stepAppraisal(w.landLeader, AppraisalStep.open(appraisal)).orElseThrow();
    checks.recordAppraisalAnswers(w.landLeader, RecordAppraisalAnswers.of(appraisal, List.of(
        AppraisalAnswer.tally(0, AppraisalRating.SATISFIED, 12), AppraisalAnswer.commented(1,
            AppraisalRating.DISSATISFIED, "窗口午休无人", Optional.of("0871-6000000"))))).orElseThrow();
    AnnualEvaluationId evaluation = w.lianfang.evaluation().selfAssess(w.landLeader, new SelfAssessYear(w.land,
        Year.from(w.clock.today()), EvaluationScenarios.selfScores(), "自评：全年措施落实")).orElseThrow();
    w.lianfang.evaluation().inspect(w.inspector, InspectEvaluation.of(evaluation, List.of(new DeductionInput(
        "integrity", new BigDecimal("2.50"), "信访件逾期", "信访 2010-117")), List.of(new VetoInput("班子成员违纪",
            "昆纪立〔2010〕7号")))).orElseThrow();
    w.lianfang.evaluation().propose(w.inspector, ProposeEvaluation.of(evaluation, List.of(new BigDecimal("80.5"))))
        .orElseThrow();
    w.lianfang.evaluation().step(w.inspector, EvaluationStep.decide(evaluation, "同意")).orElseThrow();
    AnnualCycleId cycle = w.lianfang.cycle().open(w.inspector, new OpenYear(w.planning,
        Year.from(w.clock.today()))).orElseThrow();
    w.lianfang.cycle().leave(w.inspector, LeavePhase.of(cycle, CyclePhase.MOBILISATION)).orElseThrow();
    return w;
  }

  /** The city's inspection of both bureaus, begun, with a finding in the land bureau and its accountability. */
  private static SpecialInspectionId inspectLand(World w, CheckScenarios.Post p) {
    ChecksArea checks = w.lianfang.checks();
    SpecialInspectionId inspection = checks.planInspection(w.inspector, InspectionScenarios.approvals(w))
        .orElseThrow();
    checks.stepInspection(w.inspector, InspectionStep.start(inspection)).orElseThrow();
    InspectionFindingId finding = checks.recordFinding(w.inspector, InspectionScenarios.landFinding(w, inspection,
        p.point())).orElseThrow();
    checks.recordAccountability(w.inspector, new RecordAccountability(finding, w.zhao, "诫勉谈话", "昆纪决〔2010〕12号",
        w.clock.today())).orElseThrow();
    return inspection;
  }

  @Test
  void p22_checksRestoreAsTheyWereAndTheRestoredJournalProvesThem() {
    World w = withChecks();
    byte[] document = Ledgers.export(w);
    assertTrue(Ledgers.text(document).contains("\"monthlyChecks\":[{"), "the land bureau's section lists them");
    InMemoryStore restored = InMemoryStore.create();
    Ledgers.restore(restored, document).orElseThrow();
    for (UnitId u : List.of(w.city, w.land, w.planning)) {
      assertEquals(w.store.monthlyChecks().inUnit(u), restored.monthlyChecks().inUnit(u));
      assertEquals(w.store.specialInspections().inUnit(u), restored.specialInspections().inUnit(u));
      assertEquals(w.store.inspectionFindings().inUnit(u), restored.inspectionFindings().inUnit(u));
      assertEquals(w.store.selfCheckReports().inUnit(u), restored.selfCheckReports().inUnit(u));
      assertEquals(w.store.appraisalRounds().inUnit(u), restored.appraisalRounds().inUnit(u));
      assertEquals(w.store.annualEvaluations().inUnit(u), restored.annualEvaluations().inUnit(u));
      assertEquals(w.store.annualCycles().inUnit(u), restored.annualCycles().inUnit(u));
      assertTrue(Ledgers.lianfang(restored).ledger().queries().verifyRecords(w.auditor, u).orElseThrow().intact());
      assertTrue(Ledgers.lianfang(restored).ledger().queries().verifyJournal(w.auditor, u).orElseThrow().intact());
    }
    List<MonthlyCheck> checks = restored.monthlyChecks().ofPost(w.approver);
    assertEquals(List.of(CheckState.REVIEWED, CheckState.OPEN, CheckState.OPEN), checks.stream()
        .map(MonthlyCheck::state).toList());
    assertTrue(checks.get(0).rows().get(0).item().isPresent(), "the NONE's item is named");
    assertEquals(Optional.of(new BigDecimal("0.50")), checks.get(0).rows().get(1).indicatorValue(), "scale kept");
    assertEquals("台账抽查不实", checks.get(1).life().returned().orElseThrow().text());
    assertTrue(Ledgers.text(document).contains("\"month\":\"" + YearMonth.from(w.clock.today()) + "\""));
    assertEquals(1, restored.specialInspections().inUnit(w.city).size(), "the city's inspection, format 13");
    assertEquals(1, restored.inspectionFindings().inUnit(w.land).get(0).accountability().size());
    assertEquals(1, restored.selfCheckReports().inUnit(w.land).size(), "the bureau's self-check, format 14");
    assertEquals(Optional.of("0871-6000000"), restored.appraisalRounds().inUnit(w.land).get(0).comments().get(0)
        .contact(), "the bureau's appraisal round, format 15, its contact in clear for the inspector's export");
    assertEquals(Band.FAIL, restored.annualEvaluations().inUnit(w.land).get(0).decision().orElseThrow().band(),
        "the bureau's evaluation, format 16, decided under a veto");
    assertEquals(CyclePhase.IDENTIFICATION, restored.annualCycles().inUnit(w.planning).get(0).phase(),
        "the other bureau's year, format 17, with the figures its step kept");
  }

  @Test
  void s10_aBureausSubtreeWithItsChecksAndItsFindingRestoresIntoAnotherStore() {
    World w = Ledgers.world(); // without the third line's warnings, which a city official approved
    inspectLand(w, CheckScenarios.Post.of(w));
    byte[] document = Ledgers.export(w, w.inspector, w.land);
    Actor landInspector = Actor.of("land-inspector", "国土局纪检组", List.of(Role.DISCIPLINE_INSPECTOR),
        List.of(w.land));
    InMemoryStore restored = InMemoryStore.create();
    Ledgers.restore(restored, landInspector, document).orElseThrow();
    assertEquals(w.store.inspectionFindings().inUnit(w.land), restored.inspectionFindings().inUnit(w.land),
        "a finding naming the city's inspection comes in without the city");
    assertEquals(1, restored.inspectionFindings().inUnit(w.land).size());
    assertTrue(Ledgers.lianfang(restored).ledger().queries().verifyRecords(landInspector, w.land).orElseThrow()
        .intact());
  }

  @Test
  void s13_aRatingRaisedInTheDocumentIsRefusedAndNothingIsWritten() {
    // a NONE raised to FULL keeps its problem, which the record itself refuses
    refusedWhenEdited("\"rating\":\"none\"", "\"rating\":\"full\"", "json.domain-rule", "/monthlyChecks/");
  }

  @Test
  void s13_anAccountabilityEditedInTheDocumentIsRefusedAgainstItsDigestAndNothingIsWritten() {
    refusedWhenEdited("\"measure\":\"诫勉谈话\"", "\"measure\":\"免予问责\"", "ledger.record",
        "/inspectionFindings/");
  }

  @Test
  void s13_aReturnsReasonEditedInTheDocumentIsRefusedAgainstItsDigestAndNothingIsWritten() {
    refusedWhenEdited("\"text\":\"台账抽查不实\"", "\"text\":\"已核实\"", "ledger.record", "/monthlyChecks/");
  }

  @Test
  void s13_aMonthOutsideTheCalendarIsRefusedAndNothingIsWritten() {
    refusedWhenEditedIn(Ledgers.text(Ledgers.export(withChecks())), Pattern.compile("\"month\":\"\\d{4}-\\d{2}\""),
        "\"month\":\"2010-13\"", "json.value", "/monthlyChecks/");
  }

  /** Edits the first occurrence in a fresh export and expects its restore refused by the rule, at the place. */
  private static void refusedWhenEdited(String from, String to, String rule, String where) {
    refusedWhenEditedIn(Ledgers.text(Ledgers.export(withChecks())), Pattern.compile(Pattern.quote(from)), to, rule,
        where);
  }

  private static void refusedWhenEditedIn(String document, Pattern from, String to, String rule, String where) {
    String edited = from.matcher(document).replaceFirst(to);
    assertTrue(!edited.equals(document));
    InMemoryStore store = InMemoryStore.create();
    InMemoryStore.Snapshot before = store.snapshot();
    Refusal r = Ledgers.restore(store, edited.getBytes(StandardCharsets.UTF_8)).whyRefused().orElseThrow();
    assertEquals(rule, r.violations().get(0).rule(), r.toString());
    assertTrue(r.violations().get(0).path().contains(where), r.toString());
    assertEquals(before, store.snapshot());
  }
}
