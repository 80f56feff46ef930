package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.monitoring.IssueWarning;
import org.lianfang.application.monitoring.MonitoringArea;
import org.lianfang.application.monitoring.ReplyInput;
import org.lianfang.application.monitoring.WarningStep;
import org.lianfang.application.organization.RegisterOfficial;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningAction;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.monitoring.WarningRound;
import org.lianfang.monitoring.WarningState;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;

/**
 * Warnings on the third defense line (issue 12, P-8, P-18, P-10, S-9) as scenarios on a {@link World}, run on the
 * in-memory store and on every database: issued, answered, returned, supervised, failed and escalated, verified and
 * closed with every step journaled; transferred and cancelled; bad input refused naming the field and the rule in
 * both languages with state and journal unchanged; access by role and unit tree.
 */
public final class WarningScenarios {
  private WarningScenarios() {}

  /** What a refusal must leave unchanged: every unit's warnings and journal, and the outbox. */
  record State(List<Warning> warnings, List<JournalEntry> journal, long outbox) {
    static State of(World w) {
      List<Warning> ws = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        ws.addAll(w.store.warnings().inUnit(u));
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(ws, js, w.store.outbox().size());
    }
  }

  /** @param w a world @return the city's discipline leader, who approves warnings */
  public static OfficialId disciplineLeader(World w) {
    return w.lianfang.organization().registerOfficial(w.inspector, new RegisterOfficial(w.city, "JW0001", "刘正清"))
        .orElseThrow();
  }

  /**
   * @param w a world
   * @param point a point of the approver's post
   * @param approver who approves it
   * @return a reminder to 赵磊 on the approver's post, over the point, from a report
   */
  public static IssueWarning reminder(World w, RiskPointId point, OfficialId approver) {
    return new IssueWarning(w.land, Optional.of(w.approver), Optional.of(w.zhao), List.of(point),
        WarningLevel.REMINDER, WarningOrigin.REPORT, "昆纪预〔2010〕1号",
        "群众反映审批科对部分建设用地申请超时限办理、多次要求补充材料",
        "收到通知后七日内书面说明情况，提出整改措施", approver);
  }

  private static ReplyInput reply(String n) {
    return new ReplyInput("对超时限办理问题的剖析（" + n + "）", "严格执行限时办结制度", "建立办件台账，每周通报");
  }

  /**
   * P-8, P-18: a reminder is issued with its notice and a reply due in 7 days; the subject acknowledges and replies;
   * the first reply is returned and redone; the reply is accepted and supervised; the verification fails and the
   * warning is issued again as an admonishment, due in 10 days from that day; answered, verified and closed (销号).
   * Every step is one journal entry of the unit, and the journal proves the record.
   *
   * @param w a world
   */
  public static void p8_p18_aWarningIsAnsweredEscalatedOnceVerifiedAndClosedEachStepJournaled(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    OfficialId liu = disciplineLeader(w);
    long before = w.store.journal().head(w.land).orElseThrow().sequence();
    LocalDate issued = LocalDate.of(2010, 10, 21);
    w.clock.setDay(issued);
    WarningId id = m.issueWarning(w.inspector, reminder(w, point, liu)).orElseThrow();
    Warning fresh = m.queries().warning(w.landLeader, id).orElseThrow();
    assertEquals(WarningState.ISSUED, fresh.state());
    assertEquals(issued.plusDays(7), fresh.current().replyDue(), "P-18: a reminder is answered within 7 days");
    assertFalse(fresh.replyOverdue(issued.plusDays(7)));
    assertTrue(fresh.replyOverdue(issued.plusDays(8)), "P-8: overdue answers are flagged");

    w.clock.setDay(issued.plusDays(1));
    m.stepWarning(w.landLeader, WarningStep.acknowledge(id)).orElseThrow();
    m.stepWarning(w.landLeader, WarningStep.reply(id, reply("初稿"))).orElseThrow();
    w.clock.setDay(issued.plusDays(3));
    m.stepWarning(w.inspector, WarningStep.returnReply(id, "剖析不深入，未触及制度漏洞")).orElseThrow();
    assertEquals(WarningState.READ, m.queries().warning(w.auditor, id).orElseThrow().state(), "redone");
    m.stepWarning(w.landLeader, WarningStep.reply(id, reply("修改稿"))).orElseThrow();
    m.stepWarning(w.inspector, WarningStep.accept(id, LocalDate.of(2010, 11, 5))).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 11, 5));
    m.stepWarning(w.inspector, WarningStep.failVerification(id, "抽查十件仍有三件超时")).orElseThrow();

    Warning up = m.queries().warning(w.auditor, id).orElseThrow();
    assertEquals(WarningState.ISSUED, up.state());
    assertEquals(WarningLevel.ADMONISHMENT, up.level(), "a failed verification raises the level");
    assertEquals(LocalDate.of(2010, 11, 15), up.current().replyDue(), "an admonishment is answered within 10 days");
    assertEquals(2, up.rounds().size());
    assertTrue(up.rounds().get(0).failed());

    w.clock.setDay(LocalDate.of(2010, 11, 8));
    m.stepWarning(w.landLeader, WarningStep.acknowledge(id)).orElseThrow();
    m.stepWarning(w.landLeader, WarningStep.reply(id, reply("再次"))).orElseThrow();
    m.stepWarning(w.inspector, WarningStep.accept(id, LocalDate.of(2010, 11, 30))).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 11, 30));
    m.stepWarning(w.inspector, WarningStep.verify(id, "抽查二十件均按时办结")).orElseThrow();
    m.stepWarning(w.inspector, WarningStep.close(id)).orElseThrow();

    Warning closed = m.queries().warning(w.auditor, id).orElseThrow();
    assertEquals(WarningState.CLOSED, closed.state());
    WarningRound last = closed.current();
    assertEquals(Optional.of(LocalDate.of(2010, 11, 30)), last.verification().map(WarningRound.Verification::day));
    assertEquals("严格执行限时办结制度", last.reply().orElseThrow().pledge());
    List<String> types = w.store.journal().read(w.land, before + 1, 100).stream().map(JournalEntry::eventType)
        .toList();
    assertEquals(List.of("warning.issued", "warning.acknowledged", "warning.replied", "warning.reply-returned",
        "warning.replied", "warning.reply-accepted", "warning.escalated", "warning.acknowledged", "warning.replied",
        "warning.reply-accepted", "warning.verified", "warning.closed"), types);
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
  }

  /**
   * P-10: a warning that turns out to be an actual violation is transferred, with the reason and to whom; another is
   * cancelled (摘牌) with its reason. Both end there, and nothing follows either.
   *
   * @param w a world
   */
  public static void p10_aTransferAndACancellationEachEndAWarningWithItsReason(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    OfficialId liu = disciplineLeader(w);
    WarningId transferred = m.issueWarning(w.inspector, reminder(w, point, liu)).orElseThrow();
    WarningId cancelled = m.issueWarning(w.inspector, Copies.with(reminder(w, point, liu), "number", "昆纪预〔2010〕2号"))
        .orElseThrow();
    m.stepWarning(w.landLeader, WarningStep.acknowledge(transferred)).orElseThrow();
    m.stepWarning(w.inspector, WarningStep.transfer(transferred, "发现涉嫌违纪线索，移交市纪委案件检查室")).orElseThrow();
    m.stepWarning(w.inspector, WarningStep.cancel(cancelled, "经核实反映不属实，予以摘牌")).orElseThrow();
    Warning t = m.queries().warning(w.auditor, transferred).orElseThrow();
    assertEquals(WarningState.TRANSFERRED, t.state());
    assertEquals(Optional.of("发现涉嫌违纪线索，移交市纪委案件检查室"), t.end().orElseThrow().reason());
    assertEquals(WarningState.CANCELLED, m.queries().warning(w.auditor, cancelled).orElseThrow().state());
    for (WarningAction a : WarningAction.values()) {
      assertFalse(m.stepWarning(w.inspector, new WarningStep(transferred, a, Optional.empty(), Optional.empty(),
          Optional.empty(), java.util.OptionalLong.empty())).isAccepted(), "nothing after a transfer: " + a);
    }
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    OfficialId liu = disciplineLeader(w);
    IssueWarning good = reminder(w, point, liu);
    WarningId issued = m.issueWarning(w.inspector, good).orElseThrow();
    WarningId replied = m.issueWarning(w.inspector, good).orElseThrow();
    m.stepWarning(w.landLeader, WarningStep.acknowledge(replied)).orElseThrow();
    m.stepWarning(w.landLeader, WarningStep.reply(replied, reply("一"))).orElseThrow();
    RiskPointId retired = w.draft(w.aPointOnApprover().build());
    w.lianfang.risks().retire(w.landLeader, new org.lianfang.application.risk.RetireRiskPoint(retired, "重复"))
        .orElseThrow();
    List<BadInput> bad = List.of(
        new BadInput("blank facts", x -> issue(x, Copies.with(good, "facts", " \u3000")), Refusal.Code.INVALID_INPUT,
            "facts", "预警事由"),
        new BadInput("requirements past 4,000 characters", x -> issue(x, Copies.with(good, "requirements",
            "要".repeat(4001))), Refusal.Code.INVALID_INPUT, "requirements", "整改要求"),
        new BadInput("a NUL in the number", x -> issue(x, Copies.with(good, "number", "昆纪\u0000预")),
            Refusal.Code.INVALID_INPUT, "number", "通知书文号"),
        new BadInput("no level", x -> issue(x, Copies.with(good, "level", null)), Refusal.Code.INVALID_INPUT,
            "level", "预警等级"),
        new BadInput("a point named twice", x -> issue(x, Copies.with(good, "points", List.of(point, point))),
            Refusal.Code.INVALID_INPUT, "points", "只能列一次"),
        new BadInput("an unknown point", x -> issue(x, Copies.with(good, "points",
            List.of(new RiskPointId(UUID.randomUUID())))), Refusal.Code.INVALID_INPUT, "points[0]", "本单位没有"),
        new BadInput("a retired point", x -> issue(x, Copies.with(good, "points", List.of(retired))),
            Refusal.Code.INVALID_INPUT, "points[0]", "已撤销"),
        new BadInput("another bureau's post", x -> issue(x, Copies.with(good, "post", Optional.of(x.planner))),
            Refusal.Code.UNKNOWN_REFERENCE, null, "本单位岗位"),
        new BadInput("an official of another bureau", x -> issue(x, Copies.with(good, "official",
            Optional.of(x.sun))), Refusal.Code.UNKNOWN_REFERENCE, null, "不属于本单位或上级单位"),
        new BadInput("an approver of another bureau", x -> issue(x, Copies.with(good, "approver", x.sun)),
            Refusal.Code.UNKNOWN_REFERENCE, null, "不属于本单位或上级单位"),
        new BadInput("an unknown unit", x -> issue(x, Copies.with(good, "unit", new UnitId(UUID.randomUUID()))),
            Refusal.Code.UNKNOWN_REFERENCE, null, "单位"),
        new BadInput("a verification the table forbids", x -> step(x, WarningStep.verify(issued, "已整改")),
            Refusal.Code.ILLEGAL_TRANSITION, null, "已发出"),
        new BadInput("a reply without its parts", x -> step(x, new WarningStep(issued, WarningAction.REPLY,
            Optional.empty(), Optional.empty(), Optional.empty(), java.util.OptionalLong.empty())),
            Refusal.Code.ILLEGAL_TRANSITION, null, "不能回复"),
        new BadInput("a reply with a blank pledge", x -> x.lianfang.monitoring().stepWarning(x.landLeader,
            WarningStep.reply(replied, new ReplyInput("剖析", "\t", "措施"))), Refusal.Code.INVALID_INPUT, null, "承诺"),
        new BadInput("a reply's parts with an acceptance", x -> step(x, new WarningStep(replied,
            WarningAction.ACCEPT_REPLY, Optional.of(reply("二")), Optional.empty(), Optional.of(x.clock.today()),
            java.util.OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "reply", "回复材料"),
        new BadInput("an acceptance without its deadline", x -> step(x, new WarningStep(replied,
            WarningAction.ACCEPT_REPLY, Optional.empty(), Optional.empty(), Optional.empty(),
            java.util.OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "verifyBy", "验证期限"),
        new BadInput("a verification deadline in the past", x -> step(x, WarningStep.accept(replied,
            x.clock.today().minusDays(1))), Refusal.Code.INVALID_INPUT, "verifyBy", "早于今天"),
        new BadInput("a return without its reason", x -> step(x, new WarningStep(replied, WarningAction.RETURN_REPLY,
            Optional.empty(), Optional.empty(), Optional.empty(), java.util.OptionalLong.empty())),
            Refusal.Code.INVALID_INPUT, "remark", "说明"),
        new BadInput("a cancellation with a blank reason", x -> step(x, WarningStep.cancel(issued, " ")),
            Refusal.Code.INVALID_INPUT, "remark", "不能只有空白"),
        new BadInput("a remark with a closing", x -> step(x, new WarningStep(issued, WarningAction.CLOSE,
            Optional.empty(), Optional.of("销号"), Optional.empty(), java.util.OptionalLong.empty())),
            Refusal.Code.ILLEGAL_TRANSITION, null, "不能销号"),
        new BadInput("an unknown warning", x -> step(x, WarningStep.cancel(new WarningId(UUID.randomUUID()), "无")),
            Refusal.Code.UNKNOWN_REFERENCE, null, "预警"),
        new BadInput("an expected version the store no longer has", x -> step(x, WarningStep.cancel(issued, "撤")
            .expecting(7)), Refusal.Code.STALE, null, "第 7 版"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  /**
   * Access: only the discipline body issues warnings and decides on them; the unit's leader acknowledges and answers
   * them, and reads them with an auditor; a section head and a post holder do neither; another bureau's leader and
   * the public learn nothing of them.
   *
   * @param w a world
   */
  public static void onlyTheDisciplineBodyDecidesAndTheUnitAnswers(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    IssueWarning good = reminder(w, point, disciplineLeader(w));
    WarningId id = m.issueWarning(w.inspector, good).orElseThrow();
    for (Actor insider : List.of(w.landLeader, w.auditor, w.sectionHead, w.approverHolder)) {
      State before = State.of(w);
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(m.issueWarning(insider, good)).code(), insider.id());
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(m.stepWarning(insider, WarningStep.cancel(id, "撤")))
          .code(), insider.id());
      assertEquals(before, State.of(w));
    }
    for (Actor insider : List.of(w.auditor, w.sectionHead, w.approverHolder)) {
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(m.stepWarning(insider, WarningStep.acknowledge(id))).code(),
          insider.id());
    }
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      State before = State.of(w);
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(m.stepWarning(outside, WarningStep.acknowledge(id)))
          .code(), outside.id() + " learns nothing of the warning (finding 12)");
      assertEquals(List.of(), m.queries().warnings(outside, w.land));
      assertEquals(Optional.empty(), m.queries().warning(outside, id));
      assertEquals(before, State.of(w));
    }
    assertEquals(List.of(), m.queries().warnings(w.sectionHead, w.land));
    assertEquals(List.of(id), m.queries().warnings(w.auditor, w.land).stream().map(Warning::id).toList());
    assertTrue(m.stepWarning(w.landLeader, WarningStep.acknowledge(id)).isAccepted(), "the unit answers");
  }

  private static Outcome<WarningId> issue(World w, IssueWarning c) {
    return w.lianfang.monitoring().issueWarning(w.inspector, c);
  }

  private static Outcome<WarningId> step(World w, WarningStep c) {
    return w.lianfang.monitoring().stepWarning(w.inspector, c);
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
