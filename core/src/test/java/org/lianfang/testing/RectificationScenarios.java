package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.monitoring.IssueWarning;
import org.lianfang.application.monitoring.MonitoringArea;
import org.lianfang.application.monitoring.OpenRectification;
import org.lianfang.application.monitoring.RectificationStep;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.RectificationAction;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.RectificationState;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;

/**
 * Rectification items (issue 12, P-21) as scenarios on a {@link World}, run on the in-memory store and on every
 * database: a warning's item worked on, submitted, rejected, submitted again, verified and closed with every step
 * journaled, OVERDUE derived; bad input refused naming the field and the rule in both languages with state and journal
 * unchanged; access by role and unit tree.
 */
public final class RectificationScenarios {
  private RectificationScenarios() {}

  /** What a refusal must leave unchanged: every unit's items and journal, and the outbox. */
  record State(List<RectificationItem> items, List<JournalEntry> journal, long outbox) {
    static State of(World w) {
      List<RectificationItem> rs = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        rs.addAll(w.store.rectificationItems().inUnit(u));
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(rs, js, w.store.outbox().size());
    }
  }

  /**
   * @param w a world
   * @param warning the land bureau's warning it rectifies
   * @param point a point of the land bureau
   * @return an item for the warning, owned by 李明, due in 30 days
   */
  public static OpenRectification forWarning(World w, WarningId warning, RiskPointId point) {
    return new OpenRectification(w.land, RectificationOrigin.WARNING, Optional.of(warning),
        "部分建设用地申请超时限办理", "所有申请在承诺时限内办结", "建立办件台账，每周通报超时件，超时件由科长说明", w.li,
        w.clock.today().plusDays(30), List.of(point));
  }

  private static WarningId warning(World w, RiskPointId point, OfficialId approver) {
    return w.lianfang.monitoring().issueWarning(w.inspector, WarningScenarios.reminder(w, point, approver))
        .orElseThrow();
  }

  /**
   * P-21: a warning's rectification is one item of the unit: begun, submitted with its evidence, rejected and worked on
   * again, submitted, verified and closed (销号), each step a journal entry of the unit; OVERDUE is derived from the
   * due day until it is verified.
   *
   * @param w a world
   */
  public static void p21_aWarningsItemIsWorkedSubmittedRejectedVerifiedAndClosedEachStepJournaled(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    WarningId warning = warning(w, point, WarningScenarios.disciplineLeader(w));
    long before = w.store.journal().head(w.land).orElseThrow().sequence();
    LocalDate opened = w.clock.today();
    RectificationItemId id = m.openRectification(w.inspector, forWarning(w, warning, point)).orElseThrow();
    RectificationItem fresh = m.queries().rectificationItem(w.landLeader, id).orElseThrow();
    assertEquals(RectificationState.OPEN, fresh.state());
    assertFalse(fresh.overdue(opened.plusDays(30)), "the due day itself is not overdue");
    assertTrue(fresh.overdue(opened.plusDays(31)));

    w.clock.setDay(opened.plusDays(2));
    m.stepRectification(w.landLeader, RectificationStep.start(id)).orElseThrow();
    w.clock.setDay(opened.plusDays(20));
    m.stepRectification(w.landLeader, RectificationStep.submit(id, "办件台账（OA/2010/整改/01）")).orElseThrow();
    m.stepRectification(w.inspector, RectificationStep.reject(id, "台账未覆盖十月上旬的申请")).orElseThrow();
    assertEquals(RectificationState.IN_PROGRESS, m.queries().rectificationItem(w.auditor, id).orElseThrow().state());
    w.clock.setDay(opened.plusDays(33));
    assertTrue(m.queries().rectificationItem(w.auditor, id).orElseThrow().overdue(w.clock.today()), "P-21: overdue");
    m.stepRectification(w.landLeader, RectificationStep.submit(id, "补全后的办件台账（OA/2010/整改/02）")).orElseThrow();
    m.stepRectification(w.inspector, RectificationStep.verify(id, "抽查二十件均按时办结")).orElseThrow();
    m.stepRectification(w.inspector, RectificationStep.close(id)).orElseThrow();

    RectificationItem closed = m.queries().rectificationItem(w.auditor, id).orElseThrow();
    assertEquals(RectificationState.CLOSED, closed.state());
    assertFalse(closed.overdue(opened.plusDays(400)), "verified late, no longer overdue");
    assertEquals(Optional.of(warning), closed.terms().warning());
    assertEquals("补全后的办件台账（OA/2010/整改/02）", closed.life().submission().orElseThrow().text());
    List<String> types = w.store.journal().read(w.land, before + 1, 100).stream().map(JournalEntry::eventType)
        .toList();
    assertEquals(List.of("rectification.opened", "rectification.started", "rectification.submitted",
        "rectification.rejected", "rectification.submitted", "rectification.verified", "rectification.closed"), types);
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    OfficialId liu = WarningScenarios.disciplineLeader(w);
    WarningId warning = warning(w, point, liu);
    IssueWarning toPlanning = new IssueWarning(w.planning, Optional.empty(), Optional.empty(), List.of(),
        org.lianfang.monitoring.WarningLevel.REMINDER, org.lianfang.monitoring.WarningOrigin.OTHER, "规纪预1号",
        "规划审批超时", "说明情况", liu);
    WarningId planningWarning = m.issueWarning(w.inspector, toPlanning).orElseThrow();
    OpenRectification good = forWarning(w, warning, point);
    RectificationItemId open = m.openRectification(w.inspector, good).orElseThrow();
    List<BadInput> bad = List.of(
        new BadInput("a blank problem", x -> openIt(x, Copies.with(good, "problem", "\u3000")),
            Refusal.Code.INVALID_INPUT, "problem", "存在问题"),
        new BadInput("measures past 4,000 characters", x -> openIt(x, Copies.with(good, "measures",
            "措".repeat(4001))), Refusal.Code.INVALID_INPUT, "measures", "整改措施"),
        new BadInput("a due day in the past", x -> openIt(x, Copies.with(good, "due", x.clock.today().minusDays(1))),
            Refusal.Code.INVALID_INPUT, "due", "早于今天"),
        new BadInput("a warning's item without the warning", x -> openIt(x, Copies.with(good, "warning",
            Optional.empty())), Refusal.Code.INVALID_INPUT, "warning", "须指明"),
        new BadInput("a warning named by another origin", x -> openIt(x, Copies.with(good, "origin",
            RectificationOrigin.OTHER)), Refusal.Code.INVALID_INPUT, "warning", "只有预警整改"),
        new BadInput("another bureau's warning", x -> openIt(x, Copies.with(good, "warning",
            Optional.of(planningWarning))), Refusal.Code.INVALID_INPUT, "warning", "本单位没有该预警"),
        new BadInput("an unknown warning", x -> openIt(x, Copies.with(good, "warning",
            Optional.of(new WarningId(UUID.randomUUID())))), Refusal.Code.INVALID_INPUT, "warning", "本单位没有该预警"),
        new BadInput("a point named twice", x -> openIt(x, Copies.with(good, "points", List.of(point, point))),
            Refusal.Code.INVALID_INPUT, "points", "只能列一次"),
        new BadInput("an unknown point", x -> openIt(x, Copies.with(good, "points",
            List.of(new RiskPointId(UUID.randomUUID())))), Refusal.Code.INVALID_INPUT, "points[0]", "本单位没有"),
        new BadInput("an owner of another bureau", x -> openIt(x, Copies.with(good, "owner", x.sun)),
            Refusal.Code.UNKNOWN_REFERENCE, null, "不属于本单位或上级单位"),
        new BadInput("no due day", x -> openIt(x, Copies.with(good, "due", null)), Refusal.Code.INVALID_INPUT, "due",
            "整改时限"),
        new BadInput("a rejection the table forbids", x -> step(x, RectificationStep.reject(open, "不行")),
            Refusal.Code.ILLEGAL_TRANSITION, null, "待整改"),
        new BadInput("a submission without evidence", x -> step(x, new RectificationStep(open,
            RectificationAction.SUBMIT, Optional.empty(), OptionalLong.empty())), Refusal.Code.INVALID_INPUT,
            "remark", "整改材料"),
        new BadInput("a remark to begin", x -> step(x, new RectificationStep(open, RectificationAction.START,
            Optional.of("开始"), OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "remark", "不附说明"),
        new BadInput("blank evidence", x -> step(x, RectificationStep.submit(open, " \t")),
            Refusal.Code.INVALID_INPUT, "remark", "不能只有空白"),
        new BadInput("an unknown item", x -> step(x, RectificationStep.start(new RectificationItemId(
            UUID.randomUUID()))), Refusal.Code.UNKNOWN_REFERENCE, null, "整改事项"),
        new BadInput("an expected version the store no longer has", x -> step(x, RectificationStep.start(open)
            .expecting(7)), Refusal.Code.STALE, null, "第 7 版"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  /**
   * Access: only the discipline body opens, rejects, verifies and closes items; the unit's leader begins and submits
   * them and reads them, as an auditor reads them; a section head and a post holder do neither; another bureau's
   * leader and the public learn nothing of them.
   *
   * @param w a world
   */
  public static void onlyTheDisciplineBodyDecidesAndTheUnitWorksOnItems(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    OpenRectification good = forWarning(w, warning(w, point, WarningScenarios.disciplineLeader(w)), point);
    RectificationItemId id = m.openRectification(w.inspector, good).orElseThrow();
    for (Actor insider : List.of(w.landLeader, w.auditor, w.sectionHead, w.approverHolder)) {
      State before = State.of(w);
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(m.openRectification(insider, good)).code(), insider.id());
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(m.stepRectification(insider,
          RectificationStep.verify(id, "已整改"))).code(), insider.id());
      assertEquals(before, State.of(w));
    }
    for (Actor insider : List.of(w.auditor, w.sectionHead, w.approverHolder)) {
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(m.stepRectification(insider, RectificationStep.start(id)))
          .code(), insider.id());
    }
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      State before = State.of(w);
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(m.stepRectification(outside,
          RectificationStep.start(id))).code(), outside.id() + " learns nothing of the item (finding 12)");
      assertEquals(List.of(), m.queries().rectificationItems(outside, w.land));
      assertEquals(Optional.empty(), m.queries().rectificationItem(outside, id));
      assertEquals(before, State.of(w));
    }
    assertEquals(List.of(id), m.queries().rectificationItems(w.auditor, w.land).stream().map(RectificationItem::id)
        .toList());
    assertTrue(m.stepRectification(w.landLeader, RectificationStep.start(id)).isAccepted(), "the unit works on it");
    assertTrue(m.stepRectification(w.landLeader, RectificationStep.submit(id, "台账")).isAccepted());
  }

  private static Outcome<RectificationItemId> openIt(World w, OpenRectification c) {
    return w.lianfang.monitoring().openRectification(w.inspector, c);
  }

  private static Outcome<RectificationItemId> step(World w, RectificationStep c) {
    return w.lianfang.monitoring().stepRectification(w.inspector, c);
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
