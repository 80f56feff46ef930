package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
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
import org.lianfang.application.checks.AppraisalAnswer;
import org.lianfang.application.checks.AppraisalStep;
import org.lianfang.application.checks.ChecksArea;
import org.lianfang.application.checks.MonthlyCheckStep;
import org.lianfang.application.checks.RecordAppraisalAnswers;
import org.lianfang.application.checks.RecordMonthlyCheck;
import org.lianfang.application.checks.RowInput;
import org.lianfang.application.cycle.CarryOverItem;
import org.lianfang.application.cycle.CloseYear;
import org.lianfang.application.cycle.CycleArea;
import org.lianfang.application.cycle.LeavePhase;
import org.lianfang.application.cycle.OpenYear;
import org.lianfang.application.cycle.PostRevision;
import org.lianfang.application.cycle.RollOut;
import org.lianfang.application.evaluation.SelfAssessYear;
import org.lianfang.application.monitoring.LinkReport;
import org.lianfang.application.monitoring.MonitoringArea;
import org.lianfang.application.monitoring.RectificationStep;
import org.lianfang.application.monitoring.ReportStep;
import org.lianfang.application.organization.BeginTenure;
import org.lianfang.application.organization.ChangePostProfile;
import org.lianfang.application.organization.EndTenure;
import org.lianfang.application.risk.ConfirmRiskPoint;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.PublishRiskPoint;
import org.lianfang.application.risk.RetireRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.checks.AppraisalRating;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.cycle.CyclePolicies;
import org.lianfang.cycle.CycleProgress;
import org.lianfang.cycle.CycleTimetable;
import org.lianfang.cycle.RegisterDiff;
import org.lianfang.cycle.RevisionCandidate;
import org.lianfang.cycle.RevisionNotice;
import org.lianfang.cycle.RolloutReport;
import org.lianfang.cycle.StandardCyclePolicy;
import org.lianfang.cycle.YearStatistics;
import org.lianfang.grading.RiskGrade;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.CarryOver;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationState;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.WarningPolicy;
import org.lianfang.organization.TenureId;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.RiskPointId;

/**
 * The annual cycle (issue 14, S-1, S-16) as scenarios on a {@link World}, run on the in-memory store and on every
 * database: a bureau's 2010 opened under the instance's policies and its phases left in order, each guard refusing
 * what the bureau's records hold until they are put right; bad input refused naming the field and the rule in both
 * languages with the cycles, journals and outbox unchanged; only the unit's leader or the body above runs its year.
 */
public final class CycleScenarios {
  private CycleScenarios() {}

  /**
   * S-16, P-3, P-5, P-14: the land bureau's leader opens its 2010 on 08-31 under the instance's policies, whose
   * versions the cycle keeps, and leaves mobilisation. On 09-30 identification may not end while a point is a draft,
   * nor once the approver's duties change (the confirmed point goes stale); with the draft retired and the stale point
   * retired for a new one confirmed on 10-08, it ends — late, so the bureau's row showed the phase overdue. Training
   * ends on 10-20; on 10-21 the measures may not end while the new point has no measure in force, and end once one is.
   * Self-assessment and revision (P-5, P-26) may not end on 12-11 before the revision is posted, nor while its notice
   * runs (to 12-15); a point found on 12-16 changes the register, so it may not end until the revision is posted
   * again, and it ends on 12-21 when that notice is over. Each step keeps the figures the query gave that day, each is
   * an entry of the bureau's journal, and summary and acceptance is not left by this command but by closing the year.
   * The point found on 12-16 is retired on 12-22: the year may not close until the revision is posted again, nor
   * while that notice runs; it closes on 12-24.
   *
   * @param w a world
   */
  public static void s16_p3_p14_aUnitsYearIsOpenedAndItsPhasesLeftPastTheirGuards(World w) {
    CycleArea cycle = w.lianfang.cycle();
    long before = w.store.journal().head(w.land).orElseThrow().sequence();
    AnnualCycleId id = cycle.open(w.landLeader, new OpenYear(w.land, Year.of(2010))).orElseThrow();
    AnnualCycle opened = cycle.queries().cycle(w.auditor, id).orElseThrow();
    assertEquals(CyclePhase.MOBILISATION, opened.phase());
    assertEquals(CycleTimetable.pilot(Year.of(2010)), opened.timetable());
    assertEquals(new CyclePolicies(w.lianfang.gradingPolicy().version(), CoveragePolicy.standard().version(),
        WarningPolicy.standard().version(), w.lianfang.evaluation().queries().policy().version(),
        StandardCyclePolicy.pilot().version()), opened.policies());
    List<CycleFigures> seen = new ArrayList<>();
    seen.add(leave(w, id, CyclePhase.MOBILISATION));

    RiskPointId confirmed = w.confirmed(w.aPointOnApprover().build());
    RiskPointId draft = w.draft(w.aPointOnApprover().described("审批材料由窗口人员私下转交").build());
    w.clock.setDay(LocalDate.of(2010, 9, 30));
    assertEquals(new CycleFigures(w.clock.today(), 0, 1, 1, 0), figures(w), "the confirmed point has no measure");
    assertRefused(w, id, CyclePhase.IDENTIFICATION, "1 个风险点尚未集体确定");
    w.lianfang.organization().changePostProfile(w.landLeader, new ChangePostProfile(w.approver,
        SealedIdentities.CHANGED)).orElseThrow();
    assertEquals(new CycleFigures(w.clock.today(), 1, 1, 0, 0), figures(w), "a stale point is not judged covered");
    assertRefused(w, id, CyclePhase.IDENTIFICATION, "1 个风险点已过时");
    w.lianfang.risks().retire(w.landLeader, new RetireRiskPoint(draft, "与已有风险点重复")).orElseThrow();
    w.lianfang.risks().retire(w.landLeader, new RetireRiskPoint(confirmed, "岗位职责调整，重新查找")).orElseThrow();
    RiskPointId point = w.confirmed(w.aPointOnApprover().build());
    assertEquals(LocalDate.of(2010, 10, 8), w.clock.today());
    CycleProgress late = progress(w).get(1);
    assertEquals(Optional.of(CyclePhase.IDENTIFICATION), late.phase());
    assertTrue(late.overdue(), "identification ran past 09-30");
    seen.add(leave(w, id, CyclePhase.IDENTIFICATION));

    w.clock.setDay(LocalDate.of(2010, 10, 20));
    seen.add(leave(w, id, CyclePhase.TRAINING));
    w.clock.setDay(LocalDate.of(2010, 10, 21));
    assertEquals(new CycleFigures(w.clock.today(), 0, 0, 1, 0), figures(w));
    assertRefused(w, id, CyclePhase.MEASURES, "1 个已确定的风险点防控措施不全");
    CheckScenarios.Post.inForce(w, ControlScenarios.onlinePublication(w, List.of(point)));
    seen.add(leave(w, id, CyclePhase.MEASURES));
    w.clock.setDay(LocalDate.of(2010, 12, 11));
    assertRefused(w, id, CyclePhase.REVISION, "修正内容尚未公示");
    cycle.post(w.landLeader, PostRevision.of(id, "局机关内网及公示栏", LocalDate.of(2010, 12, 16))).orElseThrow();
    RevisionNotice posted = cycle.queries().cycle(w.auditor, id).orElseThrow().revision().orElseThrow();
    assertEquals(List.of(1, 0, 0), List.of(posted.added(), posted.adjusted(), posted.deleted()),
        "the first year's register is all new: the retired points are in no register");
    assertRefused(w, id, CyclePhase.REVISION, "修正内容公示至 2010-12-15 期满");
    w.clock.setDay(LocalDate.of(2010, 12, 16));
    RiskPointId found = w.draft(w.aPointOnApprover().described("自查发现：审批台账未按月归档").build());
    assertRefused(w, id, CyclePhase.REVISION, "台账已有变更，须重新公示");
    cycle.post(w.landLeader, PostRevision.of(id, "局机关内网及公示栏", LocalDate.of(2010, 12, 21))).orElseThrow();
    assertEquals(2, cycle.queries().cycle(w.auditor, id).orElseThrow().revision().orElseThrow().added());
    w.clock.setDay(LocalDate.of(2010, 12, 21));
    assertEquals(Optional.empty(), cycle.queries().revision(w.auditor, w.land, Year.of(2010)),
        "2010 is not closed: no diff is read from it yet");
    seen.add(leave(w, id, CyclePhase.REVISION));

    AnnualCycle now = cycle.queries().cycle(w.auditor, id).orElseThrow();
    assertEquals(CyclePhase.ACCEPTANCE, now.phase());
    assertEquals(seen, now.steps(), "each step keeps what the records held that day");
    assertEquals(Refusal.Code.INVALID_INPUT, refusal(cycle.leave(w.landLeader, LeavePhase.of(id,
        CyclePhase.ACCEPTANCE))).code(), "the year's closing leaves summary and acceptance");
    assertEquals(List.of(Optional.empty(), Optional.of(CyclePhase.ACCEPTANCE), Optional.empty()),
        progress(w).stream().map(CycleProgress::phase).toList(), "the city and the planning bureau have no 2010");
    assertFalse(progress(w).get(1).overdue());
    List<String> events = w.store.journal().read(w.land, before + 1, 1_000).stream().map(JournalEntry::eventType)
        .filter(t -> t.startsWith("cycle.")).toList();
    assertEquals(List.of("cycle.opened", "cycle.advanced", "cycle.advanced", "cycle.advanced", "cycle.advanced",
        "cycle.revision-posted", "cycle.revision-posted", "cycle.advanced"), events);
    assertEquals(List.of(now), cycle.queries().years(w.landLeader, w.land));
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());

    w.clock.setDay(LocalDate.of(2010, 12, 22));
    w.lianfang.risks().retire(w.landLeader, new RetireRiskPoint(found, "经核实已由审批风险点涵盖")).orElseThrow();
    List<BadInput> unposted = List.of(new BadInput("a closing after the register changed", x -> x.lianfang.cycle()
        .close(x.landLeader, CloseYear.of(id)), Refusal.Code.RULE_VIOLATED, null, "台账已有变更，须重新公示"));
    BadInput.assertEachRefusedChangingNothing(w, unposted, State::of);
    cycle.post(w.landLeader, PostRevision.of(id, "局机关内网及公示栏", LocalDate.of(2010, 12, 24))).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 23));
    List<BadInput> running = List.of(new BadInput("a closing while the notice runs", x -> x.lianfang.cycle().close(
        x.landLeader, CloseYear.of(id)), Refusal.Code.RULE_VIOLATED, null, "修正内容公示至 2010-12-23 期满"));
    BadInput.assertEachRefusedChangingNothing(w, running, State::of);
    w.clock.setDay(LocalDate.of(2010, 12, 24));
    assertTrue(cycle.close(w.landLeader, CloseYear.of(id)).isAccepted(), "posted again in acceptance, it closes");
    assertEquals(cycle.queries().cycle(w.auditor, id).orElseThrow().revision().orElseThrow().digest(),
        cycle.queries().register(w.auditor, w.land, Year.of(2010)).orElseThrow().digest(),
        "the register frozen is the register posted");
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes.
   * The land bureau's 2010 is in training and the planning bureau's in identification with a draft point, on 08-31.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    CycleArea cycle = w.lianfang.cycle();
    AnnualCycleId land = cycle.open(w.landLeader, new OpenYear(w.land, Year.of(2010))).orElseThrow();
    leave(w, land, CyclePhase.MOBILISATION);
    leave(w, land, CyclePhase.IDENTIFICATION);
    AnnualCycleId planning = cycle.open(w.inspector, new OpenYear(w.planning, Year.of(2010))).orElseThrow();
    cycle.leave(w.inspector, LeavePhase.of(planning, CyclePhase.MOBILISATION)).orElseThrow();
    w.lianfang.risks().identify(w.inspector, RiskPointFixture.aRiskPoint(w.planning).build()).orElseThrow();
    List<BadInput> bad = List.of(
        new BadInput("no year", x -> open(x, new OpenYear(x.land, null)), Refusal.Code.INVALID_INPUT, "year", "年度"),
        new BadInput("a year before the first day", x -> open(x, new OpenYear(x.city, Year.of(1899))),
            Refusal.Code.INVALID_INPUT, "year", "不能早于 1900"),
        new BadInput("a year over", x -> open(x, new OpenYear(x.city, Year.of(2009))), Refusal.Code.INVALID_INPUT,
            "year", "2009 年已于 2009-12-31 结束"),
        new BadInput("a year too far ahead", x -> open(x, new OpenYear(x.city, Year.of(2012))),
            Refusal.Code.INVALID_INPUT, "year", "只能开启今年或明年"),
        new BadInput("a year opened already", x -> open(x, new OpenYear(x.land, Year.of(2010))),
            Refusal.Code.INVALID_INPUT, "year", "已开启 2010 年度"),
        new BadInput("the next year before this one closes", x -> open(x, new OpenYear(x.land, Year.of(2011))),
            Refusal.Code.RULE_VIOLATED, null, "2010 年度尚未关闭"),
        new BadInput("an unknown unit", x -> open(x, new OpenYear(new UnitId(UUID.randomUUID()), Year.of(2010))),
            Refusal.Code.UNKNOWN_REFERENCE, null, "单位"),
        new BadInput("an unknown cycle", x -> x.lianfang.cycle().leave(x.inspector, LeavePhase.of(
            new AnnualCycleId(UUID.randomUUID()), CyclePhase.TRAINING)), Refusal.Code.UNKNOWN_REFERENCE, null,
            "年度工作"),
        new BadInput("no phase", x -> x.lianfang.cycle().leave(x.inspector, new LeavePhase(land, null,
            OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "phase", "阶段"),
        new BadInput("a phase the year is not in", x -> x.lianfang.cycle().leave(x.inspector, LeavePhase.of(land,
            CyclePhase.MEASURES)), Refusal.Code.RULE_VIOLATED, null, "处于“进行教育培训”阶段"),
        new BadInput("summary and acceptance", x -> x.lianfang.cycle().leave(x.inspector, LeavePhase.of(land,
            CyclePhase.ACCEPTANCE)), Refusal.Code.INVALID_INPUT, "phase", "以关闭年度结束"),
        new BadInput("training before its window", x -> x.lianfang.cycle().leave(x.inspector, LeavePhase.of(land,
            CyclePhase.TRAINING)), Refusal.Code.RULE_VIOLATED, null, "最早于 2010-10-01 结束"),
        new BadInput("identification with a draft", x -> x.lianfang.cycle().leave(x.inspector, LeavePhase.of(
            planning, CyclePhase.IDENTIFICATION)), Refusal.Code.RULE_VIOLATED, null, "1 个风险点尚未集体确定"),
        new BadInput("an expected version of none", x -> x.lianfang.cycle().leave(x.inspector, new LeavePhase(land,
            CyclePhase.TRAINING, OptionalLong.of(0))), Refusal.Code.INVALID_INPUT, "expectedVersion", "预期版本"),
        new BadInput("an expected version the store no longer has", x -> x.lianfang.cycle().leave(x.inspector,
            new LeavePhase(land, CyclePhase.TRAINING, OptionalLong.of(1))), Refusal.Code.STALE, null, "第 1 版"),
        new BadInput("a revision with a blank scope", x -> post(x, new PostRevision(land, " \t", week(x),
            OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "scope", "不能为空"),
        new BadInput("a revision with a scope too long", x -> post(x, new PostRevision(land, "公示栏".repeat(70),
            week(x), OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "scope", "200"),
        new BadInput("a revision with no end", x -> post(x, new PostRevision(land, "公示栏", null,
            OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "end", "公示"),
        new BadInput("a revision ending today", x -> post(x, PostRevision.of(land, "公示栏", x.clock.today())),
            Refusal.Code.INVALID_INPUT, "end", "须在今天（2010-08-31）之后结束"),
        new BadInput("a revision of an unknown cycle", x -> post(x, PostRevision.of(new AnnualCycleId(
            UUID.randomUUID()), "公示栏", week(x))), Refusal.Code.UNKNOWN_REFERENCE, null, "年度工作"),
        new BadInput("a revision in training", x -> post(x, PostRevision.of(land, "公示栏", week(x))),
            Refusal.Code.ILLEGAL_TRANSITION, null, "修正内容在“自我评估、修正完善”或“总结验收”阶段公示"),
        new BadInput("a revision by an auditor", x -> x.lianfang.cycle().post(x.auditor, PostRevision.of(land,
            "公示栏", week(x))), Refusal.Code.ACCESS_DENIED, null, "无权"),
        new BadInput("a closing of no cycle", x -> close(x, new CloseYear(null, OptionalLong.empty())),
            Refusal.Code.INVALID_INPUT, "cycle", "年度工作"),
        new BadInput("a closing of an unknown cycle", x -> close(x, CloseYear.of(new AnnualCycleId(
            UUID.randomUUID()))), Refusal.Code.UNKNOWN_REFERENCE, null, "年度工作"),
        new BadInput("a closing expecting a version of none", x -> close(x, new CloseYear(land, OptionalLong.of(0))),
            Refusal.Code.INVALID_INPUT, "expectedVersion", "预期版本"),
        new BadInput("a closing expecting a version the store no longer has", x -> close(x, new CloseYear(land,
            OptionalLong.of(1))), Refusal.Code.STALE, null, "第 1 版"),
        new BadInput("a closing in training", x -> close(x, CloseYear.of(land)), Refusal.Code.RULE_VIOLATED, null,
            "处于“进行教育培训”阶段"),
        new BadInput("a closing by an auditor", x -> x.lianfang.cycle().close(x.auditor, CloseYear.of(land)),
            Refusal.Code.ACCESS_DENIED, null, "无权"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  private static Outcome<AnnualCycleId> close(World w, CloseYear c) {
    return w.lianfang.cycle().close(w.inspector, c);
  }

  private static Outcome<AnnualCycleId> post(World w, PostRevision c) {
    return w.lianfang.cycle().post(w.inspector, c);
  }

  private static LocalDate week(World w) {
    return w.clock.today().plusDays(7);
  }

  /**
   * S-1, S-16: a unit's year is run by its leader or the discipline body above it. A section head, a post holder and
   * an auditor may not open or advance the land bureau's year; the other bureau's leader and the public are answered
   * as for a unit that does not exist, and read none of its years; the city's body opens the planning bureau's.
   *
   * @param w a world
   */
  public static void s16_onlyTheUnitsLeaderOrTheBodyAboveRunsItsYear(World w) {
    CycleArea cycle = w.lianfang.cycle();
    OpenYear year = new OpenYear(w.land, Year.of(2010));
    State empty = State.of(w);
    for (Actor other : List.of(w.sectionHead, w.approverHolder, w.auditor)) {
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(cycle.open(other, year)).code(), other.id());
    }
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(cycle.open(outside, year)).code(), outside.id());
    }
    assertEquals(empty, State.of(w));
    AnnualCycleId id = cycle.open(w.landLeader, year).orElseThrow();
    State opened = State.of(w);
    for (Actor other : List.of(w.sectionHead, w.approverHolder, w.auditor)) {
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(cycle.leave(other, LeavePhase.of(id,
          CyclePhase.MOBILISATION))).code(), other.id());
    }
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(cycle.leave(outside, LeavePhase.of(id,
          CyclePhase.MOBILISATION))).code(), outside.id());
      assertEquals(List.of(), cycle.queries().years(outside, w.land), outside.id());
      assertEquals(Optional.empty(), cycle.queries().cycle(outside, id), outside.id());
    }
    assertEquals(Optional.empty(), cycle.queries().figures(w.visitor, w.land), "the public counts no risks");
    assertEquals(opened, State.of(w));
    assertTrue(cycle.open(w.inspector, new OpenYear(w.planning, Year.of(2010))).isAccepted());
    assertTrue(cycle.leave(w.inspector, LeavePhase.of(id, CyclePhase.MOBILISATION)).isAccepted());
  }

  /**
   * S-16, S-13: the land bureau works its 2010 (a confirmed point on the approver's post with two measures in force,
   * September's check reviewed) and closes it on 12-22, not a day before summary and acceptance begins. Its points and
   * measures are frozen as the year's register, whose counts and digest go into its journal. In 2011 the post's duties
   * change (the live point goes stale), a point is added and 赵磊 leaves the post: 2010's Form 2 and Form 3 read the same
   * to the character, dated 12-22 and naming who held the post then, while the live forms moved on. A check of a 2010
   * month, a tenure back-dated into 2010 or into 2009 (it would hold the post through 2010) and an evaluation of 2010
   * are each refused as records of a closed year, changing nothing; 2011 has no frozen forms yet; and 2011 may now be
   * opened.
   *
   * @param w a world
   */
  public static void s16_s13_aClosedYearIsFrozenAndItsFormsReadTheSameWhateverComesLater(World w) {
    CycleArea cycle = w.lianfang.cycle();
    AnnualCycleId id = cycle.open(w.landLeader, new OpenYear(w.land, Year.of(2010))).orElseThrow();
    leave(w, id, CyclePhase.MOBILISATION);
    CheckScenarios.Post p = CheckScenarios.Post.of(w);
    MonthlyCheckId september = w.lianfang.checks().recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(
        w.approver, YearMonth.of(2010, 9), w.zhao, List.of(RowInput.full(p.ledger()), RowInput.full(p.publication()))))
        .orElseThrow();
    w.lianfang.checks().stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(september)).orElseThrow();
    w.lianfang.checks().stepMonthlyCheck(w.inspector, MonthlyCheckStep.review(september)).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 10, 20));
    leave(w, id, CyclePhase.IDENTIFICATION);
    leave(w, id, CyclePhase.TRAINING);
    w.clock.setDay(LocalDate.of(2010, 10, 21));
    leave(w, id, CyclePhase.MEASURES);
    post(w, id);
    w.clock.setDay(LocalDate.of(2010, 12, 21));
    leave(w, id, CyclePhase.REVISION);
    BadInput.assertEachRefusedChangingNothing(w, List.of(new BadInput("a closing before summary and acceptance "
        + "begins", x -> x.lianfang.cycle().close(x.landLeader, CloseYear.of(id)), Refusal.Code.RULE_VIOLATED, null,
        "最早于 2010-12-22")), State::of);

    w.clock.setDay(LocalDate.of(2010, 12, 22));
    long before = w.store.journal().head(w.land).orElseThrow().sequence();
    cycle.close(w.landLeader, CloseYear.of(id)).orElseThrow();
    assertEquals(CyclePhase.CLOSED, cycle.queries().cycle(w.auditor, id).orElseThrow().phase());
    assertEquals(w.store.riskPoints().inUnit(w.land), w.store.registers().points(w.land, Year.of(2010)));
    assertEquals(w.store.controlMeasures().inUnit(w.land), w.store.registers().measures(w.land, Year.of(2010)));
    List<JournalEntry> closing = w.store.journal().read(w.land, before + 1, 100);
    assertEquals(List.of("cycle.closed", "cycle.register-frozen"), closing.stream().map(JournalEntry::eventType)
        .toList());
    assertTrue(closing.get(1).payload().contains("\"points\":1") && closing.get(1).payload().contains(
        "\"measures\":2"), closing.get(1).payload());
    String form2 = w.lianfang.risks().queries().form2(w.auditor, w.land, Year.of(2010)).orElseThrow().toText();
    String form3 = w.lianfang.control().queries().form3(w.auditor, w.land, Year.of(2010)).orElseThrow().toText();
    assertEquals(w.lianfang.risks().queries().form2(w.auditor, w.land).orElseThrow().toText(), form2,
        "on the day it closes, the year's form is the live one");
    assertTrue(form2.contains("赵磊") && form3.contains("2010-12-22"), form2 + form3);

    w.clock.setDay(LocalDate.of(2011, 1, 5));
    w.lianfang.organization().changePostProfile(w.landLeader, new ChangePostProfile(w.approver,
        SealedIdentities.CHANGED)).orElseThrow();
    w.draft(w.aPointOnApprover().described("新增：审批窗口收取材料不出具回执").build());
    TenureId zhao = w.store.tenures().inUnit(w.land).stream().filter(t -> t.postId().equals(w.approver))
        .findFirst().orElseThrow().id();
    w.lianfang.organization().endTenure(w.landLeader, new EndTenure(zhao, w.clock.today(), OptionalLong.empty()))
        .orElseThrow();
    assertEquals(form2, w.lianfang.risks().queries().form2(w.auditor, w.land, Year.of(2010)).orElseThrow().toText());
    assertEquals(form3, w.lianfang.control().queries().form3(w.auditor, w.land, Year.of(2010)).orElseThrow()
        .toText());
    assertFalse(form2.equals(w.lianfang.risks().queries().form2(w.auditor, w.land).orElseThrow().toText()),
        "the live register moved on");

    State closed = State.of(w);
    for (Outcome<?> frozen : List.of(
        w.lianfang.checks().recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver,
            YearMonth.of(2010, 12), w.zhao, List.of(RowInput.full(p.ledger())))),
        w.lianfang.organization().beginTenure(w.landLeader, new BeginTenure(w.approver, w.li,
            LocalDate.of(2010, 11, 1))),
        w.lianfang.organization().beginTenure(w.landLeader, new BeginTenure(w.approver, w.li,
            LocalDate.of(2009, 6, 1))),
        w.lianfang.evaluation().selfAssess(w.landLeader, new SelfAssessYear(w.land, Year.of(2010),
            EvaluationScenarios.selfScores(), "补报自评")))) {
      Refusal r = refusal(frozen);
      assertEquals(Refusal.Code.ILLEGAL_TRANSITION, r.code(), r.toString());
      assertTrue(r.messageZh().contains("2010 年度已关闭"), r.messageZh());
    }
    assertEquals(closed, State.of(w));
    assertEquals("year", refusal(w.lianfang.risks().queries().form2(w.auditor, w.land, Year.of(2011)))
        .violations().get(0).path(), "2011 is not closed: it has no frozen form");
    assertTrue(cycle.open(w.landLeader, new OpenYear(w.land, Year.of(2011))).isAccepted());
  }

  /**
   * P-21, S-16: the land bureau's September check finds a NONE, which opens an item due 30 days after review. The item
   * is still open on 12-22, so 2010 may not close; it is carried over only in summary and acceptance, only by the
   * discipline body, only with a reason and into a later year; carried over, it no longer holds the year up, the year
   * closes, and the item goes on into 2011, where it is worked on. Each refusal changes nothing.
   *
   * @param w a world
   */
  public static void p21_s16_anOpenItemHoldsTheYearUpUntilTheBodyCarriesItOver(World w) {
    CycleArea cycle = w.lianfang.cycle();
    AnnualCycleId id = cycle.open(w.landLeader, new OpenYear(w.land, Year.of(2010))).orElseThrow();
    leave(w, id, CyclePhase.MOBILISATION);
    CheckScenarios.Post p = CheckScenarios.Post.of(w);
    MonthlyCheckId september = w.lianfang.checks().recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(
        w.approver, YearMonth.of(2010, 9), w.li, List.of(CheckScenarios.none(p.ledger()),
            RowInput.full(p.publication())))).orElseThrow();
    w.lianfang.checks().stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(september)).orElseThrow();
    w.lianfang.checks().stepMonthlyCheck(w.inspector, MonthlyCheckStep.review(september)).orElseThrow();
    RectificationItemId item = w.store.rectificationItems().inUnit(w.land).get(0).id();
    w.clock.setDay(LocalDate.of(2010, 10, 21));
    for (CyclePhase phase : List.of(CyclePhase.IDENTIFICATION, CyclePhase.TRAINING, CyclePhase.MEASURES)) {
      leave(w, id, phase);
    }
    post(w, id);
    w.clock.setDay(LocalDate.of(2010, 12, 21));
    CarryOverItem carry = CarryOverItem.of(item, "整改涉及系统改造，须待明年一季度完成", LocalDate.of(2011, 3, 31));
    List<BadInput> early = List.of(new BadInput("a carry-over before summary and acceptance", x ->
        x.lianfang.cycle().carryOver(x.inspector, carry), Refusal.Code.RULE_VIOLATED, null, "只在年度“总结验收”阶段结转"));
    BadInput.assertEachRefusedChangingNothing(w, early, State::of);
    leave(w, id, CyclePhase.REVISION);

    w.clock.setDay(LocalDate.of(2010, 12, 22));
    assertEquals(1, figures(w).openItems());
    List<BadInput> bad = List.of(
        new BadInput("a closing while an item is open", x -> x.lianfang.cycle().close(x.landLeader, CloseYear.of(id)),
            Refusal.Code.RULE_VIOLATED, null, "1 个整改事项既未销号也未结转"),
        new BadInput("by the unit's own leader", x -> x.lianfang.cycle().carryOver(x.landLeader, carry),
            Refusal.Code.ACCESS_DENIED, null, "无权"),
        new BadInput("without a reason", x -> x.lianfang.cycle().carryOver(x.inspector, CarryOverItem.of(item, " ",
            LocalDate.of(2011, 3, 31))), Refusal.Code.INVALID_INPUT, "reason", "结转理由"),
        new BadInput("due within the year", x -> x.lianfang.cycle().carryOver(x.inspector, CarryOverItem.of(item,
            "来不及", LocalDate.of(2010, 12, 31))), Refusal.Code.INVALID_INPUT, "due", "须在 2010 年之后"),
        new BadInput("no new due day", x -> x.lianfang.cycle().carryOver(x.inspector, new CarryOverItem(item,
            "来不及", null, OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "due", "新的整改时限"),
        new BadInput("an unknown item", x -> x.lianfang.cycle().carryOver(x.inspector, CarryOverItem.of(
            new RectificationItemId(UUID.randomUUID()), "来不及", LocalDate.of(2011, 3, 31))),
            Refusal.Code.UNKNOWN_REFERENCE, null, "整改事项"),
        new BadInput("an expected version the store no longer has", x -> x.lianfang.cycle().carryOver(x.inspector,
            new CarryOverItem(item, "来不及", LocalDate.of(2011, 3, 31), OptionalLong.of(9))), Refusal.Code.STALE,
            null, "第 9 版"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);

    long before = w.store.journal().head(w.land).orElseThrow().sequence();
    LocalDate due = w.store.rectificationItems().find(item).orElseThrow().terms().due();
    cycle.carryOver(w.inspector, carry).orElseThrow();
    RectificationItem carried = w.store.rectificationItems().find(item).orElseThrow();
    assertEquals(LocalDate.of(2011, 3, 31), carried.terms().due());
    assertEquals(Optional.of(new CarryOver(Year.of(2010), carry.reason(), due, LocalDate.of(2010, 12, 22))),
        carried.carried(), "the due day it had is kept");
    assertEquals("已于 2010-12-22 结转出 2010 年度", refusal(cycle.carryOver(w.inspector, carry)).messageZh()
        .substring("整改事项".length()), "once per year");
    assertEquals(0, figures(w).openItems(), "carried over, it no longer holds the year up");
    assertEquals(List.of(LocalDate.of(2011, 3, 31)), w.store.dues().of(item.value()).stream().map(d -> d.due())
        .toList(), "the tick now watches its new due day");
    cycle.close(w.landLeader, CloseYear.of(id)).orElseThrow();
    assertEquals(List.of("rectification.carried-over", "cycle.closed", "cycle.register-frozen"),
        w.store.journal().read(w.land, before + 1, 100).stream().map(JournalEntry::eventType).toList());

    w.clock.setDay(LocalDate.of(2011, 1, 10));
    w.lianfang.monitoring().stepRectification(w.landLeader, RectificationStep.start(item)).orElseThrow();
    assertEquals(RectificationState.IN_PROGRESS, w.store.rectificationItems().find(item).orElseThrow().state(),
        "a carried item goes on into the next year");
  }

  /**
   * S-1, S-12, P-26: the land bureau closes its 2010 on 12-22 with a confirmed point (a measure in force) and a draft
   * found after identification ended; the planning bureau's 2010 is still in identification. On 12-28 the city's body
   * opens 2011 for the whole city: the city and the land bureau open, the planning bureau is reported with its refusal
   * and the others go on; called again, it opens nothing more and leaves the two as they are. Bad input, and a body or
   * leader that may not run the city's year, open nothing. In January the land bureau revises: the draft is retired as
   * a duplicate, the confirmed point gets new owners and a new point is found; the revision lists exactly those three,
   * each with its reason, and was empty before them.
   *
   * @param w a world
   */
  public static void s1_s12_theCityOpensTheNextYearOverItsSubtreeAndTheRevisionListsWhatChanged(World w) {
    CycleArea cycle = w.lianfang.cycle();
    AnnualCycleId land = cycle.open(w.landLeader, new OpenYear(w.land, Year.of(2010))).orElseThrow();
    leave(w, land, CyclePhase.MOBILISATION);
    CheckScenarios.Post p = CheckScenarios.Post.of(w);
    AnnualCycleId planning = cycle.open(w.inspector, new OpenYear(w.planning, Year.of(2010))).orElseThrow();
    cycle.leave(w.inspector, LeavePhase.of(planning, CyclePhase.MOBILISATION)).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 10, 21));
    leave(w, land, CyclePhase.IDENTIFICATION);
    RiskPointId draft = w.draft(w.aPointOnApprover().described("与已查找的风险点重复").build());
    leave(w, land, CyclePhase.TRAINING);
    leave(w, land, CyclePhase.MEASURES);
    post(w, land);
    w.clock.setDay(LocalDate.of(2010, 12, 22));
    leave(w, land, CyclePhase.REVISION);
    cycle.close(w.landLeader, CloseYear.of(land)).orElseThrow();

    w.clock.setDay(LocalDate.of(2010, 12, 28));
    RollOut year = new RollOut(w.city, Year.of(2011));
    List<BadInput> bad = List.of(
        new BadInput("no year", x -> x.lianfang.cycle().rollOut(x.inspector, new RollOut(x.city, null)),
            Refusal.Code.INVALID_INPUT, "year", "年度"),
        new BadInput("an unknown top", x -> x.lianfang.cycle().rollOut(x.inspector, new RollOut(
            new UnitId(UUID.randomUUID()), Year.of(2011))), Refusal.Code.UNKNOWN_REFERENCE, null, "单位"),
        new BadInput("a bureau's leader over the city", x -> x.lianfang.cycle().rollOut(x.landLeader, year),
            Refusal.Code.UNKNOWN_REFERENCE, null, "单位"),
        new BadInput("an auditor", x -> x.lianfang.cycle().rollOut(x.auditor, year), Refusal.Code.ACCESS_DENIED,
            null, "无权"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
    RolloutReport first = cycle.rollOut(w.inspector, year).orElseThrow();
    assertEquals(List.of(w.city, w.land), first.opened());
    assertEquals(List.of(), first.skipped());
    assertEquals(List.of(w.planning), List.copyOf(first.refused().keySet()));
    assertTrue(first.refused().get(w.planning).messageZh().contains("2010 年度尚未关闭"));
    assertFalse(first.complete());
    RolloutReport again = cycle.rollOut(w.inspector, year).orElseThrow();
    assertEquals(List.of(), again.opened(), "resumed, it opens only what is left");
    assertEquals(List.of(w.city, w.land), again.skipped());
    assertEquals(List.of(Optional.of(CyclePhase.MOBILISATION), Optional.of(CyclePhase.MOBILISATION),
        Optional.empty()), cycle.queries().progress(w.inspector, w.city, Year.of(2011)).stream()
        .map(CycleProgress::phase).toList());

    assertEquals(List.of(), cycle.queries().revision(w.auditor, w.land, Year.of(2010)).orElseThrow().entries(),
        "nothing changed since the close");
    w.clock.setDay(LocalDate.of(2011, 1, 10));
    w.lianfang.risks().retire(w.landLeader, new RetireRiskPoint(draft, "与已有风险点重复，撤销")).orElseThrow();
    CheckScenarios.Post.inForce(w, Copies.with(ControlScenarios.onlinePublication(w, List.of(p.point())), "content",
        "审批结果当日上网公开，每月通报"));
    RiskPointId found = w.draft(w.aPointOnApprover().described("新增：审批结果未按时公开").build());
    RegisterDiff diff = cycle.queries().revision(w.auditor, w.land, Year.of(2010)).orElseThrow();
    assertEquals(List.of(p.point()), diff.of(RegisterDiff.Kind.ADJUSTED).stream().map(RegisterDiff.Entry::point)
        .toList());
    assertEquals(Set.of(RegisterDiff.Aspect.MEASURES), diff.of(RegisterDiff.Kind.ADJUSTED).get(0).aspects());
    assertEquals(List.of(draft), diff.of(RegisterDiff.Kind.DELETED).stream().map(RegisterDiff.Entry::point).toList());
    assertEquals("与已有风险点重复，撤销", diff.of(RegisterDiff.Kind.DELETED).get(0).reason());
    assertEquals(List.of(found), diff.of(RegisterDiff.Kind.ADDED).stream().map(RegisterDiff.Entry::point).toList());
    assertEquals("新增：审批结果未按时公开", diff.of(RegisterDiff.Kind.ADDED).get(0).reason());
    assertEquals(Optional.empty(), cycle.queries().revision(w.visitor, w.land, Year.of(2010)));
  }

  /**
   * P-26: the land bureau's 2010 has a point on its approval power graded 较高 (a 三重一大 matter) and one graded by the
   * default 3 × 3, both under one measure in force, and closes on 12-22. The city's statistics of 2010 count, for the
   * bureau, its power items, the approval power as a key power, the two points by their grades and the measure, and
   * sum the subtree; in 2011 the second point is retired, and 2010's statistics read the same while 2011's, read from
   * the register as it stands, count one point.
   *
   * @param w a world
   */
  public static void p26_theYearsStatisticsCountItsRegisterItsKeyPowersAndSumTheSubtree(World w) {
    CycleArea cycle = w.lianfang.cycle();
    AnnualCycleId land = cycle.open(w.landLeader, new OpenYear(w.land, Year.of(2010))).orElseThrow();
    leave(w, land, CyclePhase.MOBILISATION);
    RiskPointId approval = w.draft(w.aPointOnApprover().forPower(w.landApproval).build());
    w.lianfang.risks().review(w.landLeader, new ReviewRiskPoint(approval, "属实")).orElseThrow();
    w.lianfang.risks().grade(w.landLeader, new GradeRiskPoint(approval, 2, 2, true, false)).orElseThrow();
    w.lianfang.risks().publish(w.landLeader, new PublishRiskPoint(approval, NoticeAudience.PUBLIC, "局公示栏",
        w.clock.today(), w.clock.today().plusDays(7))).orElseThrow();
    w.clock.setDay(w.clock.today().plusDays(8));
    w.lianfang.risks().confirm(w.landLeader, new ConfirmRiskPoint(approval, "局党组会议", w.clock.today()))
        .orElseThrow();
    RiskPointId other = w.confirmed(w.aPointOnApprover().described("窗口受理不一次告知").build());
    CheckScenarios.Post.inForce(w, ControlScenarios.onlinePublication(w, List.of(approval, other)));
    w.clock.setDay(LocalDate.of(2010, 10, 21));
    for (CyclePhase phase : List.of(CyclePhase.IDENTIFICATION, CyclePhase.TRAINING, CyclePhase.MEASURES)) {
      leave(w, land, phase);
    }
    post(w, land);
    w.clock.setDay(LocalDate.of(2010, 12, 22));
    leave(w, land, CyclePhase.REVISION);
    cycle.close(w.landLeader, CloseYear.of(land)).orElseThrow();

    List<YearStatistics> stats = cycle.queries().statistics(w.auditor, w.city, Year.of(2010));
    assertEquals(List.of(w.city, w.land, w.planning, w.city), stats.stream().map(YearStatistics::unit).toList());
    YearStatistics bureau = stats.get(1);
    assertEquals(w.store.powerItems().inUnit(w.land).size(), bureau.powers());
    assertEquals(1, bureau.keyPowers(), "the approval power has a point graded 较高");
    assertEquals(2, bureau.points());
    assertEquals(Optional.of(RiskGrade.HIGHER), grade(w, approval), "a 三重一大 matter is graded 较高 at least (S-6)");
    java.util.Map<Optional<RiskGrade>, Integer> byGrade = new java.util.HashMap<>();
    byGrade.merge(grade(w, approval), 1, Integer::sum);
    byGrade.merge(grade(w, other), 1, Integer::sum);
    bureau.byGrade().forEach((g, n) -> assertEquals(byGrade.getOrDefault(g, 0), n, g.toString()));
    assertEquals(1, bureau.measures());
    YearStatistics sum = stats.get(3);
    assertEquals(stats.subList(0, 3).stream().mapToInt(YearStatistics::powers).sum(), sum.powers());
    assertEquals(stats.subList(0, 3).stream().mapToInt(YearStatistics::points).sum(), sum.points());
    assertEquals(sum.points(), sum.byGrade().values().stream().mapToInt(Integer::intValue).sum());

    w.clock.setDay(LocalDate.of(2011, 1, 10));
    w.lianfang.risks().retire(w.landLeader, new RetireRiskPoint(other, "并入审批权力的风险点")).orElseThrow();
    assertEquals(stats, cycle.queries().statistics(w.auditor, w.city, Year.of(2010)), "a closed year's stand");
    assertEquals(1, cycle.queries().statistics(w.auditor, w.city, Year.of(2011)).get(1).points());
    assertEquals(List.of(), cycle.queries().statistics(w.visitor, w.city, Year.of(2010)));
  }

  /**
   * S-12, P-3, P-25, P-21: the candidate changes of the land bureau's revision are what its records raised since its
   * register last froze. In December 2010, before any register froze, the appraisal flags its item on the bureau's
   * confirmed point and its dissatisfied comment opens a rectification item, and a hotline report is accepted and
   * linked to the point: the discipline body reads the appraisal, the report and the item, in that order; the bureau's
   * leader, who reads no report in clear, the appraisal and the item; the public nothing. 2010 closes on 12-22 with the
   * item carried over. In 2011 the appraisal and the report lie behind the frozen register and the carried item is
   * still a candidate; the post's duties change, so the point goes stale, and a new report is linked to it. What the
   * revision would post is the diff from 2010.
   *
   * @param w a world
   */
  public static void s12_p3_p25_theRevisionsCandidatesAreWhatTheRecordsRaisedSinceTheRegisterFroze(World w) {
    CycleArea cycle = w.lianfang.cycle();
    AnnualCycleId id = cycle.open(w.landLeader, new OpenYear(w.land, Year.of(2010))).orElseThrow();
    leave(w, id, CyclePhase.MOBILISATION);
    CheckScenarios.Post p = CheckScenarios.Post.of(w);
    w.clock.setDay(LocalDate.of(2010, 12, 1));
    for (CyclePhase phase : List.of(CyclePhase.IDENTIFICATION, CyclePhase.TRAINING, CyclePhase.MEASURES)) {
      leave(w, id, phase);
    }
    post(w, id);
    ChecksArea checks = w.lianfang.checks();
    AppraisalRoundId round = checks.planAppraisal(w.landLeader, AppraisalScenarios.december(w, p.point()))
        .orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 6));
    checks.stepAppraisal(w.landLeader, AppraisalStep.open(round)).orElseThrow();
    checks.recordAppraisalAnswers(w.landLeader, RecordAppraisalAnswers.of(round, List.of(AppraisalAnswer.tally(0,
        AppraisalRating.SATISFIED, 8), AppraisalAnswer.commented(0, AppraisalRating.DISSATISFIED, "办件超期未说明原因",
        Optional.empty())))).orElseThrow();
    MonitoringArea m = w.lianfang.monitoring();
    ReportId report = m.receiveReport(w.inspector, ReportScenarios.byHotline(w, p.point())).orElseThrow();
    m.stepReport(w.inspector, ReportStep.accept(report)).orElseThrow();
    m.linkReport(w.inspector, new LinkReport(report, List.of(p.point()), List.of())).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 12, 18));
    checks.stepAppraisal(w.inspector, AppraisalStep.analyse(round)).orElseThrow();
    RectificationItemId item = w.store.rectificationItems().inUnit(w.land).get(0).id();

    List<RevisionCandidate> body = cycle.queries().candidates(w.inspector, w.land);
    assertEquals(List.of(RevisionCandidate.Source.APPRAISAL, RevisionCandidate.Source.REPORT,
        RevisionCandidate.Source.ITEM), body.stream().map(RevisionCandidate::source).toList());
    assertEquals(List.of(round.value().toString(), report.value().toString(), item.value().toString()),
        body.stream().map(RevisionCandidate::reference).toList());
    assertTrue(body.stream().allMatch(c -> c.point().equals(Optional.of(p.point()))), body.toString());
    assertTrue(body.get(0).reason().contains("审批办件是否公开透明"), body.get(0).reason());
    assertFalse(body.get(1).reason().contains(ReportScenarios.CONTENT.substring(0, 6)), "the content stays sealed");
    assertEquals(List.of(RevisionCandidate.Source.APPRAISAL, RevisionCandidate.Source.ITEM), cycle.queries()
        .candidates(w.landLeader, w.land).stream().map(RevisionCandidate::source).toList());
    assertEquals(List.of(), cycle.queries().candidates(w.visitor, w.land));

    w.clock.setDay(LocalDate.of(2010, 12, 21));
    leave(w, id, CyclePhase.REVISION);
    w.clock.setDay(LocalDate.of(2010, 12, 22));
    cycle.carryOver(w.inspector, CarryOverItem.of(item, "须待明年一季度完成", LocalDate.of(2011, 3, 31)))
        .orElseThrow();
    cycle.close(w.landLeader, CloseYear.of(id)).orElseThrow();

    w.clock.setDay(LocalDate.of(2011, 1, 5));
    List<RevisionCandidate> carried = cycle.queries().candidates(w.inspector, w.land);
    assertEquals(List.of(RevisionCandidate.Source.ITEM), carried.stream().map(RevisionCandidate::source).toList(),
        "the appraisal and the report are behind the frozen register");
    assertTrue(carried.get(0).reason().startsWith("结转的整改事项"), carried.get(0).reason());
    w.lianfang.organization().changePostProfile(w.landLeader, new ChangePostProfile(w.approver,
        SealedIdentities.CHANGED)).orElseThrow();
    ReportId later = m.receiveReport(w.inspector, ReportScenarios.byHotline(w, p.point())).orElseThrow();
    m.stepReport(w.inspector, ReportStep.accept(later)).orElseThrow();
    m.linkReport(w.inspector, new LinkReport(later, List.of(p.point()), List.of())).orElseThrow();
    List<RevisionCandidate> now = cycle.queries().candidates(w.inspector, w.land);
    assertEquals(List.of(RevisionCandidate.Source.STALE_POINT, RevisionCandidate.Source.REPORT,
        RevisionCandidate.Source.ITEM), now.stream().map(RevisionCandidate::source).toList());
    assertEquals(later.value().toString(), now.get(1).reference());
    assertEquals(cycle.queries().revision(w.auditor, w.land, Year.of(2010)), cycle.queries().changes(w.auditor,
        w.land), "what the revision would post is the diff from the last closed year");
    assertEquals(Optional.empty(), cycle.queries().changes(w.visitor, w.land));
  }

  private static Optional<RiskGrade> grade(World w, RiskPointId point) {
    return w.store.registers().points(w.land, Year.of(2010)).stream().filter(p -> p.id().equals(point)).findFirst()
        .orElseThrow().grading().map(g -> g.grade().level());
  }

  /**
   * What a refusal must leave unchanged: every unit's cycles, the records of the kinds a closed year freezes here
   * (monthly checks, tenures, evaluations), the items, the live points and measures and every frozen register, the
   * journals and the outbox.
   *
   * @param cycles every unit's cycles
   * @param records the records named above, the frozen registers' among them
   * @param journal every unit's journal
   * @param outbox how many notifications wait
   */
  public record State(List<AnnualCycle> cycles, List<Object> records, List<JournalEntry> journal, long outbox) {
    /** @param w a world @return what it holds now */
    public static State of(World w) {
      List<AnnualCycle> cs = new ArrayList<>();
      List<Object> rs = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        cs.addAll(w.store.annualCycles().inUnit(u));
        rs.addAll(w.store.monthlyChecks().inUnit(u));
        rs.addAll(w.store.tenures().inUnit(u));
        rs.addAll(w.store.annualEvaluations().inUnit(u));
        rs.addAll(w.store.rectificationItems().inUnit(u));
        rs.addAll(w.store.riskPoints().inUnit(u));
        rs.addAll(w.store.controlMeasures().inUnit(u));
        for (Year y : w.store.registers().years(u)) {
          rs.addAll(w.store.registers().points(u, y));
          rs.addAll(w.store.registers().measures(u, y));
        }
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(cs, rs, js, w.store.outbox().size());
    }
  }

  private static Outcome<AnnualCycleId> open(World w, OpenYear c) {
    return w.lianfang.cycle().open(w.inspector, c);
  }

  /** Leaves a phase of the land bureau's year as its leader, and returns the figures the query read just before. */
  private static CycleFigures leave(World w, AnnualCycleId id, CyclePhase phase) {
    CycleFigures figures = figures(w);
    w.lianfang.cycle().leave(w.landLeader, LeavePhase.of(id, phase)).orElseThrow();
    return figures;
  }

  /**
   * The land bureau's 2010 with a confirmed point under two measures in force ({@link CheckScenarios.Post}), its
   * phases left on 12-11 and its revision posted that day, closed on 12-22 by its leader.
   *
   * @param w a world on its first day
   * @return the bureau's 2010, closed
   */
  public static AnnualCycleId closedOn1222(World w) {
    AnnualCycleId id = w.lianfang.cycle().open(w.landLeader, new OpenYear(w.land, Year.of(2010))).orElseThrow();
    leave(w, id, CyclePhase.MOBILISATION);
    CheckScenarios.Post.of(w);
    w.clock.setDay(LocalDate.of(2010, 12, 11));
    for (CyclePhase p : List.of(CyclePhase.IDENTIFICATION, CyclePhase.TRAINING, CyclePhase.MEASURES)) {
      leave(w, id, p);
    }
    post(w, id);
    w.clock.setDay(LocalDate.of(2010, 12, 22));
    leave(w, id, CyclePhase.REVISION);
    w.lianfang.cycle().close(w.landLeader, CloseYear.of(id)).orElseThrow();
    return id;
  }

  /**
   * Posts the land bureau's revision as its leader today, for a week (P-5, P-26).
   *
   * @param w a world
   * @param id the bureau's year, in self-assessment and revision
   */
  public static void post(World w, AnnualCycleId id) {
    w.lianfang.cycle().post(w.landLeader, PostRevision.of(id, "局公示栏", w.clock.today().plusDays(7))).orElseThrow();
  }

  private static CycleFigures figures(World w) {
    return w.lianfang.cycle().queries().figures(w.auditor, w.land).orElseThrow();
  }

  private static List<CycleProgress> progress(World w) {
    return w.lianfang.cycle().queries().progress(w.inspector, w.city, Year.of(2010));
  }

  private static void assertRefused(World w, AnnualCycleId id, CyclePhase phase, String zh) {
    State before = State.of(w);
    Refusal r = refusal(w.lianfang.cycle().leave(w.landLeader, LeavePhase.of(id, phase)));
    assertEquals(Refusal.Code.RULE_VIOLATED, r.code(), r.toString());
    assertTrue(r.messageZh().contains(zh), r.messageZh());
    assertEquals(before, State.of(w));
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
