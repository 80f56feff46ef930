package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
import org.lianfang.application.Lianfang;
import org.lianfang.application.checks.ChecksArea;
import org.lianfang.application.checks.MonthlyCheckStep;
import org.lianfang.application.checks.RecordMonthlyCheck;
import org.lianfang.application.checks.ReviseMonthlyCheck;
import org.lianfang.application.checks.RowInput;
import org.lianfang.application.control.EvidenceInput;
import org.lianfang.application.control.MeasureStep;
import org.lianfang.checks.CheckAction;
import org.lianfang.checks.CheckPolicy;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckRollup;
import org.lianfang.checks.CheckRow;
import org.lianfang.checks.CheckState;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;

/**
 * Monthly checks (issue 13, S-10, P-22) as scenarios on a {@link World}, run on the in-memory store and on every
 * database: a post's month checked, returned, reviewed, its findings rectified, every step journaled; a measure rated
 * NONE twice running warned of once; bad input refused naming the field and the rule in both languages with state,
 * journal and outbox unchanged; access by role, post and unit tree.
 */
public final class CheckScenarios {
  private CheckScenarios() {}

  /** What a refusal must leave unchanged: every unit's checks, items, warnings and journal, and the outbox. */
  record State(List<MonthlyCheck> checks, List<RectificationItem> items, List<Warning> warnings,
      List<JournalEntry> journal, long outbox) {
    static State of(World w) {
      List<MonthlyCheck> cs = new ArrayList<>();
      List<RectificationItem> rs = new ArrayList<>();
      List<Warning> ws = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        cs.addAll(w.store.monthlyChecks().inUnit(u));
        rs.addAll(w.store.rectificationItems().inUnit(u));
        ws.addAll(w.store.warnings().inUnit(u));
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(cs, rs, ws, js, w.store.outbox().size());
    }
  }

  /**
   * The approver's post with a confirmed point and two measures in force on it.
   *
   * @param point the point
   * @param publication a measure: online publication
   * @param ledger a measure: a ledger of applications
   */
  public record Post(RiskPointId point, ControlMeasureId publication, ControlMeasureId ledger) {
    /** @param w a world @return the approver's post, set up anew: a confirmed point and two measures in force */
    public static Post of(World w) {
      RiskPointId point = w.confirmed(w.aPointOnApprover().build());
      ControlMeasureId publication = inForce(w, ControlScenarios.onlinePublication(w, List.of(point)));
      ControlMeasureId ledger = inForce(w, Copies.with(ControlScenarios.onlinePublication(w, List.of(point)),
          "content", "建立审批办件台账，\u3000每周核对一次"));
      return new Post(point, publication, ledger);
    }

    static ControlMeasureId inForce(World w, org.lianfang.application.control.DraftMeasure d) {
      ControlMeasureId id = w.lianfang.control().draft(w.landLeader, d).orElseThrow();
      w.lianfang.control().step(w.landLeader, MeasureStep.register(id)).orElseThrow();
      w.lianfang.control().step(w.inspector, MeasureStep.putInForce(id)).orElseThrow();
      return id;
    }
  }

  /** @param m a measure @return it rated NONE, with the problem and the requirement */
  public static RowInput none(ControlMeasureId m) {
    return RowInput.shortOf(m, CheckRating.NONE, "本月未建立办件台账", "本周内建立台账并逐件登记");
  }

  /**
   * S-10, P-22: the approver's September check is opened with one row, refused at submission for the measure it
   * lacks, filled in again, submitted, returned with a reason, corrected, submitted and reviewed; the PARTIAL finding
   * becomes a rectification item of the bureau (origin monthly check, due 30 days after review, owned by the measure's
   * direct owner, over the post's point) that the check names; each step is one journal entry of the bureau, and the
   * journal and the records verify.
   *
   * @param w a world
   */
  public static void p22_s10_aPostsMonthIsCheckedReturnedReviewedAndItsFindingRectified(World w) {
    Post p = Post.of(w);
    ChecksArea checks = w.lianfang.checks();
    w.clock.setDay(LocalDate.of(2010, 9, 28));
    long before = w.store.journal().head(w.land).orElseThrow().sequence();
    MonthlyCheckId id = checks.recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver,
        YearMonth.of(2010, 9), w.li, List.of(RowInput.full(p.publication())))).orElseThrow();
    Refusal uncovered = refusal(checks.stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(id)));
    assertEquals("rows", uncovered.violations().get(0).path(), uncovered.toString());
    assertTrue(uncovered.violations().get(0).messageZh().contains("1 项"), uncovered.toString());

    RowInput partial = new RowInput(p.ledger(), CheckRating.PARTIAL, Optional.of(new BigDecimal("3")),
        Optional.of("台账漏登 3 件"), Optional.of("补登并每周核对"),
        List.of(new EvidenceInput("九月台账抽查记录", "OA/2010/月查/09-03", Optional.empty())));
    checks.reviseMonthlyCheck(w.sectionHead, new ReviseMonthlyCheck(id, List.of(RowInput.full(p.publication()),
        RowInput.full(p.ledger())), OptionalLong.empty())).orElseThrow();
    checks.stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(id)).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 10, 8));
    checks.stepMonthlyCheck(w.landLeader, MonthlyCheckStep.returned(id, "台账漏登未如实反映")).orElseThrow();
    assertEquals(CheckState.OPEN, checks.queries().monthlyCheck(w.auditor, id).orElseThrow().state());
    checks.reviseMonthlyCheck(w.sectionHead, new ReviseMonthlyCheck(id, List.of(RowInput.full(p.publication()),
        partial), OptionalLong.of(4))).orElseThrow();
    checks.stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(id)).orElseThrow();
    checks.stepMonthlyCheck(w.inspector, MonthlyCheckStep.review(id)).orElseThrow();

    MonthlyCheck reviewed = checks.queries().monthlyCheck(w.auditor, id).orElseThrow();
    assertEquals(CheckState.REVIEWED, reviewed.state());
    assertEquals(Optional.of(LocalDate.of(2010, 10, 8)), reviewed.life().reviewed());
    CheckRow full = reviewed.row(p.publication()).orElseThrow();
    assertEquals(Optional.empty(), full.item(), "a FULL rating opens nothing");
    CheckRow found = reviewed.row(p.ledger()).orElseThrow();
    RectificationItem item = w.lianfang.monitoring().queries().rectificationItem(w.auditor, found.item()
        .orElseThrow()).orElseThrow();
    assertEquals(RectificationOrigin.MONTHLY_CHECK, item.terms().origin());
    assertEquals("台账漏登 3 件", item.terms().problem());
    assertEquals("补登并每周核对", item.terms().measures());
    assertEquals(w.wang, item.terms().owner(), "the measure's direct owner answers for it (P-1)");
    assertEquals(LocalDate.of(2010, 11, 7), item.terms().due(), "30 days after review [G]");
    assertEquals(List.of(p.point()), item.terms().points());
    assertEquals(Optional.empty(), found.warning(), "one NONE is no reminder, and this was PARTIAL");
    assertEquals(List.of(), w.store.warnings().inUnit(w.land));

    List<String> types = w.store.journal().read(w.land, before + 1, 100).stream().map(JournalEntry::eventType)
        .toList();
    assertEquals(List.of("check.opened", "check.revised", "check.submitted", "check.returned", "check.revised",
        "check.submitted", "check.reviewed", "rectification.opened"), types);
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
  }

  /**
   * P-22: a measure rated NONE in two consecutive reviewed checks of the post raises a REMINDER (origin check) on the
   * post and its point, approved under the policy's standing approval, which the second check names; a third or a
   * fifth NONE while that reminder is followed raises no other, only its item. Without an approver in the policy (the
   * default), the same two checks raise items only.
   *
   * @param w a world
   */
  public static void p22_aMeasureRatedNoneTwiceRunningRaisesOneReminder(World w) {
    Post p = Post.of(w);
    OfficialId liu = WarningScenarios.disciplineLeader(w);
    Lianfang warns = Lianfang.builder(w.store).clock(w.clock).checkPolicy(CheckPolicy.standard().warningWith(liu))
        .build();
    List<MonthlyCheckId> ids = new ArrayList<>();
    for (int month = 9; month <= 11; month++) {
      w.clock.setDay(LocalDate.of(2010, month, 27));
      MonthlyCheckId id = warns.checks().recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver,
          YearMonth.of(2010, month), w.li, List.of(none(p.ledger()), RowInput.full(p.publication()))))
          .orElseThrow();
      warns.checks().stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(id)).orElseThrow();
      warns.checks().stepMonthlyCheck(w.inspector, MonthlyCheckStep.review(id)).orElseThrow();
      ids.add(id);
    }
    List<Optional<org.lianfang.monitoring.WarningId>> raised = ids.stream().map(id -> w.store.monthlyChecks()
        .find(id).orElseThrow().row(p.ledger()).orElseThrow().warning()).toList();
    assertEquals(Optional.empty(), raised.get(0), "one NONE raises no reminder");
    assertTrue(raised.get(1).isPresent(), "the second NONE running does");
    assertEquals(Optional.empty(), raised.get(2), "the reminder is still followed");
    Warning reminder = w.store.warnings().find(raised.get(1).get()).orElseThrow();
    assertEquals(WarningLevel.REMINDER, reminder.level());
    assertEquals(WarningOrigin.CHECK, reminder.notice().origin());
    assertEquals(liu, reminder.notice().approver());
    assertEquals(Optional.of(w.approver), reminder.subject().post());
    assertEquals(List.of(p.point()), reminder.subject().points());
    assertTrue(reminder.notice().facts().contains("2010-09") && reminder.notice().facts().contains("2010-10"),
        reminder.notice().facts());
    assertEquals(1, w.store.warnings().inUnit(w.land).size());
    assertEquals(3, w.store.rectificationItems().inUnit(w.land).size(), "every NONE is an item");

    w.clock.setDay(LocalDate.of(2010, 12, 28));
    MonthlyCheckId december = w.lianfang.checks().recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(
        w.approver, YearMonth.of(2010, 12), w.li, List.of(none(p.ledger()), RowInput.full(p.publication()))))
        .orElseThrow();
    w.lianfang.checks().stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(december)).orElseThrow();
    w.store.warnings().inUnit(w.land).forEach(x -> assertFalse(x.state().isFinal()));
    w.lianfang.checks().stepMonthlyCheck(w.inspector, MonthlyCheckStep.review(december)).orElseThrow();
    assertEquals(1, w.store.warnings().inUnit(w.land).size(), "no approver in the default policy: no reminder");
    assertEquals(4, w.store.rectificationItems().inUnit(w.land).size());

    w.clock.setDay(LocalDate.of(2011, 1, 27));
    MonthlyCheckId january = warns.checks().recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver,
        YearMonth.of(2011, 1), w.li, List.of(none(p.ledger()), RowInput.full(p.publication())))).orElseThrow();
    warns.checks().stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(january)).orElseThrow();
    warns.checks().stepMonthlyCheck(w.inspector, MonthlyCheckStep.review(january)).orElseThrow();
    assertEquals(1, w.store.warnings().inUnit(w.land).size(), "October's reminder is still followed");
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes
   * (checks, items, warnings, journal, outbox).
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    Post p = Post.of(w);
    RiskPointId clerkPoint = w.confirmed(w.aPointOnApprover().onPost(w.clerk).build());
    ControlMeasureId clerks = Post.inForce(w, ControlScenarios.onlinePublication(w, List.of(clerkPoint)));
    assertTrue(w.clock.today().isBefore(LocalDate.of(2010, 10, 30)), "the setting up is done by October's end");
    w.clock.setDay(LocalDate.of(2010, 10, 30));
    RecordMonthlyCheck good = new RecordMonthlyCheck(w.approver, YearMonth.of(2010, 10), w.li,
        List.of(RowInput.full(p.publication()), RowInput.full(p.ledger())));
    MonthlyCheckId september = w.lianfang.checks().recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(
        w.approver, YearMonth.of(2010, 9), w.li, List.of(RowInput.full(p.publication())))).orElseThrow();
    MonthlyCheckId august = w.lianfang.checks().recordMonthlyCheck(w.sectionHead, Copies.with(good, "month",
        YearMonth.of(2010, 8))).orElseThrow();
    w.lianfang.checks().stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(august)).orElseThrow();
    ControlMeasureId plain = Post.inForce(w, Copies.with(ControlScenarios.onlinePublication(w, List.of(p.point())),
        "indicator", Optional.empty()));
    ControlMeasureId retired = Post.inForce(w, Copies.with(ControlScenarios.onlinePublication(w, List.of(p.point())),
        "content", "每季度抽查一次"));
    MonthlyCheckId july = w.lianfang.checks().recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver,
        YearMonth.of(2010, 7), w.li, List.of(RowInput.full(retired), RowInput.full(p.publication()),
            RowInput.full(p.ledger()), RowInput.full(plain)))).orElseThrow();
    w.lianfang.control().step(w.inspector, MeasureStep.retire(retired, "并入办件台账")).orElseThrow();
    List<BadInput> bad = List.of(
        new BadInput("a month not yet begun", x -> record(x, Copies.with(good, "month", YearMonth.of(2010, 11))),
            Refusal.Code.INVALID_INPUT, "month", "尚未到来"),
        new BadInput("a month past the last day", x -> record(x, Copies.with(good, "month", YearMonth.of(10000, 1))),
            Refusal.Code.INVALID_INPUT, "month", "9999-12-31"),
        new BadInput("a month checked already", x -> record(x, Copies.with(good, "month", YearMonth.of(2010, 9))),
            Refusal.Code.INVALID_INPUT, "month", "已有 2010-09"),
        new BadInput("no month", x -> record(x, Copies.with(good, "month", null)), Refusal.Code.INVALID_INPUT,
            "month", "检查月份"),
        new BadInput("an unknown post", x -> record(x, Copies.with(good, "post",
            new org.lianfang.organization.PostId(UUID.randomUUID()))), Refusal.Code.UNKNOWN_REFERENCE, null, "岗位"),
        new BadInput("a checker of another bureau", x -> record(x, Copies.with(good, "checker", x.sun)),
            Refusal.Code.UNKNOWN_REFERENCE, null, "不属于本单位或上级单位"),
        new BadInput("a measure of another post", x -> record(x, Copies.with(good, "rows",
            List.of(RowInput.full(clerks)))), Refusal.Code.INVALID_INPUT, "rows[0].measure", "没有这项执行中的防控措施"),
        new BadInput("a measure rated twice", x -> record(x, Copies.with(good, "rows",
            List.of(RowInput.full(p.ledger()), none(p.ledger())))), Refusal.Code.INVALID_INPUT, "rows[1].measure",
            "只能检查一行"),
        new BadInput("a problem on a FULL row", x -> record(x, Copies.with(good, "rows", List.of(new RowInput(
            p.ledger(), CheckRating.FULL, Optional.empty(), Optional.of("无"), Optional.empty(), List.of())))),
            Refusal.Code.INVALID_INPUT, "rows[0].problem", "完全落实不写"),
        new BadInput("a NONE without its requirement", x -> record(x, Copies.with(good, "rows", List.of(new RowInput(
            p.ledger(), CheckRating.NONE, Optional.empty(), Optional.of("未建台账"), Optional.empty(), List.of())))),
            Refusal.Code.INVALID_INPUT, "rows[0].requirement", "须写明存在问题和整改要求"),
        new BadInput("a blank problem", x -> record(x, Copies.with(good, "rows", List.of(new RowInput(p.ledger(),
            CheckRating.PARTIAL, Optional.empty(), Optional.of("\u3000 "), Optional.of("补登"), List.of())))),
            Refusal.Code.INVALID_INPUT, "rows[0].problem", "不能只有空白"),
        new BadInput("a problem with a NUL", x -> record(x, Copies.with(good, "rows", List.of(new RowInput(p.ledger(),
            CheckRating.PARTIAL, Optional.empty(), Optional.of("漏登\u0000"), Optional.of("补登"), List.of())))),
            Refusal.Code.INVALID_INPUT, "rows[0].problem", "控制字符"),
        new BadInput("an unknown measure", x -> record(x, Copies.with(good, "rows", List.of(RowInput.full(
            new ControlMeasureId(UUID.randomUUID()))))), Refusal.Code.INVALID_INPUT, "rows[0].measure",
            "没有这项执行中的防控措施"),
        new BadInput("an indicator value for a measure without one", x -> record(x, Copies.with(good, "rows",
            List.of(new RowInput(plain, CheckRating.FULL, Optional.of(BigDecimal.ONE), Optional.empty(),
                Optional.empty(), List.of())))), Refusal.Code.INVALID_INPUT, "rows[0].indicatorValue", "没有监测指标"),
        new BadInput("an indicator value with five decimals", x -> record(x, Copies.with(good, "rows",
            List.of(new RowInput(p.ledger(), CheckRating.FULL, Optional.of(new BigDecimal("0.00001")),
                Optional.empty(), Optional.empty(), List.of())))), Refusal.Code.INVALID_INPUT,
            "rows[0].indicatorValue", "小数部分最多 4 位"),
        new BadInput("a submission rating a measure retired since", x -> step(x, x.sectionHead,
            MonthlyCheckStep.submit(july)), Refusal.Code.INVALID_INPUT, "rows[0].measure", "没有这项执行中的防控措施"),
        new BadInput("a submission lacking a measure", x -> step(x, x.sectionHead,
            MonthlyCheckStep.submit(september)), Refusal.Code.INVALID_INPUT, "rows", "没有检查结果"),
        new BadInput("a remark to submit", x -> step(x, x.sectionHead, new MonthlyCheckStep(september,
            CheckAction.SUBMIT, Optional.of("请审核"), OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "remark",
            "提交不附说明"),
        new BadInput("a return without its reason", x -> step(x, x.inspector, new MonthlyCheckStep(august,
            CheckAction.RETURN, Optional.empty(), OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "remark",
            "退回须说明理由"),
        new BadInput("a remark to review", x -> step(x, x.inspector, new MonthlyCheckStep(august,
            CheckAction.REVIEW, Optional.of("同意"), OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "remark",
            "审核不附说明"),
        new BadInput("a review the table forbids", x -> step(x, x.inspector, MonthlyCheckStep.review(september)),
            Refusal.Code.ILLEGAL_TRANSITION, null, "填报中"),
        new BadInput("rows changed once submitted", x -> x.lianfang.checks().reviseMonthlyCheck(x.sectionHead,
            new ReviseMonthlyCheck(august, good.rows(), OptionalLong.empty())), Refusal.Code.ILLEGAL_TRANSITION,
            null, "不能修改"),
        new BadInput("an unknown check", x -> step(x, x.inspector, MonthlyCheckStep.review(new MonthlyCheckId(
            UUID.randomUUID()))), Refusal.Code.UNKNOWN_REFERENCE, null, "月查"),
        new BadInput("an expected version the store no longer has", x -> step(x, x.inspector,
            MonthlyCheckStep.review(august).expecting(7)), Refusal.Code.STALE, null, "第 7 版"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  /**
   * Access: a section head and the post's holder record and submit the post's checks, and the holder no other
   * post's; only the unit's leader and the discipline body return and review them; an auditor reads them and changes
   * nothing; another bureau's leader and the public learn nothing of them.
   *
   * @param w a world
   */
  public static void s10_thePostRecordsItsCheckAndTheUnitsLeaderOrTheDisciplineBodyReviewsIt(World w) {
    Post p = Post.of(w);
    w.clock.setDay(LocalDate.of(2010, 10, 29));
    ChecksArea checks = w.lianfang.checks();
    RecordMonthlyCheck good = new RecordMonthlyCheck(w.approver, YearMonth.of(2010, 10), w.zhao,
        List.of(RowInput.full(p.publication()), none(p.ledger())));
    MonthlyCheckId id = checks.recordMonthlyCheck(w.approverHolder, good).orElseThrow();
    RiskPointId clerkPoint = w.confirmed(w.aPointOnApprover().onPost(w.clerk).build());
    Post.inForce(w, ControlScenarios.onlinePublication(w, List.of(clerkPoint)));
    State before = State.of(w);
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(checks.recordMonthlyCheck(w.approverHolder, Copies.with(good,
        "post", w.clerk))).code(), "a holder records the checks of the posts they hold only");
    for (Actor insider : List.of(w.sectionHead, w.approverHolder, w.auditor)) {
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(checks.stepMonthlyCheck(insider,
          MonthlyCheckStep.review(id))).code(), insider.id());
    }
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(checks.stepMonthlyCheck(w.auditor,
        MonthlyCheckStep.submit(id))).code());
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(checks.stepMonthlyCheck(outside,
          MonthlyCheckStep.submit(id))).code(), outside.id() + " learns nothing of the check (finding 12)");
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(checks.recordMonthlyCheck(outside, Copies.with(good,
          "month", YearMonth.of(2010, 9)))).code(), outside.id());
      assertEquals(List.of(), checks.queries().monthlyChecks(outside, w.land));
      assertEquals(Optional.empty(), checks.queries().monthlyCheck(outside, id));
    }
    assertEquals(before, State.of(w));
    assertEquals(List.of(id), checks.queries().monthlyChecks(w.approverHolder, w.land).stream()
        .map(MonthlyCheck::id).toList(), "the holder reads the checks of their post");
    assertEquals(List.of(id), checks.queries().monthlyChecks(w.auditor, w.land).stream().map(MonthlyCheck::id)
        .toList());
    assertTrue(checks.stepMonthlyCheck(w.approverHolder, MonthlyCheckStep.submit(id)).isAccepted());
    assertTrue(checks.stepMonthlyCheck(w.landLeader, MonthlyCheckStep.review(id)).isAccepted(),
        "the unit's leader reviews");
  }

  /**
   * P-22, decision 5: a post owes a check from the day a measure is put in force on its point; a month without a
   * submitted check is found by the tick the day after the month ends and said once to the unit's leaders and the
   * discipline body, a tick late by two months says each missed month once, a submitted check moves the deadline to
   * the next month, and a post left with no measure in force owes no more. The roll-up of each month says the same.
   *
   * @param w a world
   */
  public static void p22_aMissedMonthIsFoundByTheTickExactlyOnce(World w) {
    Post p = Post.of(w);
    ChecksArea checks = w.lianfang.checks();
    YearMonth first = YearMonth.from(w.clock.today());
    assertEquals(List.of(first.atEndOfMonth()), w.store.dues().of(w.approver.value()).stream()
        .map(org.lianfang.monitoring.DueItem::due).toList(), "owed from the month the measures came into force");
    assertEquals(List.of(), tick(w, first.atEndOfMonth(), 9), "due today: not yet missed");
    List<org.lianfang.monitoring.Notification> missed = tickNotifications(w, first.plusMonths(1).atDay(1), 9);
    assertEquals(List.of("check.due.overdue@discipline", "check.due.overdue@unit-leaders"), kinds(missed));
    assertTrue(missed.get(0).bodyZh().contains(first + " 月查"), missed.get(0).bodyZh());
    assertEquals(List.of(), tick(w, first.plusMonths(1).atDay(1), 10), "said once");

    YearMonth second = first.plusMonths(1);
    w.clock.setDay(second.atDay(20));
    MonthlyCheckId done = checks.recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver, second, w.li,
        List.of(RowInput.full(p.publication()), none(p.ledger())))).orElseThrow();
    checks.stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(done)).orElseThrow();
    assertEquals(List.of(), tick(w, second.plusMonths(1).atDay(1), 9), "the month's check was submitted");
    List<org.lianfang.monitoring.Notification> late = tickNotifications(w, second.plusMonths(3).atDay(5), 9);
    late.addAll(tickNotifications(w, second.plusMonths(3).atDay(5), 10));
    late.addAll(tickNotifications(w, second.plusMonths(3).atDay(5), 11));
    assertEquals(List.of(second.plusMonths(1) + " 月查", second.plusMonths(2) + " 月查"), late.stream()
        .filter(n -> n.recipient().startsWith("discipline")).map(n -> n.bodyZh().substring(n.bodyZh().indexOf(" 的 ")
            + 3, n.bodyZh().indexOf("："))).toList(), "a tick two months late says each missed month once");

    CheckRollup rolled = checks.queries().rollup(w.auditor, w.land, second).orElseThrow();
    assertEquals(List.of(1, 1, 0, 0, 0), List.of(rolled.owed(), rolled.done(), rolled.late(), rolled.open(),
        rolled.none()));
    assertEquals(java.util.Map.of(CheckRating.FULL, 1, CheckRating.PARTIAL, 0, CheckRating.NONE, 1),
        rolled.ratings());
    CheckRollup missing = checks.queries().rollup(w.auditor, w.land, second.plusMonths(1)).orElseThrow();
    assertEquals(List.of(1, 0, 1), List.of(missing.owed(), missing.done(), missing.none()));
    assertTrue(missing.overdue(w.clock.today()));
    assertEquals(Optional.empty(), checks.queries().rollup(w.visitor, w.land, second), "the public reads none");
    assertEquals(Optional.empty(), checks.queries().rollup(w.planningLeader, w.land, second));

    w.lianfang.control().step(w.inspector, MeasureStep.retire(p.publication(), "措施调整")).orElseThrow();
    assertEquals(1, w.store.dues().of(w.approver.value()).size(), "the ledger measure is still in force");
    w.lianfang.control().step(w.inspector, MeasureStep.retire(p.ledger(), "措施调整")).orElseThrow();
    assertEquals(List.of(), w.store.dues().of(w.approver.value()), "no measure in force: no check owed");
    YearMonth retiredIn = YearMonth.from(w.clock.today());
    assertEquals(List.of(1, 0), List.of(checks.queries().rollup(w.auditor, w.land, retiredIn).orElseThrow().owed(),
        checks.queries().rollup(w.auditor, w.land, retiredIn.plusMonths(1)).orElseThrow().owed()),
        "in force for part of the month it was retired in, owed no more after it");
    assertEquals(1, checks.queries().rollup(w.auditor, w.land, first).orElseThrow().owed(),
        "a month read later owes what was in force then");
  }

  private static List<String> kinds(List<org.lianfang.monitoring.Notification> sent) {
    return sent.stream().map(n -> n.kind() + "@" + n.recipient().substring(0, n.recipient().indexOf(':')))
        .sorted().toList();
  }

  private static List<String> tick(World w, LocalDate day, int hour) {
    return kinds(tickNotifications(w, day, hour));
  }

  /** Moves the clock to an hour of a day (9 or later), ticks then, and delivers what the tick raised. */
  private static List<org.lianfang.monitoring.Notification> tickNotifications(World w, LocalDate day, int hour) {
    w.clock.setDay(day).advance(java.time.Duration.ofHours(hour - 9));
    w.lianfang.schedule().tick(w.clock.instant());
    return new ArrayList<>(w.deliver().stream().filter(n -> n.kind().startsWith("check.")).sorted(
        java.util.Comparator.comparing(org.lianfang.monitoring.Notification::recipient)
            .thenComparing(org.lianfang.monitoring.Notification::bodyZh)).toList());
  }

  private static Outcome<MonthlyCheckId> record(World w, RecordMonthlyCheck c) {
    return w.lianfang.checks().recordMonthlyCheck(w.sectionHead, c);
  }

  private static Outcome<MonthlyCheckId> step(World w, Actor actor, MonthlyCheckStep c) {
    return w.lianfang.checks().stepMonthlyCheck(actor, c);
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
