package org.lianfang.application.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationActivityId;
import org.lianfang.control.EducationContent;
import org.lianfang.internal.Ids;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitReferences;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/** Records an education activity a unit has held (P-15). */
final class RecordEducationHandler implements CommandHandler<RecordEducation, EducationActivityId> {
  private final Ids ids;

  RecordEducationHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<EducationActivityId> execute(Session s, RecordEducation c) {
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(Refusals.unknown("单位", "unit", c.unit()));
    }
    // access first (issue 10, finding 12): nothing of the unit is looked up for an actor who may not act there
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.RECORD_EDUCATION, unit.get(),
        Refusals.unknown("单位", "unit", c.unit()));
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> twice = once("attendees", "参加人员", "attendees", c.attendees())
        .or(() -> once("posts", "针对岗位", "posts aimed at", c.posts()))
        .or(() -> once("points", "针对风险点", "risk points aimed at", c.points()));
    if (twice.isPresent()) {
      return Outcome.refused(twice.get());
    }
    Optional<Refusal> problem = officials(s, c).or(() -> posts(s, c)).or(() -> points(s, c));
    if (problem.isPresent()) {
      return Outcome.refused(problem.get());
    }
    EducationContent content = new EducationContent(c.form(), c.held(), c.topic(), c.lecturer(), c.lecturerId(),
        c.attendees(), c.hours(), c.posts(), c.points(),
        c.evidence().stream().map(EvidenceInput::toEvidence).toList());
    EducationActivityId id = new EducationActivityId(ids.next());
    return EducationActivity.record(id, c.unit(), content, s.today()).map(change -> {
      s.store().educationActivities().insert(s.record(change));
      return id;
    });
  }

  private static Optional<Refusal> once(String path, String zh, String en, List<?> items) {
    if (new LinkedHashSet<>(items).size() == items.size()) {
      return Optional.empty();
    }
    return Optional.of(Refusals.invalid(path, "Distinct", zh, en, "同一项只能列出一次", "each is listed once"));
  }

  /** The lecturer named by id and every attendee serve in the unit or a unit above it (P-1). */
  private static Optional<Refusal> officials(Session s, RecordEducation c) {
    List<OfficialId> named = new ArrayList<>();
    c.lecturerId().ifPresent(named::add);
    named.addAll(c.attendees());
    Map<OfficialId, UnitId> found = s.store().unitsOf(Optional.empty(), named).officials();
    List<UnitId> path = s.path(c.unit());
    for (OfficialId o : named) {
      Optional<Refusal> foreign = UnitReferences.officialIn(path, o, Optional.ofNullable(found.get(o)));
      if (foreign.isPresent()) {
        return foreign;
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> posts(Session s, RecordEducation c) {
    Map<PostId, Post> found = s.store().posts().findAll(c.posts());
    for (int i = 0; i < c.posts().size(); i++) {
      Post p = found.get(c.posts().get(i));
      if (p == null || !p.unitId().equals(c.unit())) {
        return Optional.of(Refusals.invalid("posts[" + i + "]", "SameUnit", "针对岗位", "post aimed at",
            "本单位没有该岗位", "no such post in the unit"));
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> points(Session s, RecordEducation c) {
    Map<RiskPointId, RiskPoint> found = s.store().riskPoints().findAll(c.points());
    for (int i = 0; i < c.points().size(); i++) {
      RiskPoint p = found.get(c.points().get(i));
      if (p == null || !p.location().unit().equals(c.unit())) {
        return Optional.of(Refusals.invalid("points[" + i + "]", "SameUnit", "针对风险点", "risk point aimed at",
            "本单位没有该风险点", "no such risk point in the unit"));
      }
      if (p.state() == ReviewState.RETIRED) {
        return Optional.of(Refusals.invalid("points[" + i + "]", "NotRetired", "针对风险点", "risk point aimed at",
            "风险点 " + p.code() + " 已撤销", "risk point " + p.code() + " is retired"));
      }
    }
    return Optional.empty();
  }
}
