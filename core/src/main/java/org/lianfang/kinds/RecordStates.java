package org.lianfang.kinds;

import java.util.List;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.grading.FiredRule;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.Warning;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.process.BusinessProcess;
import org.lianfang.risk.Confirmation;
import org.lianfang.risk.GradingRecord;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.PublicNotice;
import org.lianfang.risk.ReviewRecord;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;

/**
 * The canonical state of each kind of record, whose digest every journal entry of a change to the record carries
 * (issue 10, finding 2; {@code docs/journal-format.md}, section 8). A state holds every field the record keeps, as the
 * store keeps it, but the record's version (a lock, not content): an edit of any column of any table that holds the
 * record changes its state, and {@code verifyRecords} finds it. Member names are stable, like an event's, and never
 * come from Java names. Stateless.
 */
final class RecordStates {
  private RecordStates() {}

  static ArchiveObject unit(Unit u) {
    return ArchiveObject.builder().put("id", u.id()).put("code", u.code()).put("name", u.name())
        .put("kind", u.kind()).put("parent", u.parent()).build();
  }

  static ArchiveObject post(Post p) {
    return ArchiveObject.builder().put("id", p.id()).put("unit", p.unitId()).put("code", p.code())
        .put("name", p.name()).put("profile", p.profile()).put("section", p.section()).build();
  }

  static ArchiveObject official(Official o) {
    return ArchiveObject.builder().put("id", o.id()).put("unit", o.unitId()).put("staffNumber", o.staffNumber())
        .put("name", o.name()).build();
  }

  static ArchiveObject tenure(Tenure t) {
    return ArchiveObject.builder().put("id", t.id()).put("unit", t.unitId()).put("post", t.postId())
        .put("official", t.officialId()).put("start", t.start()).put("end", t.end()).build();
  }

  static ArchiveObject powerItem(PowerItem p) {
    return ArchiveObject.builder().put("id", p.id()).put("unit", p.unitId()).put("code", p.code())
        .put("name", p.name()).put("kind", p.kind()).put("legalBasis", p.legalBasis())
        .put("boundary", p.boundary()).put("responsibility", p.responsibility()).put("posts", p.posts())
        .put("secrecy", p.secrecy()).build();
  }

  static ArchiveObject process(BusinessProcess p) {
    return ArchiveObject.builder().put("id", p.id()).put("unit", p.unitId()).put("code", p.code())
        .put("name", p.name()).put("steps", p.steps()).put("flows", p.flows()).build();
  }

  static ArchiveObject riskPoint(RiskPoint r) {
    return ArchiveObject.builder().put("id", r.id()).put("unit", r.unitId()).put("code", r.code())
        .put("location", location(r.location())).put("description", r.description()).put("owners", r.owners())
        .put("custom", r.custom().asMap()).put("state", r.state()).put("grading",
            r.grading().map(RecordStates::grading))
        .put("notice", r.notice().map(RecordStates::notice))
        .put("confirmation", r.confirmation().map(RecordStates::confirmation))
        .put("history", r.history().stream().map(RecordStates::review).toList())
        // left out while empty, so that a point stored before comments were kept and raisers sealed keeps its digest
        .put("earlierComments", Optional.of(r.earlierComments()).filter(c -> !c.isEmpty())
            .map(c -> c.stream().map(RecordStates::comment).toList()))
        .put("identifiedBy", r.identifiedBy())
        .put("raiserSeal", Optional.of(r.raiserSeal()).filter(x -> !x.isEmpty()))
        .put("identifiedAt", r.identifiedAt()).build();
  }

  static ArchiveObject controlMeasure(ControlMeasure m) {
    return ArchiveObject.builder().put("id", m.id()).put("unit", m.unitId()).put("points", m.points())
        .put("plan", m.plan()).put("drafted", m.drafted()).put("life", m.life()).build();
  }

  static ArchiveObject educationActivity(EducationActivity a) {
    return ArchiveObject.builder().put("id", a.id()).put("unit", a.unitId()).put("content", a.content())
        .put("recorded", a.recorded()).put("withdrawal", a.withdrawal()).build();
  }

  static ArchiveObject powerDisclosure(PowerDisclosure d) {
    return ArchiveObject.builder().put("id", d.id()).put("unit", d.unitId()).put("powerItem", d.powerItem())
        .put("itemVersion", d.itemVersion()).put("content", d.content()).put("published", d.published())
        .put("withdrawal", d.withdrawal()).build();
  }

  static ArchiveObject serviceCommitment(ServiceCommitment c) {
    return ArchiveObject.builder().put("id", c.id()).put("unit", c.unitId()).put("terms", c.terms())
        .put("proposed", c.proposed()).put("life", c.life()).build();
  }

  static ArchiveObject warning(Warning w) {
    return ArchiveObject.builder().put("id", w.id()).put("unit", w.unitId()).put("subject", w.subject())
        .put("notice", w.notice()).put("rounds", w.rounds()).put("end", w.end()).build();
  }

  static ArchiveObject rectificationItem(RectificationItem r) {
    return ArchiveObject.builder().put("id", r.id()).put("unit", r.unitId()).put("terms", r.terms())
        .put("opened", r.opened()).put("life", r.life()).put("carried", r.carried()).build();
  }

  /** A monthly check's state; the month is written {@code 2010-10}. */
  static ArchiveObject monthlyCheck(MonthlyCheck c) {
    return ArchiveObject.builder().put("id", c.id()).put("unit", c.unitId()).put("post", c.post())
        .put("month", c.month().toString()).put("checker", c.checker()).put("opened", c.opened())
        .put("rows", c.rows()).put("life", c.life()).build();
  }

  /** A special inspection's state. */
  static ArchiveObject specialInspection(SpecialInspection s) {
    return ArchiveObject.builder().put("id", s.id()).put("unit", s.unitId()).put("plan", s.plan())
        .put("planned", s.planned()).put("life", s.life()).build();
  }

  /** An inspection finding's state. */
  static ArchiveObject inspectionFinding(InspectionFinding f) {
    return ArchiveObject.builder().put("id", f.id()).put("unit", f.unitId()).put("inspection", f.inspection())
        .put("recorded", f.recorded()).put("problem", f.problem()).put("points", f.points()).put("item", f.item())
        .put("accountability", f.accountability()).build();
  }

  /** A half-year self-check's state. */
  static ArchiveObject selfCheckReport(SelfCheckReport r) {
    return ArchiveObject.builder().put("id", r.id()).put("unit", r.unitId()).put("half", r.half())
        .put("drafted", r.drafted()).put("sections", r.sections()).put("figures", r.figures())
        .put("acknowledged", r.acknowledged()).build();
  }

  /**
   * A public appraisal round's state: every contact a respondent left in clear beside its random seal (P-11), as the
   * digest covers them.
   */
  static ArchiveObject appraisalRound(AppraisalRound r) {
    return ArchiveObject.builder().put("id", r.id()).put("unit", r.unitId()).put("plan", r.plan())
        .put("counts", r.counts()).put("comments", r.comments()).put("life", r.life()).build();
  }

  /** An annual evaluation's state. */
  static ArchiveObject annualEvaluation(AnnualEvaluation e) {
    return ArchiveObject.builder().put("id", e.id()).put("unit", e.unitId()).put("year", e.year().getValue())
        .put("policy", e.policy()).put("self", e.self()).put("review", e.review()).put("leaders", e.leaders())
        .put("decision", e.decision()).put("published", e.published()).build();
  }

  /**
   * An annual cycle's state: its timetable, rules and policies as opened, each step's figures and the revision posted
   * (left out while none is, so a year archived before revisions were posted reads as its digest was taken).
   */
  static ArchiveObject annualCycle(AnnualCycle c) {
    return ArchiveObject.builder().put("id", c.id()).put("unit", c.unitId()).put("opened", c.opened())
        .put("timetable", c.timetable()).put("rules", c.rules()).put("policies", c.policies())
        .put("steps", c.steps()).put("revision", c.revision()).build();
  }

  /** A case under electronic supervision's state. */
  static ArchiveObject supervisionCase(SupervisionCase c) {
    return ArchiveObject.builder().put("id", c.id()).put("unit", c.unitId()).put("terms", c.terms())
        .put("life", c.life()).build();
  }

  /** A report's state: the content and the reporter in clear beside the seal (P-11), as the digest covers them. */
  static ArchiveObject report(Report r) {
    return ArchiveObject.builder().put("id", r.id()).put("unit", r.unitId()).put("intake", r.intake())
        .put("life", r.life()).put("links", r.links()).build();
  }

  private static ArchiveObject location(RiskLocation l) {
    return ArchiveObject.builder().put("unit", l.unit()).put("post", l.post()).put("step", l.step())
        .put("powerItem", l.powerItem()).build();
  }

  private static ArchiveObject grading(GradingRecord g) {
    List<ArchiveObject> rules = g.grade().rationale().stream().map(RecordStates::rule).toList();
    return ArchiveObject.builder().put("assessment", g.assessment()).put("level", g.grade().level())
        .put("rules", rules).put("policy", g.grade().policy()).put("gradedBy", g.gradedBy())
        .put("gradedAt", g.gradedAt()).put("stale", g.stale()).build();
  }

  private static ArchiveObject rule(FiredRule f) {
    return ArchiveObject.builder().put("code", f.code()).put("result", f.result()).put("zh", f.zh())
        .put("en", f.en()).build();
  }

  private static ArchiveObject notice(PublicNotice n) {
    return ArchiveObject.builder().put("audience", n.audience()).put("scope", n.scope()).put("start", n.start())
        .put("end", n.end())
        .put("comments", n.comments().stream().map(RecordStates::comment).toList()).build();
  }

  /** A comment's author in clear, with the comment's random seal: the digest does not let anyone guess the author. */
  private static ArchiveObject comment(NoticeComment c) {
    return ArchiveObject.builder().put("author", c.authorId()).put("seal", c.seal()).put("text", c.text())
        .put("receivedAt", c.receivedAt()).build();
  }

  private static ArchiveObject confirmation(Confirmation c) {
    return ArchiveObject.builder().put("decidedBy", c.decidedBy()).put("decidedOn", c.decidedOn())
        .put("recordedBy", c.recordedBy()).put("recordedAt", c.recordedAt()).build();
  }

  private static ArchiveObject review(ReviewRecord h) {
    return ArchiveObject.builder().put("from", h.from()).put("action", h.action()).put("to", h.to())
        .put("actor", h.actorId()).put("at", h.at()).put("note", h.note()).build();
  }
}
