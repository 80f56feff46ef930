package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.checks.AppraisalAnswer;
import org.lianfang.application.checks.AppraisalStep;
import org.lianfang.application.checks.ChecksArea;
import org.lianfang.application.checks.MonthlyCheckStep;
import org.lianfang.application.checks.RecordAppraisalAnswers;
import org.lianfang.application.checks.RecordMonthlyCheck;
import org.lianfang.application.checks.RowInput;
import org.lianfang.application.evaluation.DeductionInput;
import org.lianfang.application.evaluation.EvaluationArea;
import org.lianfang.application.evaluation.EvaluationStep;
import org.lianfang.application.evaluation.InspectEvaluation;
import org.lianfang.application.evaluation.ProposeEvaluation;
import org.lianfang.application.evaluation.SelfAssessYear;
import org.lianfang.checks.AppraisalRating;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.Band;
import org.lianfang.evaluation.EvaluationDecision;
import org.lianfang.evaluation.EvaluationFigures;
import org.lianfang.evaluation.EvaluationState;
import org.lianfang.evaluation.LeadershipResult;
import org.lianfang.evaluation.Scorecard;
import org.lianfang.evaluation.StandardEvaluationPolicy;
import org.lianfang.ledger.JournalEntry;

/**
 * The annual evaluation (issue 13, S-11, P-24) as scenarios on a {@link World}, run on the in-memory store and on
 * every database: the figures a bureau's records hold on two days and the provisional scorecards of the city's subtree
 * under the default policy; a bureau's year assessed, inspected, proposed, decided and published; bad input refused
 * naming the field and the rule in both languages with state, journal and outbox unchanged; the unit assesses itself
 * and only the body above evaluates it.
 */
public final class EvaluationScenarios {
  private EvaluationScenarios() {}

  /**
   * P-24: the land bureau has one confirmed point on the approver's post with two measures in force from September,
   * one power item never disclosed, September's check (one measure applied, one not, reviewed: an item due in 30
   * days) and the December appraisal of the point (8 满意, 1 基本满意, 1 不满意 with a comment, 2 不了解), analysed on
   * 12-18. On 11-30 three months' checks are owed (September to November), one submitted, one item overdue and no
   * appraisal analysed; on 12-31 four are owed, the appraisal's item (due 15 working days after 12-06) is overdue too,
   * and ten answers are scored, nine satisfied. The provisional scorecard scores them by the default table's rules.
   *
   * @param w a world
   */
  public static void p24_aUnitsYearIsReadFromItsRecordsAndScored(World w) {
    CheckScenarios.Post p = year(w);
    int owned = w.store.riskPoints().find(p.point()).orElseThrow().owners().isPresent() ? 1 : 0;

    EvaluationFigures november = w.lianfang.evaluation().queries().figures(w.auditor, w.land, Year.of(2010),
        LocalDate.of(2010, 11, 30)).orElseThrow();
    assertEquals(new EvaluationFigures(w.land, Year.of(2010), LocalDate.of(2010, 11, 30), 1, owned, 1, 1, 0, 3, 1, 1,
        0, 1, 1, 0, 0, 0, 0, 0), november);
    EvaluationFigures year = w.lianfang.evaluation().queries().figures(w.auditor, w.land, Year.of(2010),
        LocalDate.of(2010, 12, 31)).orElseThrow();
    assertEquals(new EvaluationFigures(w.land, Year.of(2010), LocalDate.of(2010, 12, 31), 1, owned, 1, 1, 0, 4, 1, 1,
        0, 1, 2, 0, 0, 0, 10, 9), year);

    List<Scorecard> cards = w.lianfang.evaluation().queries().provisional(w.auditor, w.city, Year.of(2010),
        LocalDate.of(2010, 12, 31));
    assertEquals(List.of(w.city, w.land, w.planning), cards.stream().map(c -> c.figures().unit()).toList());
    Scorecard land = cards.get(1);
    // 5 × owned; 7.5 × 1/1 + 7.5 × 1/4; 10 × 0/1; 40 × (1 + 0)/2; 20 − 2 overdue; 90 % satisfied is full marks
    assertEquals(List.of(new BigDecimal(5 * owned + ".00"), new BigDecimal("9.38"), new BigDecimal("0.00"),
        new BigDecimal("20.00"), new BigDecimal("18.00"), new BigDecimal("10.00")), land.items().stream()
        .map(i -> i.score()).toList());
    assertEquals(new BigDecimal("57.38").add(BigDecimal.valueOf(5L * owned)), land.office());
    assertEquals(Band.FAIL, land.band());
    assertEquals(StandardEvaluationPolicy.standard().version(), land.policy());
    assertEquals(Optional.empty(), w.lianfang.evaluation().queries().figures(w.visitor, w.land, Year.of(2010),
        LocalDate.of(2010, 12, 31)), "the public reads no unit's figures");
    assertEquals(List.of(), w.lianfang.evaluation().queries().provisional(w.planningLeader, w.land, Year.of(2010),
        LocalDate.of(2010, 12, 31)), "nor another bureau's leader");
  }

  /**
   * The land bureau's year of the class's scenarios: a confirmed point with two measures in force from September,
   * September's check reviewed (one item), the December appraisal analysed on 12-18; the clock on 12-18.
   *
   * @param w a world
   * @return the approver's post as set up
   */
  static CheckScenarios.Post year(World w) {
    CheckScenarios.Post p = CheckScenarios.Post.of(w);
    ChecksArea checks = w.lianfang.checks();
    LocalDate reviewed = w.clock.today();
    assertTrue(reviewed.isBefore(LocalDate.of(2010, 10, 1)), "the measures are in force in September");
    MonthlyCheckId september = checks.recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver,
        YearMonth.from(reviewed), w.li, List.of(CheckScenarios.none(p.ledger()), RowInput.full(p.publication()))))
        .orElseThrow();
    checks.stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(september)).orElseThrow();
    checks.stepMonthlyCheck(w.inspector, MonthlyCheckStep.review(september)).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 1));
    AppraisalRoundId round = checks.planAppraisal(w.landLeader, AppraisalScenarios.december(w, p.point()))
        .orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 6));
    checks.stepAppraisal(w.landLeader, AppraisalStep.open(round)).orElseThrow();
    checks.recordAppraisalAnswers(w.landLeader, RecordAppraisalAnswers.of(round, List.of(
        AppraisalAnswer.tally(0, AppraisalRating.SATISFIED, 8), AppraisalAnswer.tally(0,
            AppraisalRating.BASICALLY_SATISFIED, 1), AppraisalAnswer.tally(0, AppraisalRating.UNKNOWN, 2),
        AppraisalAnswer.commented(0, AppraisalRating.DISSATISFIED, "公示期太短", Optional.empty())))).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 18));
    checks.stepAppraisal(w.landLeader, AppraisalStep.analyse(round)).orElseThrow();
    return p;
  }

  /** What a refusal must leave unchanged: every unit's evaluations and journal, and the outbox. */
  record State(List<AnnualEvaluation> evaluations, List<JournalEntry> journal, long outbox) {
    static State of(World w) {
      List<AnnualEvaluation> es = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        es.addAll(w.store.annualEvaluations().inUnit(u));
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(es, js, w.store.outbox().size());
    }
  }

  /** @return the land bureau's self scores: 5, 12, 8, 30, 18 and 9 of 5, 15, 10, 40, 20 and 10 */
  public static List<BigDecimal> selfScores() {
    return List.of(new BigDecimal("5"), new BigDecimal("12"), new BigDecimal("8"), new BigDecimal("30"),
        new BigDecimal("18"), new BigDecimal("9"));
  }

  /**
   * S-11, P-24: the bureau's leader assesses its 2010 on 12-28 (82 of 100); on 12-29 the city's discipline body reads
   * its records (three months' checks owed, one submitted, two items overdue) and deducts 3 for a report handled late;
   * the leaders score 80 and 85.5; on 12-30 the body decides (20 % of 82, 40 % of the office's score, 40 % of 82.75:
   * 不合格) and on 12-31 publishes; the result names the bureau's director for the assessment of its leadership; every step is
   * an entry of the bureau's journal.
   *
   * @param w a world
   */
  public static void s11_p24_aUnitsYearIsAssessedInspectedProposedDecidedAndPublished(World w) {
    CheckScenarios.Post p = year(w);
    EvaluationArea e = w.lianfang.evaluation();
    w.clock.setDay(LocalDate.of(2010, 12, 28));
    long before = w.store.journal().head(w.land).orElseThrow().sequence();
    AnnualEvaluationId id = e.selfAssess(w.landLeader, new SelfAssessYear(w.land, Year.of(2010), selfScores(),
        "全年风险点全部落实防控措施，月查、群众评议按期开展")).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 29));
    e.inspect(w.inspector, InspectEvaluation.of(id, List.of(new DeductionInput("integrity", new BigDecimal("3"),
        "重要信访件未按期办结", "信访登记 2010-117")), List.of())).orElseThrow();
    e.propose(w.inspector, ProposeEvaluation.of(id, List.of(new BigDecimal("80"), new BigDecimal("85.5"))))
        .orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 30));
    e.step(w.inspector, EvaluationStep.decide(id, "同意考核结果，限期整改")).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 31));
    e.step(w.inspector, EvaluationStep.publish(id)).orElseThrow();

    int owned = w.store.riskPoints().find(p.point()).orElseThrow().owners().isPresent() ? 1 : 0;
    AnnualEvaluation done = e.queries().evaluations(w.auditor, w.land).get(0);
    assertEquals(EvaluationState.PUBLISHED, done.state());
    Scorecard card = e.queries().scorecard(w.auditor, id).orElseThrow();
    // 5 × owned; 7.5 + 7.5 × 1/3; 0; 40 × 1/2; 20 − 2 overdue − 3 deducted; 10
    assertEquals(new BigDecimal("55.00").add(BigDecimal.valueOf(5L * owned)), card.office());
    assertTrue(card.items().get(4).rationale().contains("重要信访件未按期办结"), "the deduction names its case");
    assertEquals(Optional.of(new BigDecimal("82.75")), card.leaders());
    BigDecimal composite = new BigDecimal("49.50").add(card.office().multiply(new BigDecimal("0.4")))
        .setScale(2, java.math.RoundingMode.HALF_UP);
    assertEquals(Optional.of(composite), card.composite(), "16.4 + 0.4 × office + 33.1");
    EvaluationDecision d = done.decision().orElseThrow();
    assertEquals(composite, d.total());
    assertEquals(Band.FAIL, d.band());
    assertEquals("不合格", d.label());
    org.lianfang.organization.Unit bureau = w.store.units().find(w.land).orElseThrow();
    assertEquals(List.of(new LeadershipResult(w.land, bureau.code(), bureau.name(), Year.of(2010), composite,
        Band.FAIL, "不合格", List.of(w.zhang))), e.queries().results(w.auditor, w.city, Year.of(2010)),
        "the director leads the bureau on the day decided; the planning bureau has no evaluation");
    assertEquals(List.of("evaluation.self-assessed", "evaluation.inspected", "evaluation.proposed",
        "evaluation.decided", "evaluation.published"), w.store.journal().read(w.land, before + 1, 100).stream()
        .map(JournalEntry::eventType).toList());
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    year(w);
    EvaluationArea e = w.lianfang.evaluation();
    w.clock.setDay(LocalDate.of(2010, 12, 28));
    AnnualEvaluationId assessed = e.selfAssess(w.landLeader, new SelfAssessYear(w.land, Year.of(2010), selfScores(),
        "自评")).orElseThrow();
    AnnualEvaluationId inspected = e.selfAssess(w.planningLeader, new SelfAssessYear(w.planning, Year.of(2010),
        selfScores(), "自评")).orElseThrow();
    e.inspect(w.inspector, InspectEvaluation.of(inspected, List.of(), List.of())).orElseThrow();
    List<BigDecimal> tooMuch = new ArrayList<>(selfScores());
    tooMuch.set(0, new BigDecimal("5.01"));
    List<BigDecimal> negative = new ArrayList<>(selfScores());
    negative.set(2, new BigDecimal("-1"));
    List<BadInput> bad = List.of(
        new BadInput("a score too few", x -> assess(x, new SelfAssessYear(x.land, Year.of(2009), selfScores()
            .subList(0, 5), "自评")), Refusal.Code.INVALID_INPUT, "items", "6 个项目"),
        new BadInput("a score over its weight", x -> assess(x, new SelfAssessYear(x.land, Year.of(2009), tooMuch,
            "自评")), Refusal.Code.INVALID_INPUT, "items[0]", "满分 5 分"),
        new BadInput("a negative score", x -> assess(x, new SelfAssessYear(x.land, Year.of(2009), negative, "自评")),
            Refusal.Code.INVALID_INPUT, "items[2]", "自评分"),
        new BadInput("a year not begun", x -> assess(x, new SelfAssessYear(x.land, Year.of(2011), selfScores(),
            "自评")), Refusal.Code.INVALID_INPUT, "year", "尚未开始"),
        new BadInput("a year assessed already", x -> assess(x, new SelfAssessYear(x.land, Year.of(2010),
            selfScores(), "自评")), Refusal.Code.INVALID_INPUT, "year", "已有 2010"),
        new BadInput("a blank summary", x -> assess(x, new SelfAssessYear(x.land, Year.of(2009), selfScores(),
            "\u3000")), Refusal.Code.INVALID_INPUT, "summary", "自评情况"),
        new BadInput("a deduction of no item", x -> x.lianfang.evaluation().inspect(x.inspector,
            InspectEvaluation.of(assessed, List.of(new DeductionInput("honesty", BigDecimal.ONE, "？", "？")),
                List.of())), Refusal.Code.INVALID_INPUT, "deductions[0].item", "没有该项目"),
        new BadInput("a deduction of nothing", x -> x.lianfang.evaluation().inspect(x.inspector,
            InspectEvaluation.of(assessed, List.of(new DeductionInput("integrity", BigDecimal.ZERO, "？", "？")),
                List.of())), Refusal.Code.INVALID_INPUT, "deductions[0].points", "扣分分值"),
        new BadInput("no leader's score", x -> x.lianfang.evaluation().propose(x.inspector,
            ProposeEvaluation.of(inspected, List.of())), Refusal.Code.INVALID_INPUT, "leaders", "领导评分"),
        new BadInput("a leader's score over 100", x -> x.lianfang.evaluation().propose(x.inspector,
            ProposeEvaluation.of(inspected, List.of(new BigDecimal("100.01")))), Refusal.Code.INVALID_INPUT,
            "leaders[0]", "领导评分"),
        new BadInput("a decision before the leaders' scores", x -> x.lianfang.evaluation().step(x.inspector,
            EvaluationStep.decide(inspected, "同意")), Refusal.Code.ILLEGAL_TRANSITION, null, "已考核"),
        new BadInput("a decision before an inspection", x -> x.lianfang.evaluation().step(x.inspector,
            EvaluationStep.decide(assessed, "同意")), Refusal.Code.ILLEGAL_TRANSITION, null, "已自评"),
        new BadInput("a decision without remarks", x -> x.lianfang.evaluation().step(x.inspector,
            new EvaluationStep(inspected, false, Optional.empty(), OptionalLong.empty())), Refusal.Code.INVALID_INPUT,
            "remarks", "审定须附意见"),
        new BadInput("a publication with remarks", x -> x.lianfang.evaluation().step(x.inspector,
            new EvaluationStep(inspected, true, Optional.of("公布"), OptionalLong.empty())),
            Refusal.Code.INVALID_INPUT, "remarks", "公布不附"),
        new BadInput("an unknown evaluation", x -> x.lianfang.evaluation().step(x.inspector,
            EvaluationStep.publish(new AnnualEvaluationId(UUID.randomUUID()))), Refusal.Code.UNKNOWN_REFERENCE, null,
            "年度考核"),
        new BadInput("an expected version the store no longer has", x -> x.lianfang.evaluation().inspect(x.inspector,
            new InspectEvaluation(assessed, List.of(), List.of(), OptionalLong.of(7))), Refusal.Code.STALE, null,
            "第 7 版"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  /**
   * S-11: a unit never scores itself beyond its self-assessment. Its leader assesses it; the city's discipline body
   * may not (it evaluates from above), nor a section head, a post holder or an auditor; the bureau's leader, a
   * discipline inspector whose grant is on the bureau itself, and one person who leads the bureau and sits on the
   * city's discipline body may not inspect, propose or decide its evaluation — only the body above; the other bureau's
   * leader and the public learn nothing of it.
   *
   * @param w a world
   */
  public static void s11_aUnitAssessesItselfAndOnlyTheBodyAboveEvaluatesIt(World w) {
    EvaluationArea e = w.lianfang.evaluation();
    SelfAssessYear good = new SelfAssessYear(w.land, Year.of(2010), selfScores(), "自评");
    State empty = State.of(w);
    for (Actor other : List.of(w.inspector, w.sectionHead, w.approverHolder, w.auditor)) {
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(e.selfAssess(other, good)).code(), other.id());
    }
    assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(e.selfAssess(w.planningLeader, good)).code());
    assertEquals(empty, State.of(w));
    AnnualEvaluationId id = e.selfAssess(w.landLeader, good).orElseThrow();
    Actor ownBody = Actor.of("land-inspector", "国土局纪检组", List.of(Role.DISCIPLINE_INSPECTOR), List.of(w.land));
    State before = State.of(w);
    Actor both = Actor.granted("both", "局长兼市纪委委员", List.of(org.lianfang.Grant.of(Role.UNIT_LEADER, w.land),
        org.lianfang.Grant.of(Role.DISCIPLINE_INSPECTOR, w.city)));
    for (Actor own : List.of(w.landLeader, ownBody, both)) {
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(e.inspect(own, InspectEvaluation.of(id, List.of(),
          List.of()))).code(), own.id());
    }
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(e.inspect(outside, InspectEvaluation.of(id, List.of(),
          List.of()))).code(), outside.id());
      assertEquals(List.of(), e.queries().evaluations(outside, w.land));
    }
    assertEquals(before, State.of(w));
    assertTrue(e.inspect(w.inspector, InspectEvaluation.of(id, List.of(), List.of())).isAccepted());
  }

  private static Outcome<AnnualEvaluationId> assess(World w, SelfAssessYear c) {
    return w.lianfang.evaluation().selfAssess(w.landLeader, c);
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
