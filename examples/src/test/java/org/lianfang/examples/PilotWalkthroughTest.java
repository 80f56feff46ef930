package org.lianfang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.cycle.CycleProgress;
import org.lianfang.cycle.CycleTimetable;
import org.lianfang.cycle.RevisionNotice;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;
import org.lianfang.ledger.Verification;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.Unit;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.PublicNotice;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskIdentificationForm;
import org.lianfang.risk.RiskPoint;

/**
 * Runs {@link PilotWalkthrough} once and checks what it left in the library against the seed, reading the records
 * back as an auditor would, never by comparing printed text with a stored copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PilotWalkthroughTest {
  /** S-18, as the seed lists the pilot units. */
  private static final List<String> PILOT_UNITS = List.of(
      "官渡区", "晋宁县", "市国土资源管理局", "市规划局", "市住房和城乡建设局", "市招投标交易中心", "市城投公司");

  private Lianfang lianfang;
  private MutableClock clock;
  private UnitId city;
  private String printed;
  private Actor auditor;
  private List<Unit> units;
  private List<RiskPoint> points;

  @BeforeAll
  void runTheWalkthrough() {
    clock = MutableClock.startingOn(PilotWalkthrough.STAGE_OPENS, PilotWalkthrough.KUNMING);
    lianfang = PilotWalkthrough.open(InMemoryStore.create(), clock);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      city = PilotWalkthrough.run(lianfang, clock, out);
    }
    printed = bytes.toString(StandardCharsets.UTF_8);
    auditor = Actor.of("test-auditor", "审计", Set.of(Role.AUDITOR), Set.of(city));
    units = lianfang.organization().queries().subtree(auditor, city);
    points = new ArrayList<>();
    units.forEach(u -> points.addAll(lianfang.risks().queries().riskPoints(auditor, u.id())));
  }

  @Test
  void s18_registersExactlyTheSevenPilotUnitsUnderKunming() {
    assertEquals("昆明市", units.get(0).name());
    assertEquals(Set.copyOf(PILOT_UNITS), units.stream().skip(1).map(Unit::name).collect(Collectors.toSet()));
    assertTrue(units.stream().skip(1).allMatch(u -> u.parent().orElseThrow().equals(city)));
  }

  @Test
  void printsForm2ForEveryPilotUnit() {
    for (String unit : PILOT_UNITS) {
      assertTrue(printed.contains(RiskIdentificationForm.TITLE + "（" + unit + "，"), "Form 2 of " + unit);
    }
  }

  @Test
  void s13_p13_putsAMeasureInForceAgainstEveryConfirmedPointAndPrintsForm3ForEveryPilotUnit() {
    for (String unit : PILOT_UNITS) {
      assertTrue(printed.contains(org.lianfang.control.ControlRegistrationForm.TITLE + "（" + unit + "，"),
          "Form 3 of " + unit);
    }
    List<org.lianfang.control.ControlMeasure> measures = new ArrayList<>();
    units.forEach(u -> measures.addAll(lianfang.control().queries().measures(auditor, u.id())));
    assertEquals(points.size(), measures.size(), "one measure per point");
    assertTrue(measures.stream().allMatch(m -> m.state() == org.lianfang.control.MeasureState.IN_FORCE
        && !m.life().inForce().orElseThrow().isAfter(java.time.LocalDate.of(2010, 12, 10))), "in force by 12-10");
    assertTrue(measures.stream().anyMatch(m -> m.life().inForce().orElseThrow().equals(java.time.LocalDate.of(2010,
        10, 25))), "the watched ones from 10-25");
    org.lianfang.control.CoverageReport coverage = lianfang.control().queries().coverage(auditor, city);
    assertEquals(points.size(), coverage.points().size());
    assertEquals(List.of(), coverage.uncovered(), "P-14 under the default policy");
  }

  @Test
  void s16_p15_trainsEveryPilotUnitFrom1001To1020AndMeetsItsYearlyEducation() {
    java.time.LocalDate opens = java.time.LocalDate.of(2010, 10, 1);
    java.time.LocalDate closes = java.time.LocalDate.of(2010, 10, 20);
    long begun = 0;
    for (Unit u : units.subList(1, units.size())) {
      List<org.lianfang.control.EducationActivity> held = lianfang.control().queries().education(auditor, u.id());
      assertTrue(held.size() >= 3, u.name() + ": training, warning and party lecture");
      assertTrue(held.stream().allMatch(a -> !a.content().held().isBefore(opens)
          && !a.content().held().isAfter(closes)), u.name() + ": all within the training of S-16");
      begun += lianfang.organization().queries().tenures(auditor, u.id()).stream()
          .filter(t -> t.start().getYear() == 2010).count();
    }
    org.lianfang.control.EducationReport report = lianfang.control().queries().educationObligations(auditor, city,
        java.time.Year.of(2010));
    List<org.lianfang.control.EducationObligation> pilots = report.rows().stream()
        .filter(r -> !r.unit().equals(city)).map(org.lianfang.control.EducationReport.Row::obligation).toList();
    assertTrue(pilots.stream().allMatch(o -> o.status() == org.lianfang.control.ObligationStatus.MET), "P-15");
    for (org.lianfang.control.ObligationKind kind : List.of(org.lianfang.control.ObligationKind.PARTY_LECTURE,
        org.lianfang.control.ObligationKind.WARNING_EDUCATION)) {
      assertEquals(PILOT_UNITS.size(), pilots.stream().filter(o -> o.kind() == kind).count(), kind.code());
    }
    assertEquals(begun, pilots.stream()
        .filter(o -> o.kind() == org.lianfang.control.ObligationKind.APPOINTMENT_TALK).count(),
        "a talk for every tenure begun in 2010");
    assertTrue(begun > 0 && pilots.stream().filter(o -> o.kind()
        == org.lianfang.control.ObligationKind.APPOINTMENT_TALK).allMatch(o -> o.late()),
        "the talks owed since the spring are held late, in October");
    assertTrue(printed.contains("2010 年廉政教育任务"), "the obligations are printed");
  }

  /**
   * S-9, P-8, P-18, P-21, decisions 4 and 5: from 10-21 to 12-10 one pilot unit is warned; the warning climbs once to
   * an admonishment and closes, its rectification item closes, the daily tick reminded of each deadline on its days,
   * and every notification raised was dispatched to the console sender.
   */
  @Test
  void s9_p8_p18_p21_aWarningClimbsOnceAndClosesItsItemClosesAndEveryNotificationIsSent() {
    List<org.lianfang.monitoring.Warning> warnings = new ArrayList<>();
    List<org.lianfang.monitoring.RectificationItem> items = new ArrayList<>();
    for (Unit u : units) {
      warnings.addAll(lianfang.monitoring().queries().warnings(auditor, u.id()));
      items.addAll(lianfang.monitoring().queries().rectificationItems(auditor, u.id()).stream()
          .filter(i -> i.terms().origin() == org.lianfang.monitoring.RectificationOrigin.WARNING).toList());
    }
    assertEquals(1, warnings.size());
    org.lianfang.monitoring.Warning w = warnings.get(0);
    assertEquals(org.lianfang.monitoring.WarningState.CLOSED, w.state());
    assertEquals(org.lianfang.monitoring.WarningLevel.ADMONISHMENT, w.level(), "climbed once");
    assertEquals(2, w.rounds().size());
    assertEquals(1, items.size());
    assertEquals(org.lianfang.monitoring.RectificationState.CLOSED, items.get(0).state());
    assertEquals(java.util.Optional.of(w.id()), items.get(0).terms().warning());
    assertTrue(printed.contains("回复期限为 2010-10-28，还剩 3 天"), "the tick's reminder of the reply was sent");
    assertTrue(printed.contains("验证期限为 2010-11-05，还剩 1 天"), "and of the verification");
    assertTrue(!printed.contains("逾期，期限"), "nothing went overdue");
  }

  @Test
  void p19_p11_reportsFromTheBoxTheHotlineAndAnAuditAreHandledInTimeAndNoReporterIsPrinted() {
    Actor inspector = Actor.of("test-inspector", "纪委", Set.of(Role.DISCIPLINE_INSPECTOR), Set.of(city));
    List<org.lianfang.monitoring.Report> reports = new ArrayList<>();
    for (Unit u : units) {
      assertEquals(List.of(), lianfang.monitoring().queries().reports(auditor, u.id()), "auditors read no report");
      reports.addAll(lianfang.monitoring().queries().reports(inspector, u.id()));
    }
    Map<org.lianfang.monitoring.ReportChannel, org.lianfang.monitoring.Report> byChannel = reports.stream()
        .collect(Collectors.toMap(r -> r.intake().channel(), r -> r));
    assertEquals(Set.of(org.lianfang.monitoring.ReportChannel.BOX, org.lianfang.monitoring.ReportChannel.HOTLINE,
        org.lianfang.monitoring.ReportChannel.AUDIT), byChannel.keySet());
    org.lianfang.monitoring.Report box = byChannel.get(org.lianfang.monitoring.ReportChannel.BOX);
    assertEquals(org.lianfang.monitoring.ReportState.CLOSED, box.state());
    assertEquals(1, box.links().warnings().size(), "the box's report raised the warning");
    org.lianfang.monitoring.Report hotline = byChannel.get(org.lianfang.monitoring.ReportChannel.HOTLINE);
    assertEquals(org.lianfang.monitoring.ReportState.FED_BACK, hotline.state());
    assertTrue(hotline.life().acceptanceTold().isPresent());
    assertEquals(org.lianfang.monitoring.ReportState.CLOSED,
        byChannel.get(org.lianfang.monitoring.ReportChannel.AUDIT).state());
    // P-19: received Monday 10-25, forwarded or accepted within five working days, by Monday 11-01
    assertTrue(printed.contains("举报（举报电话，2010-10-25 收到）：转办或受理期限为 2010-11-01，还剩 3 天"),
        "the tick reminded the discipline body");
    String name = hotline.intake().reporter().orElseThrow().name();
    assertFalse(printed.contains(name), "P-11: the reporter's name is never printed");
    assertFalse(printed.contains(hotline.intake().content()), "nor what the report says");
  }

  @Test
  void p20_electronicSupervisionCountsWorkingTimeOnTheHolidayCalendarAndTheTickRaisesYellow() {
    Unit land = units.stream().filter(u -> u.name().equals("市国土资源管理局")).findFirst().orElseThrow();
    List<org.lianfang.monitoring.SupervisionCase> cases = lianfang.monitoring().queries()
        .supervisionCases(auditor, land.id());
    assertEquals(2, cases.size());
    org.lianfang.monitoring.SupervisionCase holiday = cases.get(0);
    org.lianfang.monitoring.SupervisionCase running = cases.get(1);
    assertEquals(java.util.Optional.of(org.lianfang.monitoring.SupervisionSignal.YELLOW), holiday.life().signal());
    // the same case on a calendar without 2010's holidays would have run three working days more by 10-11: RED
    org.lianfang.monitoring.SignalPolicy policy = org.lianfang.monitoring.SignalPolicy.standard(
        org.lianfang.monitoring.WorkingHours.standard());
    assertEquals(java.util.Optional.of(org.lianfang.monitoring.SupervisionSignal.RED), holiday.signalAt(
        holiday.life().completed().orElseThrow(), org.lianfang.monitoring.WorkingTime.of(
            org.lianfang.monitoring.WorkingCalendar.weekdays(), org.lianfang.monitoring.WorkingHours.standard()),
        PilotWalkthrough.KUNMING, policy));
    assertEquals(List.of(org.lianfang.monitoring.SupervisionSignal.PROMPT,
        org.lianfang.monitoring.SupervisionSignal.YELLOW), running.life().signals().stream()
        .map(org.lianfang.monitoring.CaseLife.Raised::signal).toList(), "each raised once, by the tick");
    assertEquals(org.lianfang.monitoring.CaseState.COMPLETED, running.state());
    assertTrue(printed.contains("办件 KMGT-2010-1101-012 已超过承诺时限"), "the tick's yellow card was sent");
  }

  @Test
  void findsRiskPointsInEveryPilotUnit() {
    for (Unit u : units.subList(1, units.size())) {
      assertFalse(lianfang.risks().queries().riskPoints(auditor, u.id()).isEmpty(), u.name());
    }
  }

  @Test
  void totalsCountEveryPointTheWalkthroughIdentified() {
    assertFalse(points.isEmpty());
    assertEquals(points.size(), lianfang.risks().queries().totals(auditor, city).total());
    assertEquals(points.size(), lianfang.risks().queries().heatMap(auditor, city).total());
  }

  @Test
  void everyPointEndsConfirmedAfterItsNoticeWithOwnersAndPublicComments() {
    for (RiskPoint p : points) {
      assertEquals(ReviewState.CONFIRMED, p.state(), p.code());
      PublicNotice notice = p.notice().orElseThrow();
      assertFalse(p.confirmation().orElseThrow().decidedOn().isBefore(notice.end()), p.code());
      assertFalse(notice.comments().isEmpty(), p.code());
      assertTrue(p.owners().isPresent(), p.code());
      assertTrue(p.grading().isPresent(), p.code());
    }
  }

  @Test
  void s3_usesAllFiveMethodsTheSeedNames() {
    assertEquals(EnumSet.allOf(DiscoveryMethod.class),
        points.stream().map(p -> p.description().method()).collect(Collectors.toCollection(
            () -> EnumSet.noneOf(DiscoveryMethod.class))));
  }

  /** S-17: the seed's priority areas, as the stored risk points name them. */
  @Test
  void s17_findsRisksInEveryPriorityAreaOfTheSeed() {
    List<String> texts = points.stream()
        .map(p -> p.description().description() + " " + p.description().manifestation()).toList();
    Map<String, List<String>> areas = Map.of(
        "land acquisition and demolition", List.of("征地", "拆迁"),
        "social-security funds", List.of("社会保险", "养老", "社保"),
        "housing provident fund", List.of("公积金"),
        "major investment and key projects", List.of("重大投资", "重点工程", "工程"),
        "administrative licensing and penalties", List.of("许可", "处罚"));
    areas.forEach((area, words) -> assertTrue(texts.stream().anyMatch(t -> words.stream().anyMatch(t::contains)),
        "no risk point in the priority area " + area));
  }

  @Test
  void s3_s4_usesTheSeedsChannelsAndAllFiveCategories() {
    Set<DiscoveryChannel> channels = points.stream().map(p -> p.description().channel()).collect(Collectors.toSet());
    assertTrue(channels.containsAll(EnumSet.of(DiscoveryChannel.PUBLIC_REPORT, DiscoveryChannel.FINANCIAL_AUDIT,
        DiscoveryChannel.ENFORCEMENT_INSPECTION, DiscoveryChannel.SURVEY)), channels.toString());
    assertEquals(EnumSet.allOf(RiskCategory.class),
        points.stream().map(p -> p.description().category()).collect(Collectors.toCollection(
            () -> EnumSet.noneOf(RiskCategory.class))));
  }

  @Test
  void coversUnitWideRisksAndProcessSteps() {
    assertTrue(points.stream().anyMatch(p -> p.location().isUnitWide()));
    assertTrue(points.stream().anyMatch(p -> p.location().step().isPresent()));
  }

  @Test
  void gradesUseAllThreeLevels() {
    assertEquals(EnumSet.allOf(RiskGrade.class), points.stream()
        .map(p -> p.grading().orElseThrow().grade().level())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RiskGrade.class))));
  }

  @Test
  void everyUnitsJournalVerifiesIntact() {
    for (Unit u : units) {
      Verification v = lianfang.ledger().queries().verifyJournal(auditor, u.id()).orElseThrow();
      assertTrue(v.intact(), u.name() + ": " + v);
      assertEquals(List.of(), lianfang.ledger().queries().verifyRecords(auditor, u.id()).orElseThrow().findings(),
          u.name() + ": every record agrees with the digest its journal carries (issue 10, finding 2)");
    }
  }

  @Test
  void printsTheTotalsTheHeatMapAndAMermaidChart() {
    String totals = lianfang.risks().queries().totals(auditor, city).toText(GradeLabels.SEED);
    assertTrue(printed.contains(totals), "the totals as the library renders them");
    assertTrue(printed.contains(lianfang.risks().queries().heatMap(auditor, city).toText()), "the heat map");
    assertTrue(printed.contains("flowchart TD"), "a Mermaid chart");
  }

  @Test
  void usesThePublicApiOnly() throws IOException {
    Path sources = Path.of("src/main/java/org/lianfang/examples");
    try (Stream<Path> files = Files.list(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        assertFalse(Files.readString(f, StandardCharsets.UTF_8).contains("org.lianfang.internal"), f.toString());
      }
    }
  }

  @Test
  void s16_s11_s1_theYearIsEvaluatedAndClosedOnItsLastDayAndTheNextOpensForTheCityOnItsFirstWorkingDay() {
    for (CycleProgress row : lianfang.cycle().queries().progress(auditor, city, Year.of(2010)).subList(1,
        units.size())) {
      assertEquals(LocalDate.of(2010, 12, 31), row.cycle().orElseThrow().steps().get(CyclePhase.ACCEPTANCE.ordinal())
          .day(), row.name() + ": measures 10-21 to 12-10, December's checks reviewed on 12-28, the year evaluated and "
          + "closed by its last day");
    }
    assertEquals(LocalDate.of(2011, 1, 4), clock.today());
    assertEquals(units.size(), lianfang.cycle().queries().progress(auditor, city, Year.of(2011)).stream()
        .filter(r -> r.phase().equals(Optional.of(CyclePhase.MOBILISATION))).count(), "every unit of the city, S-1");
    assertTrue(printed.contains("2011 年度全面推行"));
  }

  /**
   * S-10, P-22: from the day the watched measures are in force, every post with a measure in force is checked each
   * month; what falls short becomes a rectification item; the post that missed November is found by the tick on
   * 12-01 and makes it up late; December checks every post.
   */
  @Test
  void s10_p22_everyPostIsCheckedMonthlyItsFindingsRectifiedAndAMissedMonthFoundByTheTick() {
    java.util.Map<java.time.YearMonth, int[]> totals = new java.util.TreeMap<>();
    for (Unit u : units.subList(1, units.size())) {
      for (int m = 10; m <= 12; m++) {
        java.time.YearMonth month = java.time.YearMonth.of(2010, m);
        org.lianfang.checks.CheckRollup r = lianfang.checks().queries().rollup(auditor, u.id(), month).orElseThrow();
        assertEquals(r.owed(), r.done(), u.name() + " " + month + ": every post owing the check submitted it");
        int[] t = totals.computeIfAbsent(month, k -> new int[5]);
        t[0] += r.owed();
        t[1] += r.late();
        t[2] += r.ratings().get(org.lianfang.checks.CheckRating.PARTIAL);
        t[3] += r.ratings().get(org.lianfang.checks.CheckRating.NONE);
        t[4] += r.ratings().get(org.lianfang.checks.CheckRating.FULL);
      }
      assertTrue(lianfang.checks().queries().rollup(auditor, u.id(), java.time.YearMonth.of(2010, 12)).orElseThrow()
          .owed() > 0, u.name() + ": every unit's posts are checked in December");
    }
    assertEquals(List.of(0, 1, 0), List.of(totals.get(java.time.YearMonth.of(2010, 10))[1],
        totals.get(java.time.YearMonth.of(2010, 11))[1], totals.get(java.time.YearMonth.of(2010, 12))[1]),
        "November's made-up check is the one late");
    assertEquals(List.of(1, 0, 1), totals.values().stream().map(t -> t[2]).toList(), "PARTIAL in October, December");
    assertEquals(List.of(0, 1, 0), totals.values().stream().map(t -> t[3]).toList(), "NONE in November");
    assertTrue(totals.get(java.time.YearMonth.of(2010, 12))[0] > totals.get(java.time.YearMonth.of(2010, 10))[0],
        "the education measures in force since 12-10 add their posts in December");
    assertTrue(printed.contains("的 2010-11 月查：当月未提交月查"), "the tick found the missed month and said so");
    List<org.lianfang.monitoring.RectificationItem> items = new ArrayList<>();
    units.forEach(u -> items.addAll(lianfang.monitoring().queries().rectificationItems(auditor, u.id()).stream()
        .filter(i -> i.terms().origin() == org.lianfang.monitoring.RectificationOrigin.MONTHLY_CHECK).toList()));
    assertEquals(3, items.size(), "one item per rating that fell short");
    assertEquals(1, items.stream().filter(i -> i.state() == org.lianfang.monitoring.RectificationState.CLOSED)
        .count(), "October's was rectified and closed");
    assertTrue(printed.contains("月查汇总（2010 年 10 月至 12 月，P-22）"), "the roll-up is printed");
  }

  /**
   * P-12, P-23: in the self-assessment window each pilot unit submits its self-check of 2010's second half, with the
   * figures of its records that day, and the city acknowledges every one.
   */
  @Test
  void p12_p23_everyPilotUnitsSelfCheckIsSubmittedWithItsFiguresAndAcknowledged() {
    for (Unit u : units.subList(1, units.size())) {
      List<org.lianfang.checks.SelfCheckReport> reports = lianfang.checks().queries().selfChecks(auditor, u.id());
      assertEquals(1, reports.size(), u.name());
      org.lianfang.checks.SelfCheckReport r = reports.get(0);
      assertEquals(new org.lianfang.checks.HalfYear(2010, 2), r.half());
      assertEquals(org.lianfang.checks.SelfCheckState.ACKNOWLEDGED, r.state());
      assertEquals(java.time.LocalDate.of(2010, 12, 17), r.figures().orElseThrow().asOf());
      List<org.lianfang.checks.MonthlyCheck> submitted = lianfang.checks().queries().monthlyChecks(auditor, u.id())
          .stream().filter(c -> r.half().contains(c.month()) && c.state() != org.lianfang.checks.CheckState.OPEN
              && !c.life().submitted().orElseThrow().isAfter(java.time.LocalDate.of(2010, 12, 17))).toList();
      assertEquals(submitted.size(), r.figures().orElseThrow().checks(), u.name() + ": the half's checks by then");
      assertEquals(submitted.stream().flatMap(c -> c.rows().stream())
          .filter(row -> row.rating() == org.lianfang.checks.CheckRating.FULL).count(),
          r.figures().orElseThrow().full(), u.name() + ": their FULL rows");
    }
    assertTrue(printed.contains("2010 年下半年自查报告（截至报送日）"));
  }

  /**
   * S-10: the city's special inspection of two units finds a problem in the land bureau, orders its rectification,
   * records who was held accountable, reports, and closes once the item is closed.
   */
  @Test
  void s10_theCitysSpecialInspectionFindsOrdersRectificationRecordsAccountabilityAndCloses() {
    List<org.lianfang.checks.SpecialInspection> inspections = lianfang.checks().queries().inspections(auditor, city);
    assertEquals(1, inspections.size());
    assertEquals(org.lianfang.checks.InspectionState.CLOSED, inspections.get(0).state());
    assertEquals(2, inspections.get(0).plan().scope().size());
    List<org.lianfang.checks.InspectionFinding> findings = new ArrayList<>();
    units.forEach(u -> findings.addAll(lianfang.checks().queries().findings(auditor, u.id())));
    assertEquals(1, findings.size());
    assertEquals(1, findings.get(0).accountability().size(), "one official held accountable, as decided");
    assertEquals(org.lianfang.monitoring.RectificationState.CLOSED, lianfang.monitoring().queries()
        .rectificationItem(auditor, findings.get(0).item()).orElseThrow().state());
  }

  /**
   * S-12, P-25, P-11: every pilot unit's December round is closed with answers to both its items, each item flagged
   * exactly when 10 % or more of its scored answers are dissatisfied; the land bureau's one commented 不满意 opened a
   * rectification item due 15 working days after 12-10, and its respondent's contact is sealed for the auditor.
   */
  @Test
  void s12_p25_everyPilotUnitIsAppraisedAndTheDissatisfiedCommentIsRectified() {
    int comments = 0;
    int flagged = 0;
    for (Unit u : units.subList(1, units.size())) {
      List<org.lianfang.checks.AppraisalRound> rounds = lianfang.checks().queries().appraisals(auditor, u.id());
      assertEquals(1, rounds.size(), u.name());
      org.lianfang.checks.AppraisalRound r = rounds.get(0);
      assertEquals(org.lianfang.checks.AppraisalState.CLOSED, r.state());
      for (int i = 0; i < r.counts().size(); i++) {
        org.lianfang.checks.AppraisalCounts n = r.counts().get(i);
        long scored = n.satisfied() + n.basicallySatisfied() + n.dissatisfied();
        assertTrue(scored > 0, u.name());
        assertEquals(n.dissatisfied() * 100L >= 10 * scored, r.life().flagged().contains(i), u.name() + " item " + i);
      }
      flagged += r.life().flagged().size();
      for (org.lianfang.checks.AppraisalComment c : r.comments()) {
        comments++;
        assertEquals("市国土资源管理局", u.name());
        assertEquals(Optional.of(org.lianfang.risk.NoticeComment.SEALED), c.contact(), "sealed for the auditor");
        org.lianfang.monitoring.RectificationItem item = lianfang.monitoring().queries().rectificationItem(auditor,
            c.rectification().orElseThrow()).orElseThrow();
        assertEquals(LocalDate.of(2010, 12, 31), item.carried().map(o -> o.previousDue()).orElse(item.terms().due()),
            "12-10 and 15 working days, the due day it had before it was carried over at the close of 2010");
      }
    }
    assertEquals(1, comments);
    assertTrue(flagged > 0, "an item is flagged for the revision");
    assertTrue(printed.contains("2010 年度群众评议结果"));
  }

  /**
   * S-11, P-24: every pilot unit's 2010 is evaluated and published under the default policy: its scorecard re-read
   * from the record gives the total and band decided; the planning bureau's 工作机制 carries the deduction for its late
   * November check; a unit where anyone was held accountable is never 优秀; the results name each unit's principal
   * leaders for their assessment.
   */
  @Test
  void s11_p24_everyPilotUnitsYearIsEvaluatedAndPublished() {
    List<org.lianfang.evaluation.LeadershipResult> results = lianfang.evaluation().queries().results(auditor, city,
        java.time.Year.of(2010));
    assertEquals(units.size() - 1, results.size(), "each pilot unit, not the city");
    for (org.lianfang.evaluation.LeadershipResult r : results) {
      org.lianfang.evaluation.AnnualEvaluation e = lianfang.evaluation().queries().evaluations(auditor, r.unit())
          .get(0);
      org.lianfang.evaluation.Scorecard card = lianfang.evaluation().queries().scorecard(auditor, e.id())
          .orElseThrow();
      assertEquals(org.lianfang.evaluation.EvaluationState.PUBLISHED, e.state(), r.unitName());
      assertEquals(card.composite().orElseThrow(), r.total(), r.unitName());
      assertEquals(card.band(), r.band(), r.unitName());
      if (card.figures().anyoneHeldAccountable()) {
        assertNotEquals(org.lianfang.evaluation.Band.EXCELLENT, r.band(), r.unitName());
      }
      assertEquals(r.unitName().equals("市规划局"), !card.deductions().isEmpty(), r.unitName());
      assertTrue(card.figures().checksSubmitted() > 0, r.unitName() + ": its monthly checks are counted");
    }
    assertTrue(printed.contains("2010 年度廉政风险防范管理考核"));
  }

  @Test
  void s16_p21_everyPilotUnitsYearIsOpenedOnTheLastDayOfMobilisationEachPhaseLeftPastItsGuardAndClosed() {
    Year year = Year.of(2010);
    List<CycleProgress> rows = lianfang.cycle().queries().progress(auditor, city, year);
    assertEquals(units.size(), rows.size());
    assertEquals(Optional.empty(), rows.get(0).phase(), "the city runs no pilot year of its own");
    for (CycleProgress row : rows.subList(1, rows.size())) {
      AnnualCycle c = row.cycle().orElseThrow();
      assertEquals(CyclePhase.CLOSED, c.phase(), row.name());
      assertEquals(LocalDate.of(2010, 8, 31), c.opened(), row.name());
      assertEquals(CycleTimetable.pilot(year), c.timetable(), row.name());
      for (CycleFigures step : c.steps()) {
        assertEquals(0, step.stalePoints() + step.unconfirmedPoints(), row.name() + " " + step);
      }
      CycleFigures measures = c.steps().get(CyclePhase.MEASURES.ordinal());
      assertEquals(0, measures.coverageGaps(), row.name() + ": every confirmed point covered when measures end");
      for (CyclePhase p : CyclePhase.WORKING) {
        assertFalse(c.steps().get(p.ordinal()).day().isBefore(c.timetable().window(p).from()), row.name() + " " + p);
      }
      assertEquals(0, c.steps().get(CyclePhase.ACCEPTANCE.ordinal()).openItems(), row.name()
          + ": every item closed or carried over (P-21)");
      RevisionNotice posted = c.revision().orElseThrow();
      assertEquals(c.timetable().window(CyclePhase.REVISION).from(), posted.start(), row.name());
      assertFalse(c.steps().get(CyclePhase.REVISION.ordinal()).day().isBefore(posted.end()), row.name()
          + ": the revision's notice was over when the phase ended (P-5, P-26)");
      assertEquals(lianfang.risks().queries().form2(auditor, row.unit(), year).orElseThrow().rows().size(),
          posted.added(), row.name() + ": the pilot's first year adds every point of its register");
      assertEquals(lianfang.risks().queries().form2(auditor, row.unit()).orElseThrow().rows().size(),
          lianfang.risks().queries().form2(auditor, row.unit(), year).orElseThrow().rows().size(), row.name()
          + ": the register holds the year's points");
      assertFalse(row.overdue(), row.name());
    }
    assertTrue(lianfang.monitoring().queries().rectificationItems(auditor, rows.get(1).unit()).stream()
        .allMatch(i -> i.state() == org.lianfang.monitoring.RectificationState.CLOSED || i.carriedFrom(year)));
    assertTrue(printed.contains("2010 年度工作进度") && printed.contains("2010 年度台账"));
  }
}
