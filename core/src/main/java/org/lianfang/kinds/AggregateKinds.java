package org.lianfang.kinds;

import java.util.List;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.ArchiveObject;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SelfCheckReportId;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationActivityId;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.PowerDisclosureId;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CyclePolicies;
import org.lianfang.cycle.RevisionNotice;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.EvaluationDecision;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.Remark;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportDisposal;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.Reporter;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Unit;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessId;
import org.lianfang.process.StepId;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Store;

/**
 * Every kind of aggregate, listed once and in order: a record only refers to records of kinds listed before its own
 * (a tenure to a post and an official, a risk point to a post, a power item and a process step), so writing the kinds
 * in this order (a ledger document, an import, a bulk load) never meets a reference to something not yet written.
 * A new aggregate is one more constant here, declaring what it is called, what it refers to and which of its texts
 * the commands limit, and one more entry in {@link #all()}, after the kinds it refers to; each store then keeps it
 * (the in-memory store's table, the JDBC store's repository with its bulk insert, both checked against this list when
 * the store is built), and the ledger import checks its references and sizes from what is declared here.
 */
public final class AggregateKinds {
  /** Units (单位), each the head of its own records. */
  public static final AggregateKind<Unit, UnitId> UNITS = AggregateKind.of("units", Unit.class, Store::units,
      "单位", "unit", RecordStates::unit)
      .sized("code", Limits.CODE, Unit::code).sized("name", Limits.NAME, Unit::name);
  /** Posts (岗位). */
  public static final AggregateKind<Post, PostId> POSTS = AggregateKind.of("posts", Post.class, Store::posts,
      "岗位", "post", RecordStates::post)
      .sized("code", Limits.CODE, Post::code).sized("name", Limits.NAME, Post::name)
      .sizedIfAny("section", Limits.NAME, Post::section);
  /** Officials (人员), whom the records of units below theirs may name too (分管领导, P-1). */
  public static final AggregateKind<Official, OfficialId> OFFICIALS = AggregateKind.of("officials", Official.class,
      Store::officials, "人员", "official", RecordStates::official).alsoVisibleBelow()
      .sized("staffNumber", Limits.CODE, Official::staffNumber).sized("name", Limits.NAME, Official::name);
  /** Tenures: who held which post when. */
  public static final AggregateKind<Tenure, TenureId> TENURES = AggregateKind.of("tenures", Tenure.class,
      Store::tenures, "任职", "tenure", RecordStates::tenure).referring(t -> List.of(
          Reference.to("postId", POSTS, t.postId()), Reference.to("officialId", OFFICIALS, t.officialId())));
  /** Power items (权力清单). */
  public static final AggregateKind<PowerItem, PowerItemId> POWER_ITEMS = AggregateKind.of("powerItems",
      PowerItem.class, Store::powerItems, "职权", "power item", RecordStates::powerItem)
      .sized("code", Limits.CODE, PowerItem::code).sized("name", Limits.NAME, PowerItem::name)
      .referring(p -> KindReferences.each("posts", POSTS, p.posts()));
  /** Business processes (业务流程), whose parts are their steps. */
  public static final AggregateKind<BusinessProcess, ProcessId> PROCESSES = AggregateKind.of("processes",
      BusinessProcess.class, Store::processes, "业务流程", "business process", RecordStates::process)
      .sized("code", Limits.CODE, BusinessProcess::code).sized("name", Limits.NAME, BusinessProcess::name)
      .referring(KindReferences::references)
      .withParts((p, part) -> part instanceof StepId step && p.step(step).isPresent());
  /**
   * Risk points (风险点), whose notice commenters, and raisers of points found by colleagues, the public or a public
   * report, are sealed for readers without clearance (P-11).
   */
  public static final AggregateKind<RiskPoint, RiskPointId> RISK_POINTS = AggregateKind.of("riskPoints",
      RiskPoint.class, Store::riskPoints, "风险点", "risk point", RecordStates::riskPoint)
      .sealedAs(RiskPoint::withIdentitiesSealed)
      .sized("code", Limits.CODE, RiskPoint::code).referring(KindReferences::references);

  /**
   * Control measures (防控措施, P-13), each controlling risk points of its unit and answered for by officials (P-1);
   * their content and basis are sized as long text. Their other texts (evidence, indicator, a retirement's reason) are
   * checked on import as every text of a record's state is, within {@link Limits#TEXT}. The measure that supersedes
   * another is not declared a reference: it is of the same kind, which the order of kinds cannot place before it.
   */
  public static final AggregateKind<ControlMeasure, ControlMeasureId> CONTROL_MEASURES = AggregateKind.of(
      "controlMeasures", ControlMeasure.class, Store::controlMeasures, "防控措施", "control measure",
      RecordStates::controlMeasure)
      .sized("plan/content", Limits.TEXT, m -> m.plan().content())
      .sized("plan/basis", Limits.TEXT, m -> m.plan().basis())
      .referring(KindReferences::references);

  /**
   * Education activities (廉政教育, P-15), each naming the officials who attended and gave it (of the unit or a unit
   * above, P-1) and the posts and risk points of its unit it was aimed at; the topic is sized as long text, the
   * lecturer as a name.
   */
  public static final AggregateKind<EducationActivity, EducationActivityId> EDUCATION_ACTIVITIES = AggregateKind.of(
      "educationActivities", EducationActivity.class, Store::educationActivities, "廉政教育活动", "education activity",
      RecordStates::educationActivity)
      .sized("content/topic", Limits.TEXT, a -> a.content().topic())
      .sized("content/lecturer", Limits.NAME, a -> a.content().lecturer())
      .referring(KindReferences::references);

  /**
   * Power disclosures (权力公开, P-16), each publishing one power item of its unit; the published texts are checked on
   * import as every text of a record's state is, within {@link Limits#TEXT}.
   */
  public static final AggregateKind<PowerDisclosure, PowerDisclosureId> POWER_DISCLOSURES = AggregateKind.of(
      "powerDisclosures", PowerDisclosure.class, Store::powerDisclosures, "职权公开", "power disclosure",
      RecordStates::powerDisclosure)
      .referring(d -> List.of(Reference.to("powerItem", POWER_ITEMS, d.powerItem())));

  /**
   * Service commitments (服务承诺, P-17), each held by an official of the unit or above (P-1) and perhaps made on a
   * post of the unit; content and target are sized as long text.
   */
  public static final AggregateKind<ServiceCommitment, ServiceCommitmentId> SERVICE_COMMITMENTS = AggregateKind.of(
      "serviceCommitments", ServiceCommitment.class, Store::serviceCommitments, "服务承诺", "service commitment",
      RecordStates::serviceCommitment)
      .sized("terms/content", Limits.TEXT, c -> c.terms().content())
      .sized("terms/target", Limits.TEXT, c -> c.terms().target())
      .referring(KindReferences::references);

  /**
   * Warnings (预警, P-8, P-18), each addressed to its unit, perhaps to one of its posts and an official of it or above
   * (P-1), over risk points of the unit, approved by an official of the unit or above; the notice's facts and
   * requirements are sized as long text, its number as a name.
   */
  public static final AggregateKind<Warning, WarningId> WARNINGS = AggregateKind.of("warnings", Warning.class,
      Store::warnings, "预警", "warning", RecordStates::warning)
      .sized("notice/number", Limits.NAME, w -> w.notice().number())
      .sized("notice/facts", Limits.TEXT, w -> w.notice().facts())
      .sized("notice/requirements", Limits.TEXT, w -> w.notice().requirements())
      .referring(KindReferences::references);

  /**
   * Rectification items (整改事项, P-21), each of the unit that must rectify, perhaps rectifying one of its warnings,
   * owned by an official of the unit or above (P-1), over risk points of the unit; problem, target and measures are
   * sized as long text.
   */
  public static final AggregateKind<RectificationItem, RectificationItemId> RECTIFICATION_ITEMS = AggregateKind.of(
      "rectificationItems", RectificationItem.class, Store::rectificationItems, "整改事项", "rectification item",
      RecordStates::rectificationItem)
      .sized("terms/problem", Limits.TEXT, r -> r.terms().problem())
      .sized("terms/target", Limits.TEXT, r -> r.terms().target())
      .sized("terms/measures", Limits.TEXT, r -> r.terms().measures())
      .referring(KindReferences::references);

  /**
   * Reports (检举控告 / 信访, P-19), each concerning its unit, perhaps one of its posts and an official of it or above
   * (P-1), and risk points of the unit, linked by their triage to risk points and warnings of the unit; the content,
   * where it was forwarded, the disposal's note and the result are sized as long text, the reporter's name and contact
   * as names. All of them, the seal and whom it concerns are sealed for readers without clearance (P-11, P-19).
   */
  public static final AggregateKind<Report, ReportId> REPORTS = AggregateKind.of("reports", Report.class,
      Store::reports, "举报", "report", RecordStates::report)
      .sealedAs(Report::sealed)
      .sized("intake/content", Limits.TEXT, r -> r.intake().content())
      .sizedIfAny("intake/reporter/name", Limits.NAME, r -> r.intake().reporter().map(Reporter::name))
      .sizedIfAny("intake/reporter/contact", Limits.NAME, r -> r.intake().reporter().map(Reporter::contact))
      .sizedIfAny("life/forwarded/text", Limits.TEXT, r -> r.life().forwarded().map(Remark::text))
      .sizedIfAny("life/disposal/note", Limits.TEXT, r -> r.life().disposal().map(ReportDisposal::note))
      .sizedIfAny("life/closed/text", Limits.TEXT, r -> r.life().closed().map(Remark::text))
      .referring(KindReferences::references);

  /**
   * Cases under electronic supervision (电子监察, P-9, P-20), each exercising a power item of its unit, perhaps with
   * the warnings their RED signals raised; the case's number is sized as a name, each step's name too.
   */
  public static final AggregateKind<SupervisionCase, SupervisionCaseId> SUPERVISION_CASES = AggregateKind.of(
      "supervisionCases", SupervisionCase.class, Store::supervisionCases, "电子监察案件", "supervision case",
      RecordStates::supervisionCase)
      .sized("terms/number", Limits.NAME, c -> c.terms().number())
      .referring(KindReferences::references);

  /**
   * Monthly checks (月查, P-22), each of a post of its unit, checked by an official of the unit or above (P-1), a row
   * per control measure of the unit, a reviewed row naming the rectification item and the reminder it raised; the
   * texts of a row are checked on import as every text of a record's state is, within {@link Limits#TEXT}.
   */
  public static final AggregateKind<MonthlyCheck, MonthlyCheckId> MONTHLY_CHECKS = AggregateKind.of("monthlyChecks",
      MonthlyCheck.class, Store::monthlyChecks, "月查", "monthly check", RecordStates::monthlyCheck)
      .referring(KindReferences::references);

  /**
   * Special inspections (专项检查, S-10), each of the discipline body's unit; the units inspected are not declared
   * references (they lie below the body, not in its unit or above), the command checks them. Its subject is sized as
   * long text, its number as a name.
   */
  public static final AggregateKind<SpecialInspection, SpecialInspectionId> SPECIAL_INSPECTIONS = AggregateKind.of(
      "specialInspections", SpecialInspection.class, Store::specialInspections, "专项检查", "special inspection",
      RecordStates::specialInspection)
      .sized("plan/number", Limits.NAME, s -> s.plan().number())
      .sized("plan/subject", Limits.TEXT, s -> s.plan().subject());

  /**
   * What a special inspection found in a unit (S-10): naming the unit's risk points, the rectification item its order
   * opened, and the officials held accountable (of the unit or above); the problem is sized as long text. The
   * inspection it names, of a body above, is not a declared reference: an archive of the unit's subtree holds no unit
   * above it, and would be refused for naming what it cannot hold (the command checked the inspection).
   */
  public static final AggregateKind<InspectionFinding, InspectionFindingId> INSPECTION_FINDINGS = AggregateKind.of(
      "inspectionFindings", InspectionFinding.class, Store::inspectionFindings, "检查发现问题", "inspection finding",
      RecordStates::inspectionFinding)
      .sized("problem", Limits.TEXT, InspectionFinding::problem)
      .referring(KindReferences::references);

  /**
   * Half-year self-checks (自查报告, P-12, P-23), one per unit and half; their sections and the acknowledgement's remarks
   * are sized as long text.
   */
  public static final AggregateKind<SelfCheckReport, SelfCheckReportId> SELF_CHECK_REPORTS = AggregateKind.of(
      "selfCheckReports", SelfCheckReport.class, Store::selfCheckReports, "自查报告", "self-check",
      RecordStates::selfCheckReport)
      .sized("sections/effect", Limits.TEXT, r -> r.sections().effect())
      .sized("sections/selfDiscipline", Limits.TEXT, r -> r.sections().selfDiscipline())
      .sized("sections/ruleGaps", Limits.TEXT, r -> r.sections().ruleGaps())
      .sized("sections/fixes", Limits.TEXT, r -> r.sections().fixes())
      .sized("sections/nextSteps", Limits.TEXT, r -> r.sections().nextSteps())
      .sizedIfAny("acknowledged/text", Limits.TEXT, r -> r.acknowledged().map(Remark::text));

  /**
   * Public appraisal rounds (群众评议, S-12, P-25), each of its unit, its items naming the unit's risk points, posts or
   * service commitments and their owners, its comments the rectification items they opened; every contact a
   * respondent left is sealed for readers without clearance (P-11). Its title is sized as a name, its closing remarks
   * as long text.
   */
  public static final AggregateKind<AppraisalRound, AppraisalRoundId> APPRAISAL_ROUNDS = AggregateKind.of(
      "appraisalRounds", AppraisalRound.class, Store::appraisalRounds, "群众评议", "appraisal round",
      RecordStates::appraisalRound)
      .sealedAs(AppraisalRound::sealed)
      .sized("plan/title", Limits.NAME, r -> r.plan().title())
      .sizedIfAny("life/closed/text", Limits.TEXT, r -> r.life().closed().map(Remark::text))
      .referring(KindReferences::references);

  /**
   * Annual evaluations (年度考核, S-11, P-24), one per unit and year; they name no other record (their figures are
   * counts, their deductions' and vetoes' evidence a reference the host keeps). The self-assessment's summary and the
   * decision's remarks are sized as long text, the policy's name and version and the band's label as names.
   */
  public static final AggregateKind<AnnualEvaluation, AnnualEvaluationId> ANNUAL_EVALUATIONS = AggregateKind.of(
      "annualEvaluations", AnnualEvaluation.class, Store::annualEvaluations, "年度考核", "annual evaluation",
      RecordStates::annualEvaluation)
      .sized("self/summary", Limits.TEXT, e -> e.self().summary())
      .sized("policy/name", Limits.NAME, e -> e.policy().name())
      .sized("policy/version", Limits.NAME, e -> e.policy().version())
      .sizedIfAny("decision/remarks", Limits.TEXT, e -> e.decision().map(EvaluationDecision::remarks))
      .sizedIfAny("decision/label", Limits.NAME, e -> e.decision().map(EvaluationDecision::label));

  /**
   * Annual cycles (S-16, ARCHITECTURE.md decision 7), one per unit and year; they name no other record (the figures
   * kept with each step are counts). Each policy version's name and version are sized as names; parameters, which may
   * be empty, are not limited.
   */
  public static final AggregateKind<AnnualCycle, AnnualCycleId> ANNUAL_CYCLES = sizedPolicies(AggregateKind.of(
      "annualCycles", AnnualCycle.class, Store::annualCycles, "年度循环", "annual cycle", RecordStates::annualCycle));

  private static final List<AggregateKind<?, ?>> ALL = List.of(UNITS, POSTS, OFFICIALS, TENURES, POWER_ITEMS,
      PROCESSES, RISK_POINTS, CONTROL_MEASURES, EDUCATION_ACTIVITIES, POWER_DISCLOSURES, SERVICE_COMMITMENTS,
      WARNINGS, RECTIFICATION_ITEMS, REPORTS, SUPERVISION_CASES, MONTHLY_CHECKS, SPECIAL_INSPECTIONS,
      INSPECTION_FINDINGS, SELF_CHECK_REPORTS, APPRAISAL_ROUNDS, ANNUAL_EVALUATIONS, ANNUAL_CYCLES);

  private AggregateKinds() {}

  /** @return the cycles' kind with its revision's scope and each of the five policy versions' name and version sized */
  private static AggregateKind<AnnualCycle, AnnualCycleId> sizedPolicies(AggregateKind<AnnualCycle, AnnualCycleId> k) {
    AggregateKind<AnnualCycle, AnnualCycleId> sized = k.sizedIfAny("revision/scope", Limits.NAME,
        c -> c.revision().map(RevisionNotice::scope));
    for (String policy : CyclePolicies.NAMES) {
      String at = "policies/" + policy + "/";
      sized = sized.sized(at + "name", Limits.NAME, c -> c.policies().named().get(policy).name())
          .sized(at + "version", Limits.NAME, c -> c.policies().named().get(policy).version());
    }
    return sized;
  }

  /** @return every kind, units first, each after the kinds its records refer to */
  public static List<AggregateKind<?, ?>> all() {
    return ALL;
  }

  /**
   * @param record a record of any kind
   * @return its kind
   * @throws IllegalArgumentException if no kind keeps records of its class
   */
  public static AggregateKind<?, ?> of(Aggregate<?> record) {
    for (AggregateKind<?, ?> k : ALL) {
      if (k.type() == record.getClass()) {
        return k;
      }
    }
    throw new IllegalArgumentException("no kind of aggregate keeps " + record.getClass().getName());
  }

  /**
   * @param record a record of any kind
   * @return its canonical state ({@link AggregateKind#state})
   */
  public static ArchiveObject state(Aggregate<?> record) {
    return stateOf(of(record), record);
  }

  private static <A extends Aggregate<I>, I extends AggregateId> ArchiveObject stateOf(AggregateKind<A, I> kind,
      Aggregate<?> record) {
    return kind.state(kind.cast(record));
  }

  /** @return the kinds a unit holds: {@link #all()} but units themselves */
  public static List<AggregateKind<?, ?>> ofUnit() {
    return ALL.subList(1, ALL.size());
  }
}
