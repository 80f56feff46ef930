package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.lianfang.application.control.ControlArea;
import org.lianfang.application.control.DraftMeasure;
import org.lianfang.application.control.EvidenceInput;
import org.lianfang.application.control.IndicatorInput;
import org.lianfang.application.control.MeasureStep;
import org.lianfang.application.risk.RetireRiskPoint;
import org.lianfang.control.Cadence;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.DefenseLine;
import org.lianfang.control.MeasureAction;
import org.lianfang.control.MeasureState;
import org.lianfang.control.MonitoringIndicator;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPointId;

/**
 * The control stage's commands (issue 11, P-13) as scenarios on a {@link World}, run on the in-memory store and on
 * every database: measures drafted, registered and put in force with every step journaled and the records proved by
 * the journal; bad input refused naming the field and the rule in Chinese and English, with state and journal
 * unchanged; access by role and unit tree.
 */
public final class ControlScenarios {
  private ControlScenarios() {}

  /** @param w a world @return the land bureau's owners of a measure: its clerk, its approver and its director */
  public static OwnerChain landOwners(World w) {
    return new OwnerChain(w.wang, w.li, w.zhang);
  }

  /**
   * @param w a world
   * @param points the land bureau's points
   * @return a measure of the land bureau against them, its content on two lines as long text may be: monthly online
   *     publication of approvals, watched by the number of late approvals, with evidence
   */
  public static DraftMeasure onlinePublication(World w, List<RiskPointId> points) {
    return new DraftMeasure(w.land, points, ControlPhase.MONITORING, DefenseLine.POWER_REGULATION,
        "审批事项网上公开，办理进度实时可查；\n逾期件每月通报", "《昆明市行政审批公开办法》（昆政发〔2010〕12号）", landOwners(w),
        w.clock.today().plusDays(60), Optional.of(Cadence.MONTHLY),
        Optional.of(new IndicatorInput("逾期审批件数", "件", "每月末统计超过承诺时限的审批件", new BigDecimal("0"),
            MonitoringIndicator.Direction.ABOVE)),
        List.of(new EvidenceInput("网上公开栏截图", "OA/2010/廉防/017", Optional.of("sm3:" + "ab".repeat(32)))));
  }

  /** What a refusal must leave unchanged: every unit's measures, points and journal. */
  record State(List<ControlMeasure> measures, List<Object> points, List<JournalEntry> journal) {
    static State of(World w) {
      List<ControlMeasure> ms = new ArrayList<>();
      List<Object> ps = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        ms.addAll(w.store.controlMeasures().inUnit(u));
        ps.addAll(w.store.riskPoints().inUnit(u));
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(ms, ps, js);
    }
  }

  /**
   * P-13: a measure is drafted against a confirmed point and one still under review, registered and put in force;
   * each step is one journal entry of the land bureau, and the journal proves the measure's record.
   *
   * @param w a world
   */
  public static void p13_aMeasureIsDraftedRegisteredAndPutInForceEachStepJournaled(World w) {
    RiskPointId confirmed = w.confirmed(w.aPointOnApprover().build());
    RiskPointId underReview = w.draft(w.aPointOnApprover().described("审批材料把关不严，𠮷字亦可").build());
    ControlArea control = w.lianfang.control();
    long before = w.store.journal().head(w.land).orElseThrow().sequence();

    ControlMeasureId id = control.draft(w.landLeader, onlinePublication(w, List.of(confirmed, underReview)))
        .orElseThrow();
    control.step(w.landLeader, MeasureStep.register(id)).orElseThrow();
    w.clock.setDay(w.clock.today().plusDays(3));
    control.step(w.inspector, MeasureStep.putInForce(id)).orElseThrow();

    ControlMeasure m = control.queries().measure(w.auditor, id).orElseThrow();
    assertEquals(MeasureState.IN_FORCE, m.state());
    assertEquals(List.of(confirmed, underReview), m.points());
    assertEquals(Optional.of(w.clock.today()), m.life().inForce());
    assertEquals(Optional.of(w.clock.today().minusDays(3)), m.life().registered());
    List<String> types = w.store.journal().read(w.land, before + 1, 100).stream().map(JournalEntry::eventType)
        .toList();
    assertEquals(List.of("measure.drafted", "measure.registered", "measure.in-force"), types);
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
    assertEquals(List.of(m), control.queries().measures(w.auditor, w.land));
    assertEquals(List.of(), control.queries().measures(w.visitor, w.land), "the public reads no measures");
  }

  /**
   * P-13: retiring a point asks what becomes of the live measures that control it and no other live point. Unsaid,
   * the retirement is refused naming them, and nothing changes; {@code KEEP} leaves them; {@code RETIRE} retires each
   * for the point's reason in the same command, right after the point in the journal. A measure that still controls
   * another live point, and one already retired, are left alone.
   *
   * @param w a world
   */
  public static void p13_retiringAPointAsksWhatBecomesOfTheMeasuresThatControlNothingElse(World w) {
    ControlArea control = w.lianfang.control();
    RiskPointId retiring = w.confirmed(w.aPointOnApprover().build());
    RiskPointId other = w.confirmed(w.aPointOnApprover().described("另一风险点").build());
    RiskPointId kept = w.confirmed(w.aPointOnApprover().described("保留措施的风险点").build());
    ControlMeasureId alone = control.draft(w.landLeader, onlinePublication(w, List.of(retiring))).orElseThrow();
    control.step(w.landLeader, MeasureStep.register(alone)).orElseThrow();
    ControlMeasureId draft = control.draft(w.landLeader, onlinePublication(w, List.of(retiring))).orElseThrow();
    ControlMeasureId shared = control.draft(w.landLeader, onlinePublication(w, List.of(retiring, other)))
        .orElseThrow();
    ControlMeasureId gone = control.draft(w.landLeader, onlinePublication(w, List.of(retiring))).orElseThrow();
    control.step(w.landLeader, MeasureStep.retire(gone, "重复")).orElseThrow();
    ControlMeasureId keptAlone = control.draft(w.landLeader, onlinePublication(w, List.of(kept))).orElseThrow();

    State before = State.of(w);
    Refusal r = refusal(w.lianfang.risks().retire(w.landLeader, new RetireRiskPoint(retiring, "职能划转")));
    assertEquals(Refusal.Code.INVALID_INPUT, r.code(), r.toString());
    assertEquals("orphanMeasures", r.violations().get(0).path());
    assertTrue(r.messageZh().contains(alone.toString()) && r.messageZh().contains(draft.toString())
        && !r.messageZh().contains(shared.toString()) && !r.messageZh().contains(gone.toString()), r.messageZh());
    assertEquals(before, State.of(w), "an unsaid retirement changes nothing");

    long head = w.store.journal().head(w.land).orElseThrow().sequence();
    w.lianfang.risks().retire(w.landLeader, new RetireRiskPoint(retiring, "职能划转")
        .leaving(org.lianfang.risk.OrphanMeasures.RETIRE)).orElseThrow();
    assertEquals(List.of("risk.retired", "measure.retired", "measure.retired"), w.store.journal()
        .read(w.land, head + 1, 100).stream().map(JournalEntry::eventType).toList());
    for (ControlMeasureId m : List.of(alone, draft)) {
      ControlMeasure after = control.queries().measure(w.auditor, m).orElseThrow();
      assertEquals(MeasureState.RETIRED, after.state());
      assertTrue(after.life().reason().orElseThrow().contains("职能划转"));
    }
    assertEquals(MeasureState.DRAFT, control.queries().measure(w.auditor, shared).orElseThrow().state());

    w.lianfang.risks().retire(w.landLeader, new RetireRiskPoint(kept, "合并")
        .leaving(org.lianfang.risk.OrphanMeasures.KEEP)).orElseThrow();
    assertEquals(MeasureState.DRAFT, control.queries().measure(w.auditor, keptAlone).orElseThrow().state());
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    RiskPointId point = w.confirmed(w.aPointOnApprover().build());
    RiskPointId retired = w.draft(w.aPointOnApprover().described("拟撤销的风险点").build());
    w.lianfang.risks().retire(w.landLeader, new RetireRiskPoint(retired, "职能已调整")).orElseThrow();
    DraftMeasure good = onlinePublication(w, List.of(point));
    ControlMeasureId measure = w.lianfang.control().draft(w.landLeader, good).orElseThrow();
    ControlMeasureId other = w.lianfang.control().draft(w.landLeader, good).orElseThrow();
    w.lianfang.control().step(w.landLeader, MeasureStep.retire(other, "重复登记")).orElseThrow();
    List<BadInput> bad = List.of(
        new BadInput("blank content", x -> draft(x, Copies.with(good, "content", "  \u3000"), List.of(point)),
            Refusal.Code.INVALID_INPUT, "content", "措施内容"),
        new BadInput("content past 4,000 characters", x -> draft(x, Copies.with(good, "content", "廉".repeat(4001)),
            List.of(point)), Refusal.Code.INVALID_INPUT, "content", "措施内容"),
        new BadInput("a NUL in the basis", x -> draft(x, Copies.with(good, "basis", "依据\u0000"), List.of(point)),
            Refusal.Code.INVALID_INPUT, "basis", "制度依据"),
        new BadInput("no point", x -> draft(x, good, List.of()), Refusal.Code.INVALID_INPUT, "points", "所控风险点"),
        new BadInput("an unknown point", x -> draft(x, good, List.of(new RiskPointId(UUID.randomUUID()))),
            Refusal.Code.INVALID_INPUT, "points[0]", "本单位没有该风险点"),
        new BadInput("a retired point", x -> draft(x, good, List.of(point, retired)), Refusal.Code.INVALID_INPUT,
            "points[1]", "已撤销"),
        new BadInput("a due date before today", x -> draft(x, Copies.with(good, "due", x.clock.today().minusDays(1)),
            List.of(point)), Refusal.Code.RULE_VIOLATED, null, "早于措施制定之日"),
        new BadInput("a due date in the year 10000", x -> draft(x, Copies.with(good, "due", LocalDate.of(10000, 1, 1)),
            List.of(point)), Refusal.Code.INVALID_INPUT, "due", "完成时限"),
        new BadInput("an owner of another bureau", x -> draft(x, Copies.with(good, "owners",
            new OwnerChain(x.sun, x.li, x.zhang)), List.of(point)), Refusal.Code.UNKNOWN_REFERENCE, null,
            "不属于本单位或上级单位"),
        new BadInput("a blank evidence title", x -> draft(x, Copies.with(good, "evidence",
            List.of(new EvidenceInput(" ", "OA/1", Optional.empty()))), List.of(point)), Refusal.Code.INVALID_INPUT,
            "evidence[0].title", "材料名称"),
        new BadInput("a threshold of 40 digits", x -> draft(x, Copies.with(good, "indicator",
            Optional.of(new IndicatorInput("件数", "件", "每月统计", new BigDecimal("1".repeat(40)),
                MonitoringIndicator.Direction.ABOVE))), List.of(point)),
            Refusal.Code.INVALID_INPUT, "indicator.threshold", "预警阈值"),
        new BadInput("a step the table forbids", x -> x.lianfang.control().step(x.landLeader,
            MeasureStep.putInForce(measure)), Refusal.Code.ILLEGAL_TRANSITION, null, "草稿"),
        new BadInput("a retirement without its reason", x -> x.lianfang.control().step(x.landLeader,
            new MeasureStep(measure, MeasureAction.RETIRE, Optional.empty(), Optional.empty(), OptionalLong.empty())),
            Refusal.Code.INVALID_INPUT, "reason", "废止理由"),
        new BadInput("a reason with a registration", x -> x.lianfang.control().step(x.landLeader,
            new MeasureStep(measure, MeasureAction.REGISTER, Optional.of("理由"), Optional.empty(),
                OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "reason", "废止理由"),
        new BadInput("superseded by a retired measure", x -> x.lianfang.control().step(x.landLeader,
            MeasureStep.supersede(measure, other)), Refusal.Code.INVALID_INPUT, "by", "替代措施"),
        new BadInput("superseded by an unknown measure", x -> x.lianfang.control().step(x.landLeader,
            MeasureStep.supersede(measure, new ControlMeasureId(UUID.randomUUID()))), Refusal.Code.INVALID_INPUT,
            "by", "本单位没有该措施"),
        new BadInput("an expected version the store no longer has", x -> x.lianfang.control().step(x.landLeader,
            MeasureStep.register(measure).expecting(7)), Refusal.Code.STALE, null, "第 7 版"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  /**
   * Access: the unit's leader and the discipline body manage its measures; an auditor reads them and changes none;
   * a section head, a post holder and the public do neither; another bureau's leader learns nothing of them.
   *
   * @param w a world
   */
  public static void onlyTheUnitsLeaderAndTheDisciplineBodyManageItsMeasures(World w) {
    RiskPointId point = w.confirmed(w.aPointOnApprover().build());
    DraftMeasure good = onlinePublication(w, List.of(point));
    ControlMeasureId id = w.lianfang.control().draft(w.inspector, good).orElseThrow();
    // who may read the unit's risks is told it may not; a post holder, who may not read them, learns nothing of it
    List<Object[]> denied = List.of(new Object[] {w.auditor, Refusal.Code.ACCESS_DENIED},
        new Object[] {w.sectionHead, Refusal.Code.ACCESS_DENIED},
        new Object[] {w.approverHolder, Refusal.Code.UNKNOWN_REFERENCE});
    for (Object[] d : denied) {
      Actor actor = (Actor) d[0];
      State before = State.of(w);
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(w.lianfang.control().draft(actor, good)).code(), actor.id());
      assertEquals(d[1], refusal(w.lianfang.control().step(actor, MeasureStep.register(id))).code(), actor.id());
      assertEquals(before, State.of(w));
    }
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(w.lianfang.control().step(outside,
          MeasureStep.register(id))).code(), outside.id() + " learns nothing of the measure (finding 12)");
      assertEquals(List.of(), w.lianfang.control().queries().measures(outside, w.land));
    }
    assertEquals(MeasureState.REGISTERED, w.lianfang.control().queries().measure(w.auditor,
        w.lianfang.control().step(w.landLeader, MeasureStep.register(id)).orElseThrow()).orElseThrow().state());
  }

  /**
   * Form 3 (附表3, S-13): one row per registered or in-force measure and confirmed point, in point order; drafts,
   * retired measures and points not confirmed are left out; a confirmed point without such a measure is named; the
   * totals by line × phase × grade count the rows exactly. The person's form lists the measures on the points of the
   * post the person holds.
   *
   * @param w a world
   */
  public static void s13_form3ListsTheRegisteredAndInForceMeasuresOfConfirmedPoints(World w) {
    ControlArea control = w.lianfang.control();
    RiskPointId controlled = w.confirmed(w.aPointOnApprover().build());
    RiskPointId bare = w.confirmed(w.aPointOnApprover().described("无措施的风险点").build());
    RiskPointId underReview = w.draft(w.aPointOnApprover().described("尚在审核").build());
    ControlMeasureId drafted = control.draft(w.landLeader, onlinePublication(w, List.of(controlled))).orElseThrow();
    ControlMeasureId registered = control.draft(w.landLeader, onlinePublication(w, List.of(controlled, underReview)))
        .orElseThrow();
    control.step(w.landLeader, MeasureStep.register(registered)).orElseThrow();
    DraftMeasure education = new DraftMeasure(w.land, List.of(controlled), ControlPhase.PREVENTION,
        DefenseLine.EDUCATION, "审批岗位人员廉政谈话", "《廉政谈话制度》", landOwners(w), w.clock.today(), Optional.empty(),
        Optional.empty(), List.of());
    ControlMeasureId inForce = control.draft(w.landLeader, education).orElseThrow();
    control.step(w.landLeader, MeasureStep.register(inForce)).orElseThrow();
    control.step(w.landLeader, MeasureStep.putInForce(inForce)).orElseThrow();
    ControlMeasureId retired = control.draft(w.landLeader, onlinePublication(w, List.of(bare))).orElseThrow();
    control.step(w.landLeader, MeasureStep.retire(retired, "改由他项措施")).orElseThrow();

    org.lianfang.control.ControlRegistrationForm form = control.queries().form3(w.auditor, w.land).orElseThrow();
    assertEquals(List.of(registered, inForce), form.rows().stream().map(r -> r.measure()).toList(),
        "the draft " + drafted + " and the retired " + retired + " are not on the form");
    assertTrue(form.rows().stream().allMatch(r -> r.riskPoint().equals(controlled)), "only the confirmed point");
    assertEquals(List.of(1, 2), form.rows().stream().map(r -> r.number()).toList());
    String bareCode = w.store.riskPoints().find(bare).orElseThrow().code();
    assertEquals(List.of(bareCode), form.unmeasured());
    assertEquals(form.rows().size(), form.totals().stream().mapToInt(t -> t.rows()).sum());
    org.lianfang.grading.RiskGrade grade = w.store.riskPoints().find(controlled).orElseThrow().grading().orElseThrow()
        .grade().level();
    assertEquals(List.of(
        new org.lianfang.control.ControlRegistrationForm.Total(DefenseLine.EDUCATION, ControlPhase.PREVENTION,
            Optional.of(grade), 1),
        new org.lianfang.control.ControlRegistrationForm.Total(DefenseLine.POWER_REGULATION, ControlPhase.MONITORING,
            Optional.of(grade), 1)), form.totals());
    String director = w.store.officials().find(w.zhang).orElseThrow().name();
    assertTrue(form.rows().get(0).owners().endsWith(director), form.rows().get(0).owners());
    assertTrue(form.toText().contains(org.lianfang.control.ControlRegistrationForm.TITLE)
        && form.toText().contains(bareCode), form.toText());

    org.lianfang.organization.OfficialId holder = w.store.tenures().ofPost(w.approver).stream()
        .filter(t -> t.covers(w.clock.today())).findFirst().orElseThrow().officialId();
    org.lianfang.control.ControlRegistrationForm mine = control.queries().form3ForPerson(w.auditor, holder)
        .orElseThrow();
    assertEquals(form.rows().stream().map(r -> r.measure()).toList(),
        mine.rows().stream().map(r -> r.measure()).toList(), "the approver's holder answers for the same rows");
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(control.queries().form3(w.visitor, w.land)).code());
  }

  /**
   * P-14 (and S-14, P-3): the coverage report names what each confirmed point's control lacks under the default
   * policy, judged on the measures in force only; the director's post (a principal leader, 三重一大) is singled out and
   * needs a measure on the 制度 line; putting a measure in force removes what it supplies and lowers the residual
   * grade no further than the inherent one; a point that goes stale keeps its row, marked stale and not covered.
   *
   * @param w a world
   */
  public static void p14_s14_p3_theCoverageReportNamesWhatEachConfirmedPointLacks(World w) {
    ControlArea control = w.lianfang.control();
    RiskPointId onApprover = w.confirmed(w.aPointOnApprover().build());
    RiskPointId onDirector = w.confirmed(RiskPointFixture.aRiskPoint(w.land).onPost(w.director)
        .ownedBy(w.zhang, w.zhang, w.zhang).described("重大事项决策不经集体讨论").build());
    ControlMeasureId educating = control.draft(w.landLeader, new DraftMeasure(w.land, List.of(onApprover, onDirector),
        ControlPhase.PREVENTION, DefenseLine.EDUCATION, "岗位廉政教育", "《廉政教育制度》", landOwners(w), w.clock.today(),
        Optional.empty(), Optional.empty(), List.of())).orElseThrow();
    control.step(w.landLeader, MeasureStep.register(educating)).orElseThrow();
    control.step(w.landLeader, MeasureStep.putInForce(educating)).orElseThrow();
    ControlMeasureId registeredOnly = control.draft(w.landLeader, onlinePublication(w, List.of(onDirector)))
        .orElseThrow();
    control.step(w.landLeader, MeasureStep.register(registeredOnly)).orElseThrow();

    org.lianfang.control.CoverageReport report = control.queries().coverage(w.auditor, w.city);
    org.lianfang.control.PointCoverage approver = row(report, onApprover);
    org.lianfang.control.PointCoverage director = row(report, onDirector);
    boolean approverAboveLowest = grade(w, onApprover) != org.lianfang.grading.RiskGrade.LOWER;
    assertEquals(approverAboveLowest ? List.of(org.lianfang.control.CoverageGap.NO_MONITORING_MEASURE) : List.of(),
        approver.gaps(), "one measure in force, in the prevention phase on the education line");
    assertTrue(director.singledOut() && director.principalLeaderPost() && director.majorMatters());
    assertTrue(director.gaps().contains(org.lianfang.control.CoverageGap.NO_POWER_REGULATION),
        "the registered measure on the power line is not in force yet: " + director.gaps());
    assertEquals(1, director.inForce());
    assertEquals(List.of(director), report.singledOut());

    control.step(w.landLeader, MeasureStep.putInForce(registeredOnly)).orElseThrow();
    org.lianfang.control.PointCoverage now = row(control.queries().coverage(w.auditor, w.land), onDirector);
    assertEquals(List.of(), now.gaps(), "in force on the power line, in the monitoring phase");
    assertTrue(now.covered());
    assertTrue(now.residual().grade().ordinal() <= director.residual().grade().ordinal());
    assertTrue(now.residual().grade().ordinal() <= grade(w, onDirector).ordinal());

    org.lianfang.organization.PostProfile was = w.store.posts().find(w.director).orElseThrow().profile();
    w.lianfang.organization().changePostProfile(w.landLeader, new org.lianfang.application.organization
        .ChangePostProfile(w.director, new org.lianfang.organization.PostProfile(was.principalLeader(),
            was.disposes(), !was.discretionary(), was.majorMatters(), was.powers(), was.transparency())))
        .orElseThrow();
    org.lianfang.control.PointCoverage stale = row(control.queries().coverage(w.auditor, w.land), onDirector);
    assertTrue(stale.stale() && !stale.covered(), "P-3: the point's facts changed, so its coverage is stale");
    assertEquals(List.of(), control.queries().coverage(w.visitor, w.land).points(), "the public reads none");
  }

  private static org.lianfang.control.PointCoverage row(org.lianfang.control.CoverageReport r, RiskPointId p) {
    return r.points().stream().filter(x -> x.riskPoint().equals(p)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + p + " in " + r));
  }

  private static org.lianfang.grading.RiskGrade grade(World w, RiskPointId p) {
    return w.store.riskPoints().find(p).orElseThrow().grading().orElseThrow().grade().level();
  }

  private static Outcome<ControlMeasureId> draft(World w, DraftMeasure d, List<RiskPointId> points) {
    return w.lianfang.control().draft(w.landLeader, new DraftMeasure(d.unit(), points, d.phase(), d.line(),
        d.content(), d.basis(), d.owners(), d.due(), d.cadence(), d.indicator(), d.evidence()));
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
