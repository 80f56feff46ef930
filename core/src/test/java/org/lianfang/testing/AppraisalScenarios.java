package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
import org.lianfang.application.checks.AppraisalAnswer;
import org.lianfang.application.checks.AppraisalQuestion;
import org.lianfang.application.checks.AppraisalStep;
import org.lianfang.application.checks.ChecksArea;
import org.lianfang.application.checks.PlanAppraisal;
import org.lianfang.application.checks.RecordAppraisalAnswers;
import org.lianfang.checks.AppraisalAction;
import org.lianfang.checks.AppraisalComment;
import org.lianfang.checks.AppraisalCounts;
import org.lianfang.checks.AppraisalRating;
import org.lianfang.checks.AppraisalResult;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.AppraisalScale;
import org.lianfang.checks.AppraisalState;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.RiskPointId;

/**
 * Public appraisal (issue 13, S-12, P-25) as scenarios on a {@link World}, run on the in-memory store and on every
 * database: the land bureau's December round asks about a risk point and a post on the four-level scale, collects a
 * paper tally and commented answers, the dissatisfied comment opening a rectification item due in 15 working days;
 * its analysis flags the item with 10 % dissatisfied; bad input refused naming the field and the rule in both
 * languages with state, journal and outbox unchanged; the unit's leader and the discipline body run it, a
 * respondent's contact is read only with clearance.
 */
public final class AppraisalScenarios {
  private AppraisalScenarios() {}

  /** What a refusal must leave unchanged: every unit's rounds, items and journal, and the outbox. */
  record State(List<AppraisalRound> rounds, List<RectificationItem> items, List<JournalEntry> journal, long outbox) {
    static State of(World w) {
      List<AppraisalRound> rs = new ArrayList<>();
      List<RectificationItem> is = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        rs.addAll(w.store.appraisalRounds().inUnit(u));
        is.addAll(w.store.rectificationItems().inUnit(u));
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(rs, is, js, w.store.outbox().size());
    }
  }

  /**
   * @param w a world
   * @param point a risk point of the land bureau
   * @return the bureau's December round: the point and the approver's post, owned by 李, the 6th to the 17th
   */
  public static PlanAppraisal december(World w, RiskPointId point) {
    return new PlanAppraisal(w.land, "2010 年度廉政风险防控群众评议", AppraisalScale.FOUR_LEVEL,
        LocalDate.of(2010, 12, 6), LocalDate.of(2010, 12, 17), List.of(
            AppraisalQuestion.ofPoint("审批办件是否公开透明、按时办结？", point, w.li),
            AppraisalQuestion.ofPost("审批窗口工作人员是否廉洁、热情？", w.approver, w.li)));
  }

  /**
   * P-25: a round opens on its first day; a paper tally and commented answers are recorded (a contact sealed); the
   * 不满意 with a comment opens a rectification item of the item's owner due 15 working days later (12-06 + 3 weeks),
   * naming the point; the results read 100 / 75 / 55 with 不了解 not scored; the analysis flags the item at 10 %
   * dissatisfied; the round closes; a second round, never opened, is called off; every step is an entry of the
   * bureau's journal.
   *
   * @param w a world
   */
  public static void p25_aRoundScoresItsAnswersRectifiesDissatisfactionAndFlagsItems(World w) {
    RiskPointId point = w.confirmed(w.aPointOnApprover().build());
    ChecksArea checks = w.lianfang.checks();
    w.clock.setDay(LocalDate.of(2010, 12, 1));
    long before = w.store.journal().head(w.land).orElseThrow().sequence();
    AppraisalRoundId id = checks.planAppraisal(w.landLeader, december(w, point)).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 6));
    checks.stepAppraisal(w.landLeader, AppraisalStep.open(id)).orElseThrow();
    checks.recordAppraisalAnswers(w.landLeader, RecordAppraisalAnswers.of(id, List.of(
        AppraisalAnswer.tally(0, AppraisalRating.SATISFIED, 8), AppraisalAnswer.tally(0,
            AppraisalRating.BASICALLY_SATISFIED, 1), AppraisalAnswer.tally(0, AppraisalRating.UNKNOWN, 2),
        AppraisalAnswer.commented(0, AppraisalRating.DISSATISFIED, "办件超期未说明原因，\u3000窗口也不告知进度",
            Optional.of("手机 139-0871-0000")), AppraisalAnswer.tally(1, AppraisalRating.SATISFIED, 19),
        AppraisalAnswer.commented(1, AppraisalRating.SATISFIED, "服务热情😀", Optional.empty())))).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 18));
    checks.stepAppraisal(w.inspector, AppraisalStep.analyse(id)).orElseThrow();
    checks.stepAppraisal(w.inspector, AppraisalStep.close(id, "评议结果已在局务公开栏反馈")).orElseThrow();

    AppraisalRoundId calledOff = checks.planAppraisal(w.landLeader, Copies.with(Copies.with(december(w, point),
        "from", LocalDate.of(2010, 12, 20)), "to", LocalDate.of(2010, 12, 24))).orElseThrow();
    checks.stepAppraisal(w.landLeader, AppraisalStep.close(calledOff, "年底工作安排冲突，评议取消")).orElseThrow();
    assertEquals(AppraisalState.CLOSED, checks.queries().appraisal(w.inspector, calledOff).orElseThrow().state(),
        "a round never opened is called off");

    AppraisalRound r = checks.queries().appraisal(w.inspector, id).orElseThrow();
    assertEquals(AppraisalState.CLOSED, r.state());
    assertEquals(List.of(new AppraisalCounts(0, 8, 1, 1, 0, 2), new AppraisalCounts(0, 20, 0, 0, 0, 0)),
        r.counts());
    AppraisalResult first = r.results().get(0);
    assertEquals(Optional.of(new BigDecimal("93.00")), first.score(), "(8 × 100 + 75 + 55) ÷ 10; 不了解 not scored");
    assertEquals(Optional.of(new BigDecimal("90.00")), first.satisfied());
    assertEquals(Optional.of(new BigDecimal("10.00")), first.dissatisfied());
    assertEquals(Optional.of(new BigDecimal("100.00")), r.results().get(1).score());
    assertEquals(List.of(0), r.life().flagged(), "10 % dissatisfied flags the item [G]");

    RectificationItem item = w.store.rectificationItems().inUnit(w.land).stream()
        .filter(i -> i.terms().origin() == RectificationOrigin.APPRAISAL).findFirst().orElseThrow();
    assertEquals(List.of(Optional.of(item.id()), Optional.empty()), r.comments().stream()
        .map(AppraisalComment::rectification).toList(), "the 不满意 comment opened it, the 满意 one nothing");
    assertEquals(LocalDate.of(2010, 12, 27), item.terms().due(), "15 working days from Monday 12-06");
    assertEquals(w.li, item.terms().owner());
    assertEquals(List.of(point), item.terms().points());
    assertTrue(item.terms().problem().contains("办件超期未说明原因"));
    assertEquals(Optional.of("手机 139-0871-0000"), r.comments().get(0).contact(), "in clear with clearance");
    assertEquals(32, r.comments().get(0).seal().length(), "a seal of 128 random bits");
    assertEquals(List.of("appraisal.planned", "appraisal.opened", "appraisal.answered", "rectification.opened",
        "appraisal.analysed", "appraisal.closed", "appraisal.planned", "appraisal.closed"), w.store.journal().read(w.land, before + 1, 100).stream()
        .map(JournalEntry::eventType).toList());
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    RiskPointId point = w.confirmed(w.aPointOnApprover().build());
    ChecksArea checks = w.lianfang.checks();
    w.clock.setDay(LocalDate.of(2010, 12, 1));
    AppraisalRoundId planned = checks.planAppraisal(w.landLeader, december(w, point)).orElseThrow();
    AppraisalRoundId open = checks.planAppraisal(w.landLeader, Copies.with(december(w, point), "from",
        LocalDate.of(2010, 12, 1))).orElseThrow();
    checks.stepAppraisal(w.landLeader, AppraisalStep.open(open)).orElseThrow();
    PlanAppraisal good = december(w, point);
    AppraisalQuestion q = good.items().get(0);
    List<BadInput> bad = List.of(
        new BadInput("an item about two things", x -> plan(x, Copies.with(good, "items", List.of(new
            AppraisalQuestion(q.question(), q.point(), Optional.of(x.approver), Optional.empty(), q.owner())))),
            Refusal.Code.INVALID_INPUT, "items[0]", "只须指明一个"),
        new BadInput("another bureau's post", x -> plan(x, Copies.with(good, "items", List.of(q,
            AppraisalQuestion.ofPost("？", x.planner, x.li)))), Refusal.Code.INVALID_INPUT, "items[1].post",
            "本单位没有该岗位"),
        new BadInput("an unknown point", x -> plan(x, Copies.with(good, "items", List.of(AppraisalQuestion.ofPoint(
            "？", new RiskPointId(UUID.randomUUID()), x.li)))), Refusal.Code.INVALID_INPUT, "items[0].point",
            "风险点"),
        new BadInput("an owner of the other bureau", x -> plan(x, Copies.with(good, "items", List.of(
            AppraisalQuestion.ofPost("？", x.approver, x.sun)))), Refusal.Code.INVALID_INPUT, "items[0].owner",
            "整改责任人"),
        new BadInput("no item", x -> plan(x, Copies.with(good, "items", List.of())), Refusal.Code.INVALID_INPUT,
            "items", "评议事项"),
        new BadInput("a blank title", x -> plan(x, Copies.with(good, "title", "\u3000")), Refusal.Code.INVALID_INPUT,
            "title", "评议名称"),
        new BadInput("a last day before the first", x -> plan(x, Copies.with(good, "to", LocalDate.of(2010, 12, 5))),
            Refusal.Code.INVALID_INPUT, "to", "早于开始日期"),
        new BadInput("a last day past", x -> plan(x, Copies.with(Copies.with(good, "from", LocalDate.of(2010, 11,
            1)), "to", LocalDate.of(2010, 11, 30))), Refusal.Code.INVALID_INPUT, "to", "已过"),
        new BadInput("answers to a round not yet open", x -> answer(x, planned, AppraisalAnswer.tally(0,
            AppraisalRating.SATISFIED, 1)), Refusal.Code.ILLEGAL_TRANSITION, null, "已部署"),
        new BadInput("an item the round does not ask", x -> answer(x, open, AppraisalAnswer.tally(2,
            AppraisalRating.SATISFIED, 1)), Refusal.Code.INVALID_INPUT, "answers[0].item", "只有 2 个事项"),
        new BadInput("a rating off the scale", x -> answer(x, open, AppraisalAnswer.tally(0,
            AppraisalRating.VERY_SATISFIED, 1)), Refusal.Code.INVALID_INPUT, "answers[0].rating", "不在本轮"),
        new BadInput("a comment for many", x -> answer(x, open, new AppraisalAnswer(0, AppraisalRating.DISSATISFIED,
            3, Optional.of("太慢"), Optional.empty())), Refusal.Code.INVALID_INPUT, "answers[0].count", "只计一人"),
        new BadInput("a contact without a comment", x -> answer(x, open, new AppraisalAnswer(0,
            AppraisalRating.SATISFIED, 1, Optional.empty(), Optional.of("139")), AppraisalAnswer.tally(0,
            AppraisalRating.SATISFIED, 1)), Refusal.Code.INVALID_INPUT, "answers[0].contact", "联系方式"),
        new BadInput("a blank comment", x -> answer(x, open, AppraisalAnswer.tally(1, AppraisalRating.SATISFIED, 4),
            AppraisalAnswer.commented(0, AppraisalRating.DISSATISFIED, " \n", Optional.empty())),
            Refusal.Code.INVALID_INPUT, "answers[1].comment", "意见"),
        new BadInput("no count", x -> answer(x, open, AppraisalAnswer.tally(0, AppraisalRating.SATISFIED, 0)),
            Refusal.Code.INVALID_INPUT, "answers[0].count", "人数"),
        new BadInput("more answers than a count holds", x -> answer(x, open, java.util.Collections.nCopies(2148,
            AppraisalAnswer.tally(0, AppraisalRating.SATISFIED, 1_000_000)).toArray(AppraisalAnswer[]::new)),
            Refusal.Code.INVALID_INPUT, "answers[2147].count", "累计超过"),
        new BadInput("remarks to open", x -> step(x, new AppraisalStep(planned, AppraisalAction.OPEN,
            Optional.of("开始"), OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "remarks", "只有结束评议"),
        new BadInput("opened before its first day", x -> step(x, AppraisalStep.open(planned)),
            Refusal.Code.RULE_VIOLATED, null, "征集期"),
        new BadInput("a round closed before its analysis", x -> step(x, AppraisalStep.close(open, "已反馈")),
            Refusal.Code.ILLEGAL_TRANSITION, null, "征集中"),
        new BadInput("an unknown round", x -> step(x, AppraisalStep.analyse(new AppraisalRoundId(UUID.randomUUID()))),
            Refusal.Code.UNKNOWN_REFERENCE, null, "群众评议"),
        new BadInput("an expected version the store no longer has", x -> step(x, new AppraisalStep(open,
            AppraisalAction.ANALYSE, Optional.empty(), OptionalLong.of(7))), Refusal.Code.STALE, null, "第 7 版"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  /**
   * P-25, P-11: the unit's leader and the discipline body run a round; a section head, a post holder and an auditor
   * may not; the other bureau's leader and the public learn nothing of it; a respondent's contact is read in clear only
   * by those cleared to read sealed identities (the discipline body), sealed for the leader and the auditor, and never
   * in the journal.
   *
   * @param w a world
   */
  public static void p25_p11_theUnitRunsItsRoundAndARespondentsContactIsSealed(World w) {
    RiskPointId point = w.confirmed(w.aPointOnApprover().build());
    ChecksArea checks = w.lianfang.checks();
    w.clock.setDay(LocalDate.of(2010, 12, 6));
    PlanAppraisal good = december(w, point);
    State empty = State.of(w);
    for (Actor insider : List.of(w.sectionHead, w.approverHolder, w.auditor)) {
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(checks.planAppraisal(insider, good)).code(), insider.id());
    }
    assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(checks.planAppraisal(w.planningLeader, good)).code());
    assertEquals(empty, State.of(w));
    AppraisalRoundId id = checks.planAppraisal(w.landLeader, good).orElseThrow();
    checks.stepAppraisal(w.landLeader, AppraisalStep.open(id)).orElseThrow();
    String contact = "微信 lf-评议人-0871";
    checks.recordAppraisalAnswers(w.landLeader, RecordAppraisalAnswers.of(id, List.of(AppraisalAnswer.commented(1,
        AppraisalRating.BASICALLY_SATISFIED, "希望缩短办理时限", Optional.of(contact))))).orElseThrow();
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(checks.stepAppraisal(outside,
          AppraisalStep.analyse(id))).code(), outside.id());
      assertEquals(List.of(), checks.queries().appraisals(outside, w.land));
      assertEquals(Optional.empty(), checks.queries().appraisal(outside, id));
    }
    assertEquals(Optional.of(contact), checks.queries().appraisal(w.inspector, id).orElseThrow().comments().get(0)
        .contact());
    for (Actor uncleared : List.of(w.landLeader, w.auditor)) {
      AppraisalComment seen = checks.queries().appraisals(uncleared, w.land).get(0).comments().get(0);
      assertEquals(Optional.of(NoticeComment.SEALED), seen.contact(), uncleared.id());
      assertEquals("", seen.seal());
      assertEquals("希望缩短办理时限", seen.text(), "the comment itself is no identity");
    }
    assertFalse(w.store.journal().read(w.land, 1, 100_000).stream().anyMatch(e -> e.payload().contains("lf-评议人")),
        "never in the journal");
  }

  private static Outcome<AppraisalRoundId> plan(World w, PlanAppraisal c) {
    return w.lianfang.checks().planAppraisal(w.landLeader, c);
  }

  private static Outcome<AppraisalRoundId> answer(World w, AppraisalRoundId round, AppraisalAnswer... answers) {
    return w.lianfang.checks().recordAppraisalAnswers(w.landLeader, RecordAppraisalAnswers.of(round,
        List.of(answers)));
  }

  private static Outcome<AppraisalRoundId> step(World w, AppraisalStep c) {
    return w.lianfang.checks().stepAppraisal(w.landLeader, c);
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
