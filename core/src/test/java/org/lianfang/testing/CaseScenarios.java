package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.monitoring.MonitoringArea;
import org.lianfang.application.monitoring.OpenCase;
import org.lianfang.application.monitoring.StepCase;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.CaseAction;
import org.lianfang.monitoring.CaseState;
import org.lianfang.monitoring.DueItem;
import org.lianfang.monitoring.HolidayCalendar;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.monitoring.Recipients;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.SupervisionPolicy;
import org.lianfang.monitoring.SupervisionSignal;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.monitoring.WorkingHours;
import org.lianfang.monitoring.WorkingTime;
import org.lianfang.organization.OfficialId;

/**
 * Electronic supervision (issue 12, P-9, P-20) as scenarios on a {@link World}, run on the in-memory store and on every
 * database: a case's signals rise in working time on the year's holiday calendar (2010's National Day, with its
 * make-up working days), each recorded once by the tick, RED becoming a warning under the policy; pauses stop the
 * clock; a completion fixes the signal reached; a monitoring indicator beyond its threshold signalling and warning
 * (P-6); bad input refused naming the field and the rule, changing nothing.
 */
public final class CaseScenarios {
  /** 2010's National Day (国办发明电〔2009〕19号): 10-01 to 10-07 off, Sunday 09-26 and Saturday 10-09 worked. */
  public static final HolidayCalendar NATIONAL_DAY_2010 = HolidayCalendar.of(
      LocalDate.of(2010, 10, 1).datesUntil(LocalDate.of(2010, 10, 8)).toList(),
      List.of(LocalDate.of(2010, 9, 26), LocalDate.of(2010, 10, 9)));

  private CaseScenarios() {}

  /** What a refusal must leave unchanged: the units' cases and journals, the deadlines and the outbox. */
  record State(List<SupervisionCase> cases, List<JournalEntry> journal, List<DueItem> dues, long outbox) {
    static State of(World w) {
      List<SupervisionCase> cs = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      List<DueItem> ds = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        for (SupervisionCase c : w.store.supervisionCases().inUnit(u)) {
          cs.add(c);
          ds.addAll(w.store.dues().of(c.id().value()));
        }
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(cs, js, ds, w.store.outbox().size());
    }
  }

  /**
   * @param w a world
   * @param approver the discipline leader whose standing approval turns RED into a warning, if any
   * @return Lianfang over the world's store and clock, on 2010's holiday calendar and the standard working day
   */
  public static Lianfang onTheHolidayCalendar(World w, Optional<OfficialId> approver) {
    SupervisionPolicy policy = SupervisionPolicy.standard(WorkingHours.standard());
    return Lianfang.builder(w.store).clock(w.clock)
        .workingTime(WorkingTime.of(NATIONAL_DAY_2010, WorkingHours.standard()))
        .supervisionPolicy(approver.map(a -> policy.warningOnRed(a, WarningLevel.ADMONISHMENT)).orElse(policy))
        .build();
  }

  /** @return the instant of a local time in the world's zone */
  static Instant at(World w, int month, int day, int hour, int minute) {
    return LocalDateTime.of(2010, month, day, hour, minute).atZone(w.clock.getZone()).toInstant();
  }

  /**
   * P-9, P-20 on 2010's calendar: a case accepted Wednesday 09-29 at 9:00 with three working days (21 working hours of
   * 9:00–12:00 and 13:30–17:30) promised runs 09-29, 09-30 and, after the seven days of National Day, Friday 10-08: one
   * working day before its limit (the end of 09-30) it is PROMPT, raised by the first tick after it rose, on the
   * holiday 10-07 (the tick runs; the case's clock does not); past its limit (10-08 17:30) it is YELLOW on Saturday
   * 10-09, a make-up working day; three working days further (10-09, 10-11, 10-12) it is RED on 10-13, and a warning to
   * the unit is issued under the policy. Each signal is recorded once, however often the tick runs; the unit's leaders
   * hear of each, the discipline body of YELLOW and RED.
   *
   * @param w a world
   */
  public static void p20_aCaseRaisesEachSignalOnceInWorkingTimeOnTheHolidayCalendarAndRedWarns(World w) {
    OfficialId liu = WarningScenarios.disciplineLeader(w);
    Lianfang lf = onTheHolidayCalendar(w, Optional.of(liu));
    MonitoringArea m = lf.monitoring();
    w.clock.setDay(LocalDate.of(2010, 9, 29)).advance(Duration.ofHours(1));
    SupervisionCaseId id = m.openCase(w.landLeader, new OpenCase(w.land, w.landApproval, "GT-2010-0929-001",
        at(w, 9, 29, 9, 0), Duration.ofHours(21))).orElseThrow();
    m.stepCase(w.landLeader, StepCase.step(id, "受理", at(w, 9, 29, 9, 0))).orElseThrow();

    List<SupervisionSignal> seen = new ArrayList<>();
    List<Instant> ticks = List.of(at(w, 9, 30, 17, 0), at(w, 10, 7, 12, 0), at(w, 10, 8, 10, 0), at(w, 10, 8, 10, 0),
        at(w, 10, 9, 8, 30), at(w, 10, 9, 10, 0), at(w, 10, 12, 17, 0), at(w, 10, 13, 10, 0), at(w, 10, 14, 10, 0));
    List<Integer> raised = new ArrayList<>();
    for (Instant t : ticks) {
      raised.add(m.schedule().tick(t).signals());
      seen.add(m.queries().supervisionCase(w.auditor, id).orElseThrow().life().signal().orElse(null));
    }
    assertEquals(List.of(0, 1, 0, 0, 0, 1, 0, 1, 0), raised, "each signal once, at the first tick after it rose");
    assertEquals(java.util.Arrays.asList(null, SupervisionSignal.PROMPT, SupervisionSignal.PROMPT,
        SupervisionSignal.PROMPT, SupervisionSignal.PROMPT,
        SupervisionSignal.YELLOW, SupervisionSignal.YELLOW, SupervisionSignal.RED, SupervisionSignal.RED), seen);

    SupervisionCase red = m.queries().supervisionCase(w.auditor, id).orElseThrow();
    assertEquals(List.of(at(w, 10, 7, 12, 0), at(w, 10, 9, 10, 0), at(w, 10, 13, 10, 0)),
        red.life().signals().stream().map(r -> r.at()).toList());
    Warning warning = w.store.warnings().find(red.life().signals().get(2).warning().orElseThrow()).orElseThrow();
    assertEquals(WarningOrigin.E_SUPERVISION, warning.notice().origin());
    assertEquals(liu, warning.notice().approver());
    assertEquals(w.land, warning.unitId());
    assertEquals(List.of(), w.store.dues().of(id.value()), "a RED case has nothing more to raise");

    List<Notification> told = w.store.outbox().claim("look", Instant.parse("2100-01-01T00:00:00Z"),
        Duration.ofMillis(1), 1000).stream()
        .map(OutboxMessage::notification).toList();
    assertEquals(List.of(Recipients.unitLeaders(w.land)), recipients(told, "case.signalled.prompt"));
    assertEquals(List.of(Recipients.disciplineBody(w.land), Recipients.unitLeaders(w.land)),
        recipients(told, "case.signalled.yellow"));
    assertEquals(List.of(Recipients.disciplineBody(w.land), Recipients.unitLeaders(w.land)),
        recipients(told, "case.signalled.red"));
    assertTrue(told.stream().anyMatch(n -> n.kind().equals("warning.issued")), "the warning is announced too");
    List<String> types = w.store.journal().read(w.land, 1, 100_000).stream().map(JournalEntry::eventType)
        .filter(t -> t.startsWith("case.") || t.equals("warning.issued")).toList();
    assertEquals(List.of("case.opened", "case.stepped", "case.signalled", "case.signalled", "warning.issued",
        "case.signalled"), types);
    assertTrue(lf.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
  }

  /**
   * P-20: a pause stops the clock; a case completed late without a tick in between keeps the signal it reached, and one
   * completed in time raises none; neither has anything left for the tick. Without an approver in the policy, RED
   * issues no warning.
   *
   * @param w a world
   */
  public static void p20_pausesStopTheClockAndACompletionFixesTheSignalReached(World w) {
    Lianfang lf = onTheHolidayCalendar(w, Optional.empty());
    MonitoringArea m = lf.monitoring();
    w.clock.setDay(LocalDate.of(2010, 10, 20)).advance(Duration.ofHours(1));
    // Wednesday 10-20 9:00, two working days promised (14 working hours); one paused from 10:00 for two days (补正材料)
    SupervisionCaseId paused = m.openCase(w.landLeader, new OpenCase(w.land, w.landApproval, "GT-1020-1",
        at(w, 10, 20, 9, 0), Duration.ofHours(14))).orElseThrow();
    SupervisionCaseId late = m.openCase(w.landLeader, new OpenCase(w.land, w.landApproval, "GT-1020-2",
        at(w, 10, 20, 9, 0), Duration.ofHours(14))).orElseThrow();
    SupervisionCaseId quick = m.openCase(w.landLeader, new OpenCase(w.land, w.landApproval, "GT-1020-3",
        at(w, 10, 20, 9, 0), Duration.ofHours(14))).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 10, 20)).advance(Duration.ofHours(3));
    m.stepCase(w.landLeader, StepCase.pause(paused, at(w, 10, 20, 10, 0))).orElseThrow();
    m.stepCase(w.landLeader, StepCase.complete(quick, at(w, 10, 20, 11, 0))).orElseThrow();
    assertEquals(List.of(), w.store.dues().of(paused.value()), "a paused clock raises nothing");
    assertEquals(List.of(), w.store.dues().of(quick.value()));
    w.clock.setDay(LocalDate.of(2010, 10, 22)).advance(Duration.ofHours(2));
    m.stepCase(w.landLeader, StepCase.resume(paused, at(w, 10, 22, 10, 0))).orElseThrow();
    // an hour ran before the pause and one since 10:00: PROMPT, seven working hours before the limit, comes after five
    // more, at 17:30 on Friday 10-22
    assertEquals(List.of(at(w, 10, 22, 17, 30)), w.store.dues().of(paused.value()).stream()
        .map(DueItem::nextAlertAt).toList());
    w.clock.setDay(LocalDate.of(2010, 10, 28)).advance(Duration.ofHours(1));
    m.stepCase(w.landLeader, StepCase.complete(late, at(w, 10, 28, 9, 30))).orElseThrow();
    SupervisionCase done = m.queries().supervisionCase(w.auditor, late).orElseThrow();
    assertEquals(CaseState.COMPLETED, done.state());
    assertEquals(Optional.of(SupervisionSignal.RED), done.life().signal(),
        "past its limit (10-21) and three working days more (10-26), with no tick between");
    assertEquals(Optional.empty(), done.life().signals().get(0).warning(), "no approver: RED only reported");
    assertEquals(Optional.empty(), m.queries().supervisionCase(w.auditor, quick).orElseThrow().life().signal());
    assertEquals(List.of(), w.store.dues().of(late.value()));
  }

  /**
   * P-20, "YELLOW when a case or a step is overdue": on 2010's calendar, cases accepted Wednesday 09-29 at 9:00 with
   * three working days promised (PROMPT at the end of 09-30), whose first step promises two working hours of its own.
   * The step under way puts the case's deadline at its own end (11:00), and the tick there raises YELLOW, before any
   * PROMPT; a pause stops the step's clock as it stops the case's (half an hour before the pause, half an hour after
   * lunch: 14:00); a step done in time and a case completed in time raise nothing; a step reported after the one
   * before ran out makes the case due at once, and its completion records YELLOW though no tick saw the step run out.
   *
   * @param w a world
   */
  public static void p20_aStepOverItsOwnLimitIsYellowBeforeTheCaseIs(World w) {
    Lianfang lf = onTheHolidayCalendar(w, Optional.empty());
    MonitoringArea m = lf.monitoring();
    w.clock.setDay(LocalDate.of(2010, 9, 29));
    Instant nine = at(w, 9, 29, 9, 0);
    List<SupervisionCaseId> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      SupervisionCaseId id = m.openCase(w.landLeader, new OpenCase(w.land, w.landApproval, "GT-2010-0929-2" + (10 + i),
          nine, Duration.ofHours(21))).orElseThrow();
      Duration limit = Duration.ofHours(i == 2 ? 1 : i == 3 ? 4 : 2); // the fourth's runs out at 14:30
      m.stepCase(w.landLeader, StepCase.step(id, "受理", nine, limit)).orElseThrow();
      ids.add(id);
    }
    SupervisionCaseId overrun = ids.get(0);
    SupervisionCaseId inTime = ids.get(1);
    SupervisionCaseId paused = ids.get(2);
    SupervisionCaseId reportedLate = ids.get(3);
    assertEquals(List.of(at(w, 9, 29, 11, 0).plusSeconds(1)), w.store.dues().of(overrun.value()).stream()
        .map(DueItem::nextAlertAt).toList(), "the step's end, a second past it, before the case's PROMPT");

    w.clock.advance(Duration.ofMinutes(90)); // 10:30
    m.stepCase(w.landLeader, StepCase.step(inTime, "审查", at(w, 9, 29, 10, 30), Duration.ofHours(1))).orElseThrow();
    m.stepCase(w.landLeader, StepCase.pause(paused, at(w, 9, 29, 9, 30))).orElseThrow();
    assertEquals(0, m.schedule().tick(at(w, 9, 29, 10, 59)).signals());

    w.clock.advance(Duration.ofMinutes(45)); // 11:15
    m.stepCase(w.landLeader, StepCase.complete(inTime, at(w, 9, 29, 11, 15))).orElseThrow();
    assertEquals(1, m.schedule().tick(at(w, 9, 29, 11, 1)).signals(), "the first step ran out at 11:00");
    assertEquals(List.of(SupervisionSignal.YELLOW), signals(m, w, overrun), "YELLOW, with no PROMPT before it");
    List<Notification> yellow = w.store.outbox().claim("look", Instant.parse("2100-01-01T00:00:00Z"),
        Duration.ofMillis(1), 1000).stream().map(OutboxMessage::notification)
        .filter(n -> n.kind().equals("case.signalled.yellow")).toList();
    assertEquals(List.of(Recipients.disciplineBody(w.land), Recipients.unitLeaders(w.land)),
        yellow.stream().map(Notification::recipient).sorted().toList());
    assertTrue(yellow.stream().allMatch(n -> n.bodyZh().contains("办理环节“受理”已超过环节时限")
        && n.bodyEn().contains("its step \"受理\" is past the step's own limit")), yellow.toString());
    assertEquals(List.of(), signals(m, w, inTime), "each step and the case in time: nothing");
    assertEquals(List.of(), w.store.dues().of(inTime.value()));

    w.clock.setDay(LocalDate.of(2010, 9, 29)).advance(Duration.ofMinutes(270)); // 13:30
    m.stepCase(w.landLeader, StepCase.resume(paused, at(w, 9, 29, 13, 30))).orElseThrow();
    assertEquals(List.of(at(w, 9, 29, 14, 0).plusSeconds(1)), w.store.dues().of(paused.value()).stream()
        .map(DueItem::nextAlertAt).toList(), "half an hour before the pause, half an hour after it");
    assertEquals(0, m.schedule().tick(at(w, 9, 29, 13, 59)).signals());
    assertEquals(1, m.schedule().tick(at(w, 9, 29, 14, 1)).signals());
    assertEquals(List.of(SupervisionSignal.YELLOW), signals(m, w, paused));

    w.clock.advance(Duration.ofMinutes(70)); // 14:40: no tick since the fourth case's first step ran out at 14:30
    m.stepCase(w.landLeader, StepCase.step(reportedLate, "审查", at(w, 9, 29, 14, 40))).orElseThrow();
    assertEquals(List.of(w.clock.instant()), w.store.dues().of(reportedLate.value()).stream()
        .map(DueItem::nextAlertAt).toList(), "reached and not recorded: due now");
    w.clock.advance(Duration.ofMinutes(5));
    m.stepCase(w.landLeader, StepCase.complete(reportedLate, at(w, 9, 29, 14, 45))).orElseThrow();
    assertEquals(List.of(SupervisionSignal.YELLOW), signals(m, w, reportedLate), "the completion records it");
    assertEquals(List.of(), w.store.dues().of(reportedLate.value()));
    assertEquals(2, m.queries().supervisionCase(w.auditor, reportedLate).orElseThrow().life().steps().size());
    assertTrue(lf.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
  }

  private static List<SupervisionSignal> signals(MonitoringArea m, World w, SupervisionCaseId id) {
    return m.queries().supervisionCase(w.auditor, id).orElseThrow().life().signals().stream()
        .map(r -> r.signal()).toList();
  }

  /**
   * Bad input and access: each refused with its code, naming the field and the rule in both languages, and nothing
   * changes; the unit's leader records cases, an auditor reads them and records none, another bureau learns nothing.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    Instant now = w.clock.instant();
    OpenCase good = new OpenCase(w.land, w.landApproval, "GT-0831-1", now.minusSeconds(3600), Duration.ofHours(16));
    SupervisionCaseId id = m.openCase(w.landLeader, good).orElseThrow();
    List<BadInput> bad = List.of(
        new BadInput("a limit of none", x -> open(x, Copies.with(good, "limit", Duration.ZERO)),
            Refusal.Code.INVALID_INPUT, "limit", "承诺时限"),
        new BadInput("a negative limit", x -> open(x, Copies.with(good, "limit", Duration.ofHours(-1))),
            Refusal.Code.INVALID_INPUT, "limit", "整分钟"),
        new BadInput("a limit in seconds", x -> open(x, Copies.with(good, "limit", Duration.ofSeconds(90))),
            Refusal.Code.INVALID_INPUT, "limit", "整分钟"),
        new BadInput("a limit of two years", x -> open(x, Copies.with(good, "limit", Duration.ofDays(730))),
            Refusal.Code.INVALID_INPUT, "limit", "一年"),
        new BadInput("a blank number", x -> open(x, Copies.with(good, "number", "\u3000")),
            Refusal.Code.INVALID_INPUT, "number", "办件编号"),
        new BadInput("a start tomorrow", x -> open(x, Copies.with(good, "started", now.plusSeconds(86_400))),
            Refusal.Code.INVALID_INPUT, "started", "晚于现在"),
        new BadInput("an unknown power item", x -> open(x, Copies.with(good, "powerItem",
            new org.lianfang.organization.PowerItemId(UUID.randomUUID()))), Refusal.Code.INVALID_INPUT, "powerItem",
            "本单位没有该职权事项"),
        new BadInput("no limit", x -> open(x, Copies.with(good, "limit", null)), Refusal.Code.INVALID_INPUT, "limit",
            "承诺时限"),
        new BadInput("a step without its name", x -> step(x, new StepCase(id, CaseAction.STEP, now,
            Optional.empty())), Refusal.Code.INVALID_INPUT, "step", "写明名称"),
        new BadInput("a name to pause", x -> step(x, new StepCase(id, CaseAction.PAUSE, now, Optional.of("补正"))),
            Refusal.Code.INVALID_INPUT, "step", "不写环节名称"),
        new BadInput("a limit to pause", x -> step(x, new StepCase(id, CaseAction.PAUSE, now, Optional.empty(),
            Optional.of(Duration.ofHours(1)))), Refusal.Code.INVALID_INPUT, "limit", "不写环节时限"),
        new BadInput("a step's limit of none", x -> step(x, StepCase.step(id, "受理", now, Duration.ZERO)),
            Refusal.Code.INVALID_INPUT, "limit", "环节时限"),
        new BadInput("a step's limit in seconds", x -> step(x, StepCase.step(id, "受理", now, Duration.ofSeconds(90))),
            Refusal.Code.INVALID_INPUT, "limit", "整分钟"),
        new BadInput("a step's limit of two years", x -> step(x, StepCase.step(id, "受理", now, Duration.ofDays(730))),
            Refusal.Code.INVALID_INPUT, "limit", "一年"),
        new BadInput("no step limit at all", x -> step(x, new StepCase(id, CaseAction.STEP, now, Optional.of("受理"),
            null)), Refusal.Code.INVALID_INPUT, "limit", "环节时限"),
        new BadInput("a resume while it runs", x -> step(x, StepCase.resume(id, now)), Refusal.Code.ILLEGAL_TRANSITION,
            null, "办理中"),
        new BadInput("a step before the case started", x -> step(x, StepCase.step(id, "受理", now.minusSeconds(7200))),
            Refusal.Code.INVALID_INPUT, "at", "早于"),
        new BadInput("a step after now", x -> step(x, StepCase.step(id, "受理", now.plusSeconds(60))),
            Refusal.Code.INVALID_INPUT, "at", "晚于现在"),
        new BadInput("an unknown case", x -> step(x, StepCase.complete(new SupervisionCaseId(UUID.randomUUID()), now)),
            Refusal.Code.UNKNOWN_REFERENCE, null, "监察案件"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
    for (Actor reader : List.of(w.auditor, w.sectionHead)) {
      State before = State.of(w);
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(m.openCase(reader, good)).code(), reader.id());
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(m.stepCase(reader, StepCase.complete(id, now))).code());
      assertEquals(before, State.of(w));
    }
    assertEquals(List.of(id), m.queries().supervisionCases(w.auditor, w.land).stream().map(SupervisionCase::id)
        .toList());
    assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(m.stepCase(w.planningLeader, StepCase.complete(id, now)))
        .code(), "another bureau learns nothing of it");
    assertEquals(List.of(), m.queries().supervisionCases(w.planningLeader, w.land));
  }

  /**
   * P-6: a measure in force is watched by its indicator ("逾期审批件数", above 0). A value at the threshold is recorded and
   * raises nothing; a value beyond it tells the unit's leaders and the discipline body and, with a standing approval in
   * the policy, becomes a reminder to the unit over the measure's points, with the rule that fired as its facts; a
   * later breach while that warning is open is told, not warned again. The measure itself does not change. Bad input is
   * refused naming the field and changes nothing.
   *
   * @param w a world
   */
  public static void p6_anIndicatorBeyondItsThresholdSignalsAndWarnsUnderThePolicy(World w) {
    OfficialId liu = WarningScenarios.disciplineLeader(w);
    Lianfang lf = Lianfang.builder(w.store).clock(w.clock).indicatorPolicy(
        org.lianfang.monitoring.IndicatorPolicy.warning(liu, WarningLevel.REMINDER)).build();
    MonitoringArea m = lf.monitoring();
    org.lianfang.risk.RiskPointId point = w.confirmed(w.aPointOnApprover().build());
    org.lianfang.application.control.DraftMeasure draft = ControlScenarios.onlinePublication(w, List.of(point));
    org.lianfang.control.ControlMeasureId measure = inForce(w, draft);
    org.lianfang.control.ControlMeasureId silent = inForce(w, Copies.with(draft, "indicator", Optional.empty()));
    org.lianfang.control.ControlMeasureId registered = lf.control().draft(w.landLeader, draft).orElseThrow();
    lf.control().step(w.landLeader, org.lianfang.application.control.MeasureStep.register(registered)).orElseThrow();
    org.lianfang.ArchiveObject before = org.lianfang.kinds.AggregateKinds.state(w.store.controlMeasures()
        .find(measure).orElseThrow());
    long outbox = w.store.outbox().size();

    m.reportIndicator(w.landLeader, new org.lianfang.application.monitoring.ReportIndicator(measure,
        java.math.BigDecimal.ZERO, w.clock.today())).orElseThrow();
    assertEquals(outbox, w.store.outbox().size(), "at the threshold: recorded, nothing raised");
    m.reportIndicator(w.landLeader, new org.lianfang.application.monitoring.ReportIndicator(measure,
        new java.math.BigDecimal("3"), w.clock.today())).orElseThrow();

    assertEquals(before, org.lianfang.kinds.AggregateKinds.state(w.store.controlMeasures().find(measure)
        .orElseThrow()), "the measure's state does not change (its version does: the report checked it)");
    List<Warning> warnings = w.store.warnings().inUnit(w.land);
    assertEquals(1, warnings.size());
    Warning warning = warnings.get(0);
    assertEquals(WarningOrigin.INDICATOR, warning.notice().origin());
    assertEquals(WarningLevel.REMINDER, warning.level());
    assertEquals(List.of(point), warning.subject().points());
    assertTrue(warning.notice().facts().contains("逾期审批件数") && warning.notice().facts().contains("取值 3件")
        && warning.notice().facts().contains("取数规则：每月末统计超过承诺时限的审批件"), warning.notice().facts());
    List<Notification> told = w.store.outbox().claim("look", Instant.parse("2100-01-01T00:00:00Z"),
        Duration.ofMillis(1), 1000).stream().map(OutboxMessage::notification).toList();
    assertEquals(List.of(Recipients.disciplineBody(w.land), Recipients.unitLeaders(w.land)),
        recipients(told, "indicator.reported.signalled"));
    List<String> types = w.store.journal().read(w.land, 1, 100_000).stream().map(JournalEntry::eventType)
        .filter(t -> t.startsWith("indicator.") || t.equals("warning.issued")).toList();
    assertEquals(List.of("indicator.reported", "warning.issued", "indicator.reported"), types);
    assertTrue(lf.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());

    m.reportIndicator(w.landLeader, new org.lianfang.application.monitoring.ReportIndicator(measure,
        new java.math.BigDecimal("5"), w.clock.today())).orElseThrow();
    assertEquals(1, w.store.warnings().inUnit(w.land).size(), "the year's warning on it is open: not warned again");
    List<Notification> again = w.store.outbox().claim("look", Instant.parse("2100-01-01T00:00:00Z"),
        Duration.ofMillis(1), 1000).stream().map(OutboxMessage::notification).toList();
    assertEquals(List.of(Recipients.disciplineBody(w.land), Recipients.unitLeaders(w.land)),
        recipients(again, "indicator.reported.signalled"), "but the breach is told");

    org.lianfang.application.monitoring.ReportIndicator good = new org.lianfang.application.monitoring
        .ReportIndicator(measure, java.math.BigDecimal.ONE, w.clock.today());
    List<BadInput> bad = List.of(
        new BadInput("a day taken tomorrow", x -> indicator(x, Copies.with(good, "taken",
            x.clock.today().plusDays(1))), Refusal.Code.INVALID_INPUT, "taken", "晚于今天"),
        new BadInput("five decimals", x -> indicator(x, Copies.with(good, "value",
            new java.math.BigDecimal("0.00001"))),
            Refusal.Code.INVALID_INPUT, "value", "指标值"),
        new BadInput("no value", x -> indicator(x, Copies.with(good, "value", null)), Refusal.Code.INVALID_INPUT,
            "value", "指标值"),
        new BadInput("a measure without an indicator", x -> indicator(x, Copies.with(good, "measure", silent)),
            Refusal.Code.INVALID_INPUT, "measure", "没有监测指标"),
        new BadInput("a measure not in force", x -> indicator(x, Copies.with(good, "measure", registered)),
            Refusal.Code.RULE_VIOLATED, null, "执行中"),
        new BadInput("an unknown measure", x -> indicator(x, Copies.with(good, "measure",
            new org.lianfang.control.ControlMeasureId(UUID.randomUUID()))), Refusal.Code.UNKNOWN_REFERENCE, null,
            "防控措施"));
    BadInput.assertEachRefusedChangingNothing(w, bad, IndicatorState::of);
    IndicatorState unchanged = IndicatorState.of(w);
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(m.reportIndicator(w.auditor, good)).code());
    assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(m.reportIndicator(w.planningLeader, good)).code());
    assertEquals(unchanged, IndicatorState.of(w));
  }

  /**
   * P-17, P-20: a case opened under the approver's commitment to settle applications within five working days is
   * watched by that limit, thirty-five working hours, and names the commitment; a commitment not yet published, a case
   * started outside its period, an unknown commitment and an auditor are refused, changing nothing.
   *
   * @param w a world
   */
  public static void p17_p20_aCaseUnderACommitmentIsWatchedByItsTimeLimit(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    org.lianfang.control.ServiceCommitmentId running = CommitmentScenarios.inProgress(w,
        CommitmentScenarios.fiveDays(w, w.zhao));
    org.lianfang.control.ServiceCommitmentId proposed = w.lianfang.control().proposeCommitment(w.landLeader,
        CommitmentScenarios.fiveDays(w, w.zhao)).orElseThrow();
    Instant started = w.clock.instant().minusSeconds(3600);
    SupervisionCaseId id = m.openCommittedCase(w.landLeader, new org.lianfang.application.monitoring
        .OpenCommittedCase(running, w.landApproval, "GT-承诺-001", started)).orElseThrow();
    SupervisionCase c = m.queries().supervisionCase(w.auditor, id).orElseThrow();
    assertEquals(Duration.ofHours(35), c.terms().limit(), "five working days of 9:00–12:00 and 13:30–17:30");
    assertEquals(Optional.of(running), c.terms().commitment());
    assertEquals(1, w.store.dues().of(id.value()).size(), "watched like any case");

    org.lianfang.application.monitoring.OpenCommittedCase good = new org.lianfang.application.monitoring
        .OpenCommittedCase(running, w.landApproval, "GT-承诺-002", started);
    List<BadInput> bad = List.of(
        new BadInput("a commitment not yet published", x -> x.lianfang.monitoring().openCommittedCase(x.landLeader,
            Copies.with(good, "commitment", proposed)), Refusal.Code.RULE_VIOLATED, null, "公示后"),
        new BadInput("a case before the commitment's period", x -> x.lianfang.monitoring().openCommittedCase(
            x.landLeader, Copies.with(good, "started", at(x, 8, 1, 9, 0))), Refusal.Code.INVALID_INPUT, "started",
            "不在承诺期"),
        new BadInput("an unknown commitment", x -> x.lianfang.monitoring().openCommittedCase(x.landLeader,
            Copies.with(good, "commitment", new org.lianfang.control.ServiceCommitmentId(UUID.randomUUID()))),
            Refusal.Code.UNKNOWN_REFERENCE, null, "服务承诺"),
        new BadInput("an unknown power item", x -> x.lianfang.monitoring().openCommittedCase(x.landLeader,
            Copies.with(good, "powerItem", new org.lianfang.organization.PowerItemId(UUID.randomUUID()))),
            Refusal.Code.INVALID_INPUT, "powerItem", "本单位没有该职权事项"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
    State before = State.of(w);
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(m.openCommittedCase(w.auditor, good)).code());
    assertEquals(before, State.of(w));
  }

  /** What a refused indicator report must leave unchanged: the journals, the warnings and the outbox. */
  record IndicatorState(List<JournalEntry> journal, List<Warning> warnings, long outbox) {
    static IndicatorState of(World w) {
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new IndicatorState(js, w.store.warnings().inUnit(w.land), w.store.outbox().size());
    }
  }

  private static org.lianfang.control.ControlMeasureId inForce(World w,
      org.lianfang.application.control.DraftMeasure draft) {
    org.lianfang.control.ControlMeasureId id = w.lianfang.control().draft(w.landLeader, draft).orElseThrow();
    w.lianfang.control().step(w.landLeader, org.lianfang.application.control.MeasureStep.register(id)).orElseThrow();
    w.lianfang.control().step(w.inspector, org.lianfang.application.control.MeasureStep.putInForce(id)).orElseThrow();
    return id;
  }

  private static Outcome<org.lianfang.control.ControlMeasureId> indicator(World w,
      org.lianfang.application.monitoring.ReportIndicator c) {
    return w.lianfang.monitoring().reportIndicator(w.landLeader, c);
  }

  private static List<String> recipients(List<Notification> told, String kind) {
    return told.stream().filter(n -> n.kind().equals(kind)).map(Notification::recipient).sorted()
        .collect(Collectors.toList());
  }

  /**
   * Decision 5 with P-20: the tick and the host reporting a step on the same cases at the same moment both succeed,
   * in whichever order the store lets them through. A command that conflicts with the tick (it read a case the tick
   * then wrote, or the two met in a deadlock the database broke) is run again on what the tick wrote, so no conflict
   * reaches the host; each signal is recorded once and every step is kept. Two rounds: PROMPT on 10-08, YELLOW on
   * 10-09, a step reported on each case as the tick runs.
   *
   * @param w a world
   * @throws Exception if a thread fails
   */
  public static void d5_p20_theTickAndAStepRacingOnOneCaseBothSucceed(World w) throws Exception {
    Lianfang lf = onTheHolidayCalendar(w, Optional.empty());
    MonitoringArea m = lf.monitoring();
    w.clock.setDay(LocalDate.of(2010, 9, 29)).advance(Duration.ofHours(1));
    List<SupervisionCaseId> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      SupervisionCaseId id = m.openCase(w.landLeader, new OpenCase(w.land, w.landApproval,
          "GT-2010-0929-1" + (10 + i), at(w, 9, 29, 9, 0), Duration.ofHours(21))).orElseThrow();
      m.stepCase(w.landLeader, StepCase.step(id, "受理", at(w, 9, 29, 9, 0))).orElseThrow();
      ids.add(id);
    }
    List<String> names = List.of("审查", "决定");
    List<SupervisionSignal> expected = List.of(SupervisionSignal.PROMPT, SupervisionSignal.YELLOW);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 2; round++) {
        int day = 8 + round;
        w.clock.setDay(LocalDate.of(2010, 10, day)).advance(Duration.ofHours(1));
        Instant tick = at(w, 10, day, 10, 0);
        String name = names.get(round);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.Future<Integer> ticked = pool.submit(() -> {
          go.await();
          return m.schedule().tick(tick).signals();
        });
        java.util.concurrent.Future<?> stepped = pool.submit(() -> {
          go.await();
          for (SupervisionCaseId id : ids) {
            m.stepCase(w.landLeader, StepCase.step(id, name, at(w, 10, day, 9, 30))).orElseThrow();
          }
          return null;
        });
        go.countDown();
        stepped.get(2, java.util.concurrent.TimeUnit.MINUTES);
        int raised = ticked.get(2, java.util.concurrent.TimeUnit.MINUTES);
        raised += m.schedule().tick(tick).signals(); // a case whose deadline the command held was skipped, not lost
        assertEquals(ids.size(), raised, "round " + round + ": one signal a case");
        for (SupervisionCaseId id : ids) {
          SupervisionCase c = m.queries().supervisionCase(w.auditor, id).orElseThrow();
          assertEquals(expected.subList(0, round + 1), c.life().signals().stream().map(r -> r.signal()).toList());
          assertEquals(List.of("受理", "审查", "决定").subList(0, round + 2),
              c.life().steps().stream().map(st -> st.name()).toList(), "every step kept");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(lf.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
    assertTrue(lf.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
  }

  private static Outcome<SupervisionCaseId> open(World w, OpenCase c) {
    return w.lianfang.monitoring().openCase(w.landLeader, c);
  }

  private static Outcome<SupervisionCaseId> step(World w, StepCase c) {
    return w.lianfang.monitoring().stepCase(w.landLeader, c);
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
