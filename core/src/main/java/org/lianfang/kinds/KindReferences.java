package org.lianfang.kinds;

import static org.lianfang.kinds.AggregateKinds.CONTROL_MEASURES;
import static org.lianfang.kinds.AggregateKinds.OFFICIALS;
import static org.lianfang.kinds.AggregateKinds.POSTS;
import static org.lianfang.kinds.AggregateKinds.POWER_ITEMS;
import static org.lianfang.kinds.AggregateKinds.PROCESSES;
import static org.lianfang.kinds.AggregateKinds.RECTIFICATION_ITEMS;
import static org.lianfang.kinds.AggregateKinds.RISK_POINTS;
import static org.lianfang.kinds.AggregateKinds.SERVICE_COMMITMENTS;
import static org.lianfang.kinds.AggregateKinds.WARNINGS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.lianfang.AggregateId;
import org.lianfang.checks.AppraisalItem;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.CheckRow;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationContent;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationTerms;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessStep;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;

/**
 * The references each kind's records make ({@link AggregateKind#references}), a record's field paths as its documented
 * form writes them, to kinds listed before its own in {@link AggregateKinds}. Stateless.
 */
final class KindReferences {
  private KindReferences() {}

  static List<Reference> references(BusinessProcess p) {
    List<Reference> all = new ArrayList<>();
    for (int i = 0; i < p.steps().size(); i++) {
      ProcessStep step = p.steps().get(i);
      all.add(Reference.to("steps/" + i + "/post", POSTS, step.post()));
      all.addAll(each("steps/" + i + "/powers", POWER_ITEMS, step.powers()));
    }
    return all;
  }

  static List<Reference> references(RiskPoint r) {
    List<Reference> all = new ArrayList<>();
    RiskLocation l = r.location();
    l.post().ifPresent(p -> all.add(Reference.to("location/post", POSTS, p)));
    l.powerItem().ifPresent(p -> all.add(Reference.to("location/powerItem", POWER_ITEMS, p)));
    l.step().ifPresent(s -> all.add(Reference.toPart("location/step", PROCESSES, s.process(), s.step())));
    r.owners().ifPresent(o -> all.addAll(List.of(
        Reference.to("owners/directOwner", OFFICIALS, o.directOwner()),
        Reference.to("owners/sectionHead", OFFICIALS, o.sectionHead()),
        Reference.to("owners/responsibleLeader", OFFICIALS, o.responsibleLeader()))));
    return all;
  }

  static List<Reference> references(ControlMeasure m) {
    List<Reference> all = new ArrayList<>(inOrder("points", RISK_POINTS, m.points()));
    OwnerChain o = m.plan().owners();
    all.add(Reference.to("plan/owners/directOwner", OFFICIALS, o.directOwner()));
    all.add(Reference.to("plan/owners/sectionHead", OFFICIALS, o.sectionHead()));
    all.add(Reference.to("plan/owners/responsibleLeader", OFFICIALS, o.responsibleLeader()));
    return all;
  }

  static List<Reference> references(EducationActivity a) {
    EducationContent c = a.content();
    List<Reference> all = new ArrayList<>();
    c.lecturerId().ifPresent(o -> all.add(Reference.to("content/lecturerId", OFFICIALS, o)));
    all.addAll(inOrder("content/attendees", OFFICIALS, c.attendees()));
    all.addAll(inOrder("content/posts", POSTS, c.posts()));
    all.addAll(inOrder("content/points", RISK_POINTS, c.points()));
    return all;
  }

  static List<Reference> references(ServiceCommitment c) {
    List<Reference> all = new ArrayList<>();
    all.add(Reference.to("terms/holder", OFFICIALS, c.terms().holder()));
    c.terms().post().ifPresent(p -> all.add(Reference.to("terms/post", POSTS, p)));
    return all;
  }

  static List<Reference> references(Warning w) {
    List<Reference> all = new ArrayList<>();
    WarningSubject s = w.subject();
    s.post().ifPresent(p -> all.add(Reference.to("subject/post", POSTS, p)));
    s.official().ifPresent(o -> all.add(Reference.to("subject/official", OFFICIALS, o)));
    all.addAll(inOrder("subject/points", RISK_POINTS, s.points()));
    all.add(Reference.to("notice/approver", OFFICIALS, w.notice().approver()));
    return all;
  }

  static List<Reference> references(RectificationItem r) {
    List<Reference> all = new ArrayList<>();
    RectificationTerms t = r.terms();
    t.warning().ifPresent(w -> all.add(Reference.to("terms/warning", WARNINGS, w)));
    all.add(Reference.to("terms/owner", OFFICIALS, t.owner()));
    all.addAll(inOrder("terms/points", RISK_POINTS, t.points()));
    return all;
  }

  static List<Reference> references(Report r) {
    List<Reference> all = new ArrayList<>();
    WarningSubject s = r.intake().subject();
    s.post().ifPresent(p -> all.add(Reference.to("intake/subject/post", POSTS, p)));
    s.official().ifPresent(o -> all.add(Reference.to("intake/subject/official", OFFICIALS, o)));
    all.addAll(inOrder("intake/subject/points", RISK_POINTS, s.points()));
    all.addAll(inOrder("links/points", RISK_POINTS, r.links().points()));
    all.addAll(inOrder("links/warnings", WARNINGS, r.links().warnings()));
    return all;
  }

  static List<Reference> references(SupervisionCase c) {
    List<Reference> all = new ArrayList<>();
    all.add(Reference.to("terms/powerItem", POWER_ITEMS, c.terms().powerItem()));
    c.terms().commitment().ifPresent(k -> all.add(Reference.to("terms/commitment", SERVICE_COMMITMENTS, k)));
    List<org.lianfang.monitoring.CaseLife.Raised> raised = c.life().signals();
    for (int i = 0; i < raised.size(); i++) {
      int at = i;
      raised.get(i).warning().ifPresent(w -> all.add(Reference.to("life/signals/" + at + "/warning", WARNINGS, w)));
    }
    return all;
  }

  static List<Reference> references(MonthlyCheck c) {
    List<Reference> all = new ArrayList<>();
    all.add(Reference.to("post", POSTS, c.post()));
    all.add(Reference.to("checker", OFFICIALS, c.checker()));
    for (int i = 0; i < c.rows().size(); i++) {
      CheckRow row = c.rows().get(i);
      all.add(Reference.to("rows/" + i + "/measure", CONTROL_MEASURES, row.measure()));
      int at = i;
      row.item().ifPresent(item -> all.add(Reference.to("rows/" + at + "/item", RECTIFICATION_ITEMS, item)));
      row.warning().ifPresent(w -> all.add(Reference.to("rows/" + at + "/warning", WARNINGS, w)));
    }
    return all;
  }

  static List<Reference> references(InspectionFinding f) {
    List<Reference> all = new ArrayList<>();
    all.addAll(inOrder("points", RISK_POINTS, f.points()));
    all.add(Reference.to("item", RECTIFICATION_ITEMS, f.item()));
    for (int i = 0; i < f.accountability().size(); i++) {
      all.add(Reference.to("accountability/" + i + "/official", OFFICIALS, f.accountability().get(i).official()));
    }
    return all;
  }

  static List<Reference> references(AppraisalRound r) {
    List<Reference> all = new ArrayList<>();
    List<AppraisalItem> items = r.plan().items();
    for (int i = 0; i < items.size(); i++) {
      AppraisalItem item = items.get(i);
      String at = "plan/items/" + i;
      item.point().ifPresent(p -> all.add(Reference.to(at + "/point", RISK_POINTS, p)));
      item.post().ifPresent(p -> all.add(Reference.to(at + "/post", POSTS, p)));
      item.commitment().ifPresent(k -> all.add(Reference.to(at + "/commitment", SERVICE_COMMITMENTS, k)));
      all.add(Reference.to(at + "/owner", OFFICIALS, item.owner()));
    }
    for (int i = 0; i < r.comments().size(); i++) {
      int at = i;
      r.comments().get(i).rectification().ifPresent(x -> all.add(Reference.to("comments/" + at + "/rectification",
          RECTIFICATION_ITEMS, x)));
    }
    return all;
  }

  /** References to each of a list of records, in its order. */
  static <I extends AggregateId> List<Reference> inOrder(String at, AggregateKind<?, I> kind, List<I> ids) {
    List<Reference> all = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      all.add(Reference.to(at + "/" + i, kind, ids.get(i)));
    }
    return all;
  }

  /** References to each of a set of records, in the order of their ids' text, as documents list them. */
  static <I extends AggregateId> List<Reference> each(String at, AggregateKind<?, I> kind, Set<I> ids) {
    return inOrder(at, kind, ids.stream().sorted(Comparator.comparing(String::valueOf)).toList());
  }
}
