package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.control.CommitmentStep;
import org.lianfang.application.control.ControlArea;
import org.lianfang.application.control.ProposeCommitment;
import org.lianfang.control.BreachReport;
import org.lianfang.control.BreachRung;
import org.lianfang.control.CommitmentAction;
import org.lianfang.control.CommitmentDimension;
import org.lianfang.control.CommitmentState;
import org.lianfang.control.PublicCommitment;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.control.Verdict;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;

/**
 * Service commitments on the second defense line (issue 11, P-17, S-8, S-15) as scenarios on a {@link World}, run on
 * the in-memory store and on every database: 审诺 → 公示 → 践诺 → 评诺 with every step journaled; the breach ladder
 * of a holder's year; the public view; bad input refused naming the field and the rule in both languages with state
 * and journal unchanged; access by role and unit tree.
 */
public final class CommitmentScenarios {
  private CommitmentScenarios() {}

  /**
   * @param w a world
   * @param holder the holder
   * @return the approver's commitment to settle each application within 5 working days, for the rest of 2010
   */
  public static ProposeCommitment fiveDays(World w, OfficialId holder) {
    return new ProposeCommitment(w.land, CommitmentDimension.TIME_LIMIT, "建设用地审批承诺件限时办结",
        "材料齐全的申请 5 个工作日内办结，逾期即为违诺", Optional.of(5), holder, Optional.of(w.approver),
        w.clock.today(), LocalDate.of(2010, 12, 31));
  }

  /** What a refusal must leave unchanged: every unit's commitments and journal. */
  record State(List<ServiceCommitment> commitments, List<JournalEntry> journal) {
    static State of(World w) {
      List<ServiceCommitment> cs = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        cs.addAll(w.store.serviceCommitments().inUnit(u));
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(cs, js);
    }
  }

  /** Proposes, reviews, publishes and starts a commitment, each a day after the last; returns it in progress. */
  static ServiceCommitmentId inProgress(World w, ProposeCommitment c) {
    ControlArea control = w.lianfang.control();
    ServiceCommitmentId id = control.proposeCommitment(w.landLeader, c).orElseThrow();
    for (CommitmentAction a : List.of(CommitmentAction.REVIEW, CommitmentAction.PUBLISH, CommitmentAction.START)) {
      w.clock.setDay(w.clock.today().plusDays(1));
      control.stepCommitment(w.landLeader, CommitmentStep.of(id, a)).orElseThrow();
    }
    return id;
  }

  /**
   * P-17: a commitment goes through 审诺, 公示 and 践诺 to 评诺, each step a journal entry of the unit, and the journal
   * proves the record; the public reads it once published, with its verdict and what was said in public.
   *
   * @param w a world
   */
  public static void p17_s8_aCommitmentIsReviewedPublishedKeptAndJudgedEachStepJournaled(World w) {
    ControlArea control = w.lianfang.control();
    long before = w.store.journal().head(w.land).orElseThrow().sequence();
    ServiceCommitmentId id = control.proposeCommitment(w.landLeader, fiveDays(w, w.zhao)).orElseThrow();
    assertEquals(List.of(), control.queries().publicCommitments(w.visitor, w.land), "not before 公示");
    w.clock.setDay(w.clock.today().plusDays(1));
    control.stepCommitment(w.landLeader, CommitmentStep.of(id, CommitmentAction.REVIEW)).orElseThrow();
    control.stepCommitment(w.inspector, CommitmentStep.of(id, CommitmentAction.PUBLISH)).orElseThrow();
    List<PublicCommitment> seen = control.queries().publicCommitments(w.visitor, w.land);
    assertEquals(1, seen.size());
    assertEquals("赵磊", seen.get(0).holderName());
    assertEquals(Optional.of(5), seen.get(0).terms().timeLimitDays());
    control.stepCommitment(w.landLeader, CommitmentStep.of(id, CommitmentAction.START)).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 31));
    control.stepCommitment(w.landLeader, CommitmentStep.evaluate(id, Verdict.BROKEN_EXCUSED,
        Optional.of("系统升级停机三日，已在服务大厅公告说明"))).orElseThrow();

    ServiceCommitment c = control.queries().commitments(w.auditor, w.land).get(0);
    assertEquals(CommitmentState.EVALUATED, c.state());
    assertEquals(Optional.of(Verdict.BROKEN_EXCUSED), c.life().verdict());
    assertEquals(Optional.of(LocalDate.of(2010, 12, 31)), c.life().ended());
    assertEquals(Optional.of("系统升级停机三日，已在服务大厅公告说明"),
        control.queries().publicCommitments(w.visitor, w.land).get(0).life().explanation(), "explained in public");
    assertEquals(List.of(), control.queries().breachLadder(w.auditor, w.city, Year.of(2010)).rows(),
        "an excused breach is no breach");
    List<String> types = w.store.journal().read(w.land, before + 1, 100).stream().map(JournalEntry::eventType)
        .toList();
    assertEquals(List.of("commitment.proposed", "commitment.reviewed", "commitment.published",
        "commitment.started", "commitment.evaluated"), types);
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
  }

  /**
   * P-17: the breach ladder. 赵磊 breaks three commitments without excuse in 2010 and keeps one: the first brings 诫勉教育,
   * the second and third 效能告诫, and two 告诫 make him 不称职. 王芳 breaks one: 诫勉教育 only. A breach judged in 2011
   * counts in 2011.
   *
   * @param w a world
   */
  public static void p17_theBreachLadderCountsEachHoldersBreachesInTheYear(World w) {
    List<ServiceCommitmentId> zhao = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      zhao.add(inProgress(w, fiveDays(w, w.zhao)));
    }
    ServiceCommitmentId wang = inProgress(w, Copies.with(fiveDays(w, w.wang), "post", Optional.<PostId>empty()));
    ServiceCommitmentId late = inProgress(w, Copies.with(fiveDays(w, w.wang), "until", LocalDate.of(2011, 3, 31)));
    ControlArea control = w.lianfang.control();
    w.clock.setDay(LocalDate.of(2010, 11, 1));
    control.stepCommitment(w.landLeader, CommitmentStep.evaluate(zhao.get(0), Verdict.BROKEN, Optional.empty()))
        .orElseThrow();
    control.stepCommitment(w.landLeader, CommitmentStep.evaluate(zhao.get(1), Verdict.KEPT, Optional.empty()))
        .orElseThrow();
    control.stepCommitment(w.landLeader, CommitmentStep.evaluate(wang, Verdict.BROKEN,
        Optional.of("逾期两日，已向申请人致歉"))).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 1));
    control.stepCommitment(w.landLeader, CommitmentStep.evaluate(zhao.get(2), Verdict.BROKEN, Optional.empty()))
        .orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 20));
    control.stepCommitment(w.inspector, CommitmentStep.evaluate(zhao.get(3), Verdict.BROKEN, Optional.empty()))
        .orElseThrow();
    w.clock.setDay(LocalDate.of(2011, 1, 5));
    control.stepCommitment(w.inspector, CommitmentStep.evaluate(late, Verdict.BROKEN, Optional.empty()))
        .orElseThrow();

    BreachReport y2010 = control.queries().breachLadder(w.auditor, w.city, Year.of(2010));
    assertEquals(List.of("赵磊", "王芳"), y2010.rows().stream().map(BreachReport.Row::holderName).toList());
    BreachReport.Row zhaoRow = y2010.rows().get(0);
    assertEquals(List.of(BreachRung.ADMONITION, BreachRung.EFFICIENCY_WARNING, BreachRung.EFFICIENCY_WARNING),
        zhaoRow.rungs().breaches().stream().map(b -> b.rung()).toList());
    assertEquals(List.of(zhao.get(0), zhao.get(2), zhao.get(3)),
        zhaoRow.rungs().breaches().stream().map(b -> b.commitment()).toList());
    assertTrue(zhaoRow.rungs().unfit(), "two 效能告诫 in a year");
    assertEquals(List.of(BreachRung.ADMONITION), y2010.rows().get(1).rungs().breaches().stream()
        .map(b -> b.rung()).toList());
    assertTrue(!y2010.rows().get(1).rungs().unfit());
    BreachReport y2011 = control.queries().breachLadder(w.auditor, w.city, Year.of(2011));
    assertEquals(List.of("王芳"), y2011.rows().stream().map(BreachReport.Row::holderName).toList());
    assertEquals(BreachRung.ADMONITION, y2011.rows().get(0).rungs().breaches().get(0).rung(), "a new year");
    assertEquals(List.of(), control.queries().breachLadder(w.planningLeader, w.city, Year.of(2010)).rows(),
        "another bureau's leader reads nothing of the land bureau's holders");
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    ProposeCommitment good = fiveDays(w, w.zhao);
    ServiceCommitmentId proposed = w.lianfang.control().proposeCommitment(w.landLeader, good).orElseThrow();
    ServiceCommitmentId running = inProgress(w, good);
    ServiceCommitmentId future = w.lianfang.control().proposeCommitment(w.landLeader,
        Copies.with(good, "from", w.clock.today().plusDays(30))).orElseThrow();
    for (CommitmentAction a : List.of(CommitmentAction.REVIEW, CommitmentAction.PUBLISH)) {
      w.lianfang.control().stepCommitment(w.landLeader, CommitmentStep.of(future, a)).orElseThrow();
    }
    List<BadInput> bad = List.of(
        new BadInput("a blank content", x -> propose(x, Copies.with(good, "content", "\t ")),
            Refusal.Code.INVALID_INPUT,
            "content", "承诺内容"),
        new BadInput("a target past 4,000 characters", x -> propose(x, Copies.with(good, "target", "诺".repeat(4001))),
            Refusal.Code.INVALID_INPUT, "target", "承诺标准"),
        new BadInput("a NUL in the content", x -> propose(x, Copies.with(good, "content", "限时\u0000办结")),
            Refusal.Code.INVALID_INPUT, "content", "承诺内容"),
        new BadInput("a time limit of no days", x -> propose(x, Copies.with(good, "timeLimitDays", Optional.of(0))),
            Refusal.Code.INVALID_INPUT, "timeLimitDays", "办结时限"),
        new BadInput("a time limit of 251 days", x -> propose(x, Copies.with(good, "timeLimitDays", Optional.of(251))),
            Refusal.Code.INVALID_INPUT, "timeLimitDays", "办结时限"),
        new BadInput("a holder of another bureau", x -> propose(x, Copies.with(good, "holder", x.sun)),
            Refusal.Code.UNKNOWN_REFERENCE, null, "不属于本单位或上级单位"),
        new BadInput("another bureau's post", x -> propose(x, Copies.with(good, "post", Optional.of(x.planner))),
            Refusal.Code.UNKNOWN_REFERENCE, null, "本单位岗位"),
        new BadInput("a period that ends before it begins", x -> propose(x, Copies.with(good, "until",
            good.from().minusDays(1))), Refusal.Code.INVALID_INPUT, "until", "承诺截止日期"),
        new BadInput("a period that has ended", x -> propose(x, Copies.with(Copies.with(good, "from",
            LocalDate.of(2010, 1, 1)), "until", LocalDate.of(2010, 3, 31))), Refusal.Code.RULE_VIOLATED, null,
            "早于今天"),
        new BadInput("a step the table forbids", x -> x.lianfang.control().stepCommitment(x.landLeader,
            CommitmentStep.of(proposed, CommitmentAction.START)), Refusal.Code.ILLEGAL_TRANSITION, null, "拟承诺"),
        new BadInput("withdrawn once published", x -> x.lianfang.control().stepCommitment(x.landLeader,
            CommitmentStep.withdraw(running, "不再承诺")), Refusal.Code.ILLEGAL_TRANSITION, null, "践诺中"),
        new BadInput("an evaluation without its verdict", x -> x.lianfang.control().stepCommitment(x.landLeader,
            new CommitmentStep(running, CommitmentAction.EVALUATE, Optional.empty(), Optional.empty(),
                OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "verdict", "评诺结论"),
        new BadInput("a verdict with a review", x -> x.lianfang.control().stepCommitment(x.landLeader,
            new CommitmentStep(proposed, CommitmentAction.REVIEW, Optional.of(Verdict.KEPT), Optional.empty(),
                OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "verdict", "评诺结论"),
        new BadInput("an excuse not explained", x -> x.lianfang.control().stepCommitment(x.landLeader,
            CommitmentStep.evaluate(running, Verdict.BROKEN_EXCUSED, Optional.empty())), Refusal.Code.INVALID_INPUT,
            "explanation", "说明"),
        new BadInput("an excuse explained in blank", x -> x.lianfang.control().stepCommitment(x.landLeader,
            CommitmentStep.evaluate(running, Verdict.BROKEN_EXCUSED, Optional.of(" \u3000"))),
            Refusal.Code.INVALID_INPUT, "explanation", "说明"),
        new BadInput("kept before its period begins", x -> x.lianfang.control().stepCommitment(x.landLeader,
            CommitmentStep.of(future, CommitmentAction.START)), Refusal.Code.RULE_VIOLATED, null, "早于承诺起始日期"),
        new BadInput("a withdrawal without its reason", x -> x.lianfang.control().stepCommitment(x.landLeader,
            new CommitmentStep(proposed, CommitmentAction.WITHDRAW, Optional.empty(), Optional.empty(),
                OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "explanation", "说明"),
        new BadInput("an unknown commitment", x -> x.lianfang.control().stepCommitment(x.landLeader,
            CommitmentStep.of(new ServiceCommitmentId(UUID.randomUUID()), CommitmentAction.REVIEW)),
            Refusal.Code.UNKNOWN_REFERENCE, null, "服务承诺"),
        new BadInput("an expected version the store no longer has", x -> x.lianfang.control().stepCommitment(
            x.landLeader, new CommitmentStep(proposed, CommitmentAction.REVIEW, Optional.empty(), Optional.empty(),
                OptionalLong.of(7))), Refusal.Code.STALE, null, "第 7 版"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  /**
   * Access: the unit's leader and the discipline body manage its commitments; an auditor, a section head and a post
   * holder do not; another bureau's leader and the public learn nothing of them, and the public reads only what is
   * published.
   *
   * @param w a world
   */
  public static void onlyTheUnitsLeaderAndTheDisciplineBodyManageItsCommitments(World w) {
    ProposeCommitment good = fiveDays(w, w.zhao);
    ServiceCommitmentId id = w.lianfang.control().proposeCommitment(w.inspector, good).orElseThrow();
    CommitmentStep review = CommitmentStep.of(id, CommitmentAction.REVIEW);
    for (Actor insider : List.of(w.auditor, w.sectionHead, w.approverHolder)) {
      State before = State.of(w);
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(w.lianfang.control().proposeCommitment(insider, good))
          .code(), insider.id());
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(w.lianfang.control().stepCommitment(insider, review))
          .code(), insider.id());
      assertEquals(before, State.of(w));
    }
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      State before = State.of(w);
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(w.lianfang.control().stepCommitment(outside, review))
          .code(), outside.id() + " learns nothing of the commitment (finding 12)");
      assertEquals(List.of(), w.lianfang.control().queries().commitments(outside, w.land));
      assertEquals(before, State.of(w));
    }
    assertEquals(List.of(), w.lianfang.control().queries().publicCommitments(w.visitor, w.land), "not before 公示");
    assertTrue(w.lianfang.control().stepCommitment(w.landLeader, review).isAccepted());
    w.lianfang.control().stepCommitment(w.landLeader, CommitmentStep.of(id, CommitmentAction.PUBLISH)).orElseThrow();
    assertEquals(List.of(id), w.lianfang.control().queries().publicCommitments(w.visitor, w.land).stream()
        .map(PublicCommitment::commitment).toList(), "the public reads it once published");
  }

  private static Outcome<ServiceCommitmentId> propose(World w, ProposeCommitment c) {
    return w.lianfang.control().proposeCommitment(w.landLeader, c);
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
