package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.checks.ChecksArea;
import org.lianfang.application.checks.InspectionStep;
import org.lianfang.application.checks.PlanInspection;
import org.lianfang.application.checks.RecordAccountability;
import org.lianfang.application.checks.RecordFinding;
import org.lianfang.checks.Accountability;
import org.lianfang.checks.InspectionAction;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.checks.InspectionMethod;
import org.lianfang.checks.InspectionState;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.risk.RiskPointId;

/**
 * Special inspections (issue 13, S-10, P-12) as scenarios on a {@link World}, run on the in-memory store and on every
 * database: the city's discipline body inspects two bureaus, finds a problem in one, orders its rectification and
 * records who was held accountable, each record in its own unit's journal; bad input refused naming the field and the
 * rule in both languages with state, journal and outbox unchanged; only the discipline body inspects.
 */
public final class InspectionScenarios {
  private InspectionScenarios() {}

  /** What a refusal must leave unchanged: every unit's inspections, findings, items and journal, and the outbox. */
  record State(List<SpecialInspection> inspections, List<InspectionFinding> findings, List<RectificationItem> items,
      List<JournalEntry> journal, long outbox) {
    static State of(World w) {
      List<SpecialInspection> is = new ArrayList<>();
      List<InspectionFinding> fs = new ArrayList<>();
      List<RectificationItem> rs = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        is.addAll(w.store.specialInspections().inUnit(u));
        fs.addAll(w.store.inspectionFindings().inUnit(u));
        rs.addAll(w.store.rectificationItems().inUnit(u));
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(is, fs, rs, js, w.store.outbox().size());
    }
  }

  /** @param w a world @return the city's inspection of both bureaus' approvals, from today for a month */
  public static PlanInspection approvals(World w) {
    return new PlanInspection(w.city, "昆纪检〔2010〕3号", "建设用地和规划审批“权力公开透明运行”专项检查",
        List.of(w.land, w.planning), Set.of(InspectionMethod.DOCUMENTS, InspectionMethod.INTERVIEW,
            InspectionMethod.SPOT_CHECK), w.clock.today(), w.clock.today().plusDays(30));
  }

  /**
   * @param w a world
   * @param inspection the inspection
   * @param point a point of the land bureau
   * @return a finding in the land bureau, its rectification owned by 李明, due in 30 days
   */
  public static RecordFinding landFinding(World w, SpecialInspectionId inspection, RiskPointId point) {
    return new RecordFinding(inspection, w.land, "抽查二十件建设用地审批，三件未按规定公开办理结果", List.of(point),
        "审批结果全部按时公开", "建立结果公开台账，每周核对", w.li, w.clock.today().plusDays(30));
  }

  /**
   * S-10: the city's discipline body plans an inspection of two bureaus, begins it, finds a problem in the land
   * bureau and orders its rectification (an item of the bureau, origin inspection), records the official held
   * accountable (recorded, not decided), reports and closes it. The inspection's steps are the city's journal
   * entries, the finding, its item and the accountability the bureau's; every chain and record verifies.
   *
   * @param w a world
   */
  public static void s10_anInspectionFindsOrdersRectificationAndRecordsWhoWasHeldAccountable(World w) {
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    ChecksArea checks = w.lianfang.checks();
    long cityBefore = w.store.journal().head(w.city).orElseThrow().sequence();
    long landBefore = w.store.journal().head(w.land).orElseThrow().sequence();
    SpecialInspectionId id = checks.planInspection(w.inspector, approvals(w)).orElseThrow();
    checks.stepInspection(w.inspector, InspectionStep.start(id)).orElseThrow();
    w.clock.setDay(w.clock.today().plusDays(5));
    InspectionFindingId finding = checks.recordFinding(w.inspector, landFinding(w, id, point)).orElseThrow();
    checks.recordAccountability(w.inspector, new RecordAccountability(finding, w.zhao, "诫勉谈话",
        "昆纪决〔2010〕12号", w.clock.today())).orElseThrow();
    w.clock.setDay(w.clock.today().plusDays(10));
    checks.stepInspection(w.inspector, InspectionStep.report(id, "两局审批公开总体较好，国土局三件结果未公开，已责令整改"))
        .orElseThrow();
    checks.stepInspection(w.inspector, InspectionStep.close(id)).orElseThrow();

    SpecialInspection done = checks.queries().inspections(w.auditor, w.city).get(0);
    assertEquals(InspectionState.CLOSED, done.state());
    assertEquals(List.of(w.land, w.planning), done.plan().scope());
    InspectionFinding f = checks.queries().findings(w.auditor, w.land).get(0);
    assertEquals(id, f.inspection());
    assertEquals(List.of(new Accountability(w.zhao, "诫勉谈话", "昆纪决〔2010〕12号", f.recorded())),
        f.accountability());
    RectificationItem item = w.lianfang.monitoring().queries().rectificationItem(w.auditor, f.item()).orElseThrow();
    assertEquals(RectificationOrigin.INSPECTION, item.terms().origin());
    assertEquals(w.land, item.unitId(), "the item is the bureau's: one unit written per command (decision 9)");
    assertEquals(List.of(point), item.terms().points());
    assertEquals(List.of(), checks.queries().findings(w.auditor, w.planning), "nothing found in planning");

    assertEquals(List.of("inspection.planned", "inspection.started", "inspection.reported", "inspection.closed"),
        types(w, w.city, cityBefore));
    assertEquals(List.of("inspection.finding-recorded", "rectification.opened", "inspection.accountability-recorded"),
        types(w, w.land, landBefore));
    for (UnitId u : List.of(w.city, w.land)) {
      assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, u).orElseThrow().intact());
      assertTrue(w.lianfang.ledger().queries().verifyRecords(w.auditor, u).orElseThrow().intact());
    }
  }

  private static List<String> types(World w, UnitId unit, long after) {
    return w.store.journal().read(unit, after + 1, 100).stream().map(JournalEntry::eventType).toList();
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    RiskPointId planningPoint = w.lianfang.risks().identify(w.planningLeader, RiskPointFixture.aRiskPoint(w.planning)
        .onPost(w.planner).build()).orElseThrow();
    ChecksArea checks = w.lianfang.checks();
    PlanInspection good = approvals(w);
    SpecialInspectionId planned = checks.planInspection(w.inspector, good).orElseThrow();
    SpecialInspectionId landOnly = checks.planInspection(w.inspector, Copies.with(good, "scope", List.of(w.land)))
        .orElseThrow();
    checks.stepInspection(w.inspector, InspectionStep.start(landOnly)).orElseThrow();
    InspectionFindingId found = checks.recordFinding(w.inspector, landFinding(w, landOnly, point)).orElseThrow();
    LocalDate today = w.clock.today();
    SpecialInspectionId later = checks.planInspection(w.inspector, Copies.with(Copies.with(good, "from",
        today.plusDays(3)), "to", today.plusDays(9))).orElseThrow();
    List<BadInput> bad = List.of(
        new BadInput("the body's own unit in its scope", x -> plan(x, Copies.with(good, "scope", List.of(x.city))),
            Refusal.Code.INVALID_INPUT, "scope[0]", "下级单位"),
        new BadInput("an unknown unit in its scope", x -> plan(x, Copies.with(good, "scope", List.of(x.land,
            new UnitId(UUID.randomUUID())))), Refusal.Code.INVALID_INPUT, "scope[1]", "下级单位"),
        new BadInput("a unit named twice", x -> plan(x, Copies.with(good, "scope", List.of(x.land, x.land))),
            Refusal.Code.INVALID_INPUT, "scope", "只能列一次"),
        new BadInput("no unit", x -> plan(x, Copies.with(good, "scope", List.of())), Refusal.Code.INVALID_INPUT,
            "scope", "检查范围"),
        new BadInput("no method", x -> plan(x, Copies.with(good, "methods", Set.of())), Refusal.Code.INVALID_INPUT,
            "methods", "检查方式"),
        new BadInput("a last day before the first", x -> plan(x, Copies.with(good, "to", today.minusDays(1))),
            Refusal.Code.INVALID_INPUT, "to", "早于开始日期"),
        new BadInput("a last day in the past", x -> plan(x, Copies.with(Copies.with(good, "from", today.minusDays(9)),
            "to", today.minusDays(2))), Refusal.Code.INVALID_INPUT, "to", "早于今天"),
        new BadInput("a blank number", x -> plan(x, Copies.with(good, "number", " ")), Refusal.Code.INVALID_INPUT,
            "number", "部署文号"),
        new BadInput("a finding before the inspection began", x -> find(x, landFinding(x, planned, point)),
            Refusal.Code.ILLEGAL_TRANSITION, null, "已部署"),
        new BadInput("a finding in a unit outside its scope", x -> find(x, Copies.with(landFinding(x, landOnly,
            point), "unit", x.planning)), Refusal.Code.INVALID_INPUT, "unit", "不在本次专项检查范围内"),
        new BadInput("another bureau's point", x -> find(x, Copies.with(landFinding(x, landOnly, point), "points",
            List.of(planningPoint))), Refusal.Code.INVALID_INPUT, "points[0]", "本单位没有"),
        new BadInput("an owner of another bureau", x -> find(x, Copies.with(landFinding(x, landOnly, point), "owner",
            x.sun)), Refusal.Code.UNKNOWN_REFERENCE, null, "不属于本单位或上级单位"),
        new BadInput("a due day in the past", x -> find(x, Copies.with(landFinding(x, landOnly, point), "due",
            today.minusDays(1))), Refusal.Code.INVALID_INPUT, "due", "早于今天"),
        new BadInput("a report without its summary", x -> step(x, new InspectionStep(landOnly, InspectionAction.REPORT,
            Optional.empty(), OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "summary", "通报须附检查情况"),
        new BadInput("a start before its first day", x -> step(x, InspectionStep.start(later)),
            Refusal.Code.RULE_VIOLATED, null, "不能进驻"),
        new BadInput("a close the table forbids", x -> step(x, InspectionStep.close(landOnly)),
            Refusal.Code.ILLEGAL_TRANSITION, null, "检查中"),
        new BadInput("an accountability dated before the finding", x -> hold(x, new RecordAccountability(found,
            x.zhao, "诫勉谈话", "昆纪决〔2010〕1号", today.minusDays(1))), Refusal.Code.INVALID_INPUT, "day",
            "问责日期"),
        new BadInput("an accountability dated tomorrow", x -> hold(x, new RecordAccountability(found, x.zhao,
            "诫勉谈话", "昆纪决〔2010〕1号", today.plusDays(1))), Refusal.Code.INVALID_INPUT, "day", "问责日期"),
        new BadInput("an official of another bureau held", x -> hold(x, new RecordAccountability(found, x.sun,
            "诫勉谈话", "昆纪决〔2010〕1号", today)), Refusal.Code.UNKNOWN_REFERENCE, null, "不属于本单位或上级单位"),
        new BadInput("a decision's reference past 200 characters", x -> hold(x, new RecordAccountability(found,
            x.zhao, "诫勉谈话", "号".repeat(201), today)), Refusal.Code.INVALID_INPUT, "decision", "决定文号"),
        new BadInput("an unknown inspection", x -> step(x, InspectionStep.start(new SpecialInspectionId(
            UUID.randomUUID()))), Refusal.Code.UNKNOWN_REFERENCE, null, "专项检查"),
        new BadInput("an unknown finding", x -> hold(x, new RecordAccountability(new InspectionFindingId(
            UUID.randomUUID()), x.zhao, "诫勉谈话", "号", today)), Refusal.Code.UNKNOWN_REFERENCE, null, "检查发现问题"),
        new BadInput("an expected version the store no longer has", x -> step(x, new InspectionStep(planned,
            InspectionAction.START, Optional.empty(), OptionalLong.of(7))), Refusal.Code.STALE, null, "第 7 版"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  /**
   * Access: only the discipline body that inspects plans, finds and records accountability; a bureau's leader, section
   * head, post holder and even the bureau's own discipline inspector cannot see the city's inspection and may not add
   * to it; an auditor of the city sees it, is refused, and reads the inspection and its findings; the other bureau's
   * leader and the public learn nothing of them.
   *
   * @param w a world
   */
  public static void s10_onlyTheDisciplineBodyInspects(World w) {
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    ChecksArea checks = w.lianfang.checks();
    SpecialInspectionId id = checks.planInspection(w.inspector, approvals(w)).orElseThrow();
    checks.stepInspection(w.inspector, InspectionStep.start(id)).orElseThrow();
    InspectionFindingId found = checks.recordFinding(w.inspector, landFinding(w, id, point)).orElseThrow();
    State before = State.of(w);
    Actor bureauInspector = Actor.of("land-inspector", "国土局纪检组", List.of(org.lianfang.Role.DISCIPLINE_INSPECTOR),
        List.of(w.land));
    for (Actor below : List.of(w.landLeader, w.sectionHead, w.approverHolder, bureauInspector)) {
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(checks.recordFinding(below, landFinding(w, id, point)))
          .code(), below.id() + " cannot see the city's inspection");
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(checks.recordAccountability(below,
          new RecordAccountability(found, w.zhao, "诫勉谈话", "号", w.clock.today()))).code(),
          below.id() + " may not add to the city's inspection, though the finding is in its unit");
    }
    for (Actor insider : List.of(w.landLeader, w.sectionHead, w.approverHolder, w.auditor)) {
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(checks.planInspection(insider, Copies.with(Copies.with(
          approvals(w), "unit", w.land), "scope", List.of(w.land)))).code(), insider.id());
    }
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(checks.stepInspection(w.auditor, InspectionStep.report(id,
        "通报"))).code(), "an auditor of the city sees the inspection and may not step it");
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(checks.recordFinding(w.auditor, landFinding(w, id, point)))
        .code());
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(checks.recordAccountability(w.auditor,
        new RecordAccountability(found, w.zhao, "诫勉谈话", "号", w.clock.today()))).code());
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(checks.recordAccountability(outside,
          new RecordAccountability(found, w.zhao, "诫勉谈话", "号", w.clock.today()))).code(), outside.id());
      assertEquals(List.of(), checks.queries().findings(outside, w.land));
    }
    assertEquals(List.of(), checks.queries().inspections(w.visitor, w.city), "the public reads no inspection");
    assertEquals(before, State.of(w));
    assertEquals(1, checks.queries().inspections(w.auditor, w.city).size());
    assertEquals(List.of(found), checks.queries().findings(w.auditor, w.land).stream().map(InspectionFinding::id)
        .toList());
  }

  private static Outcome<SpecialInspectionId> plan(World w, PlanInspection c) {
    return w.lianfang.checks().planInspection(w.inspector, c);
  }

  private static Outcome<SpecialInspectionId> step(World w, InspectionStep c) {
    return w.lianfang.checks().stepInspection(w.inspector, c);
  }

  private static Outcome<InspectionFindingId> find(World w, RecordFinding c) {
    return w.lianfang.checks().recordFinding(w.inspector, c);
  }

  private static Outcome<InspectionFindingId> hold(World w, RecordAccountability c) {
    return w.lianfang.checks().recordAccountability(w.inspector, c);
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
