package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.checks.ChecksArea;
import org.lianfang.application.checks.DraftSelfCheck;
import org.lianfang.application.checks.MonthlyCheckStep;
import org.lianfang.application.checks.RecordMonthlyCheck;
import org.lianfang.application.checks.ReviseSelfCheck;
import org.lianfang.application.checks.RowInput;
import org.lianfang.application.checks.SelfCheckStep;
import org.lianfang.application.checks.SelfCheckText;
import org.lianfang.checks.HalfYear;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.checks.SelfCheckAction;
import org.lianfang.checks.SelfCheckFigures;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SelfCheckReportId;
import org.lianfang.checks.SelfCheckState;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.DueItem;

/**
 * Half-year self-checks (issue 13, P-12, P-23) as scenarios on a {@link World}, run on the in-memory store and on
 * every database: the land bureau drafts, rewrites and submits its self-check of 2010's second half, its figures read
 * from its records that day, and the city acknowledges it; the tick reminds of a self-check and says once that it is
 * overdue; bad input refused naming the field and the rule in both languages with state, journal and outbox
 * unchanged; the unit writes, the unit above acknowledges.
 */
public final class SelfCheckScenarios {
  private SelfCheckScenarios() {}

  /** What a refusal must leave unchanged: every unit's self-checks and journal, and the outbox. */
  record State(List<SelfCheckReport> reports, List<JournalEntry> journal, long outbox) {
    static State of(World w) {
      List<SelfCheckReport> rs = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        rs.addAll(w.store.selfCheckReports().inUnit(u));
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(rs, js, w.store.outbox().size());
    }
  }

  /** @return a self-check's five sections in the bureau's words */
  public static SelfCheckText text() {
    return new SelfCheckText("月查覆盖全部审批岗位，监控类措施基本有效", "班子成员和岗位人员未发现违纪问题",
        "结果公开环节缺少复核，制度有漏洞", "九月月查发现的问题正在整改", "完善结果公开复核制度，明年一季度完成");
  }

  private static DueItem owed(World w, UnitId unit) {
    return w.store.dues().of(unit.value()).stream().filter(d -> d.what().equals(DueItem.SELF_CHECK_DUE))
        .findFirst().orElseThrow();
  }

  /**
   * P-12, P-23: a unit owes a self-check each half from the day its first measure is in force, due 15 days after the
   * half [G]. The land bureau's September check finds a measure not applied; on 12-15 the bureau drafts its
   * self-check of 2010's second half, rewrites it, and submits it on 12-20 with the figures of its records that day
   * (one check, its ratings, the item the check opened and now overdue); the deadline moves to the next half; the
   * city's discipline body acknowledges it; every step is an entry of the bureau's journal.
   *
   * @param w a world
   */
  public static void p23_aUnitsSelfCheckIsSubmittedWithItsFiguresAndAcknowledgedAbove(World w) {
    CheckScenarios.Post p = CheckScenarios.Post.of(w);
    HalfYear h2 = new HalfYear(2010, 2);
    assertEquals(LocalDate.of(2011, 1, 15), owed(w, w.land).due(), "due 15 days after the half [G]");
    ChecksArea checks = w.lianfang.checks();
    MonthlyCheckId september = checks.recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver,
        YearMonth.from(w.clock.today()), w.li, List.of(CheckScenarios.none(p.ledger()),
            RowInput.full(p.publication())))).orElseThrow();
    checks.stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(september)).orElseThrow();
    checks.stepMonthlyCheck(w.inspector, MonthlyCheckStep.review(september)).orElseThrow();

    w.clock.setDay(LocalDate.of(2010, 12, 15));
    long before = w.store.journal().head(w.land).orElseThrow().sequence();
    SelfCheckReportId id = checks.draftSelfCheck(w.landLeader, new DraftSelfCheck(w.land, h2, text())).orElseThrow();
    checks.reviseSelfCheck(w.landLeader, new ReviseSelfCheck(id, Copies.with(text(), "nextSteps",
        "完善结果公开复核制度，二〇一一年一季度完成"), OptionalLong.of(1))).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 20));
    checks.stepSelfCheck(w.landLeader, SelfCheckStep.submit(id)).orElseThrow();
    assertEquals(LocalDate.of(2011, 7, 15), owed(w, w.land).due(), "the next half is owed");
    checks.stepSelfCheck(w.inspector, SelfCheckStep.acknowledge(id, "已阅；逾期整改事项须于一月底前销号"))
        .orElseThrow();

    SelfCheckReport r = checks.queries().selfChecks(w.auditor, w.land).get(0);
    assertEquals(SelfCheckState.ACKNOWLEDGED, r.state());
    assertEquals("完善结果公开复核制度，二〇一一年一季度完成", r.sections().nextSteps());
    assertEquals(new SelfCheckFigures(LocalDate.of(2010, 12, 20), 1, 1, 0, 1, 1, 0, 1, 0, 0), r.figures()
        .orElseThrow(), "one check, one FULL and one NONE, the item it opened, overdue since its 30 days passed");
    assertEquals(List.of("self-check.drafted", "self-check.revised", "self-check.submitted",
        "self-check.acknowledged"), w.store.journal().read(w.land, before + 1, 100).stream()
        .map(JournalEntry::eventType).toList());
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
  }

  /**
   * P-23, decision 5: the tick reminds the unit's leaders of a self-check on the reminder policy's days and says once
   * that it is overdue; the deadline then comes back for the next half.
   *
   * @param w a world
   */
  public static void p23_aMissedSelfCheckIsSaidOnceAndTheNextHalfIsOwed(World w) {
    CheckScenarios.Post.of(w);
    assertEquals(List.of("self-check.due.due@unit-leaders"), tick(w, LocalDate.of(2011, 1, 12)), "three days left");
    assertEquals(List.of("self-check.due.overdue@unit-leaders"), tick(w, LocalDate.of(2011, 1, 16)));
    assertEquals(List.of(), tick(w, LocalDate.of(2011, 1, 17)), "said once");
    assertEquals(LocalDate.of(2011, 7, 15), owed(w, w.land).due(), "the next half is owed");
  }

  private static List<String> tick(World w, LocalDate day) {
    w.clock.setDay(day);
    w.lianfang.schedule().tick(w.clock.instant());
    return w.deliver().stream().filter(n -> n.kind().startsWith("self-check."))
        .map(n -> n.kind() + "@" + n.recipient().substring(0, n.recipient().indexOf(':'))).sorted().toList();
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    ChecksArea checks = w.lianfang.checks();
    HalfYear h2 = new HalfYear(2010, 2);
    SelfCheckReportId draft = checks.draftSelfCheck(w.landLeader, new DraftSelfCheck(w.land, h2, text()))
        .orElseThrow();
    SelfCheckReportId submitted = checks.draftSelfCheck(w.inspector, new DraftSelfCheck(w.planning, h2, text()))
        .orElseThrow();
    checks.stepSelfCheck(w.inspector, SelfCheckStep.submit(submitted)).orElseThrow();
    SelfCheckReportId city = checks.draftSelfCheck(w.inspector, new DraftSelfCheck(w.city, h2, text()))
        .orElseThrow();
    checks.stepSelfCheck(w.inspector, SelfCheckStep.submit(city)).orElseThrow();
    List<BadInput> bad = List.of(
        new BadInput("a half not yet begun", x -> draft(x, new DraftSelfCheck(x.land, new HalfYear(2011, 1),
            text())), Refusal.Code.INVALID_INPUT, "half", "尚未开始"),
        new BadInput("a half reported already", x -> draft(x, new DraftSelfCheck(x.land, h2, text())),
            Refusal.Code.INVALID_INPUT, "half", "已有 2010-H2"),
        new BadInput("a blank section", x -> draft(x, new DraftSelfCheck(x.land, new HalfYear(2010, 1),
            Copies.with(text(), "effect", "\u3000"))), Refusal.Code.INVALID_INPUT, "text.effect", "防控措施实效"),
        new BadInput("a section past 4,000 characters", x -> draft(x, new DraftSelfCheck(x.land, new HalfYear(2010,
            1), Copies.with(text(), "ruleGaps", "漏".repeat(4001)))), Refusal.Code.INVALID_INPUT, "text.ruleGaps",
            "制度漏洞"),
        new BadInput("no text", x -> draft(x, new DraftSelfCheck(x.land, new HalfYear(2010, 1), null)),
            Refusal.Code.INVALID_INPUT, "text", "自查报告内容"),
        new BadInput("remarks to submit", x -> step(x, x.landLeader, new SelfCheckStep(draft, SelfCheckAction.SUBMIT,
            Optional.of("请确认"), OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "remarks", "报送不附"),
        new BadInput("an acknowledgement without remarks", x -> step(x, x.inspector, new SelfCheckStep(submitted,
            SelfCheckAction.ACKNOWLEDGE, Optional.empty(), OptionalLong.empty())), Refusal.Code.INVALID_INPUT,
            "remarks", "确认须附意见"),
        new BadInput("a draft acknowledged", x -> step(x, x.inspector, SelfCheckStep.acknowledge(draft, "已阅")),
            Refusal.Code.ILLEGAL_TRANSITION, null, "起草中"),
        new BadInput("a submitted report rewritten", x -> x.lianfang.checks().reviseSelfCheck(x.inspector,
            new ReviseSelfCheck(submitted, text(), OptionalLong.empty())), Refusal.Code.ILLEGAL_TRANSITION, null,
            "不能修改"),
        new BadInput("the city's report, with no unit above", x -> step(x, x.inspector,
            SelfCheckStep.acknowledge(city, "已阅")), Refusal.Code.RULE_VIOLATED, null, "没有上级单位"),
        new BadInput("an unknown report", x -> step(x, x.inspector, SelfCheckStep.submit(new SelfCheckReportId(
            UUID.randomUUID()))), Refusal.Code.UNKNOWN_REFERENCE, null, "自查报告"),
        new BadInput("an expected version the store no longer has", x -> step(x, x.landLeader, new SelfCheckStep(
            draft, SelfCheckAction.SUBMIT, Optional.empty(), OptionalLong.of(7))), Refusal.Code.STALE, null,
            "第 7 版"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  /**
   * P-12: the unit's leader (or the discipline body) writes and submits its self-check; a section head, a post holder
   * and an auditor may not; the unit itself may not acknowledge it, the unit above does; the other bureau's leader and
   * the public learn nothing of it; an auditor reads it.
   *
   * @param w a world
   */
  public static void p12_theUnitWritesItsSelfCheckAndTheUnitAboveAcknowledgesIt(World w) {
    ChecksArea checks = w.lianfang.checks();
    DraftSelfCheck good = new DraftSelfCheck(w.land, new HalfYear(2010, 2), text());
    State empty = State.of(w);
    for (Actor insider : List.of(w.sectionHead, w.approverHolder, w.auditor)) {
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(checks.draftSelfCheck(insider, good)).code(), insider.id());
    }
    assertEquals(empty, State.of(w));
    SelfCheckReportId id = checks.draftSelfCheck(w.landLeader, good).orElseThrow();
    checks.stepSelfCheck(w.landLeader, SelfCheckStep.submit(id)).orElseThrow();
    State before = State.of(w);
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(checks.stepSelfCheck(w.landLeader,
        SelfCheckStep.acknowledge(id, "自己确认"))).code(), "a unit does not acknowledge its own self-check");
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(checks.stepSelfCheck(w.auditor,
        SelfCheckStep.acknowledge(id, "已阅"))).code());
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(checks.stepSelfCheck(outside,
          SelfCheckStep.acknowledge(id, "已阅"))).code(), outside.id());
      assertEquals(List.of(), checks.queries().selfChecks(outside, w.land));
    }
    assertEquals(before, State.of(w));
    assertEquals(List.of(id), checks.queries().selfChecks(w.auditor, w.land).stream().map(SelfCheckReport::id)
        .toList());
    assertTrue(checks.stepSelfCheck(w.inspector, SelfCheckStep.acknowledge(id, "已阅")).isAccepted());
  }

  private static Outcome<SelfCheckReportId> draft(World w, DraftSelfCheck c) {
    return w.lianfang.checks().draftSelfCheck(w.landLeader, c);
  }

  private static Outcome<SelfCheckReportId> step(World w, Actor actor, SelfCheckStep c) {
    return w.lianfang.checks().stepSelfCheck(actor, c);
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
