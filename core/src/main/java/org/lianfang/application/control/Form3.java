package org.lianfang.application.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lianfang.application.internal.FormCells;
import org.lianfang.application.internal.Session;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.ControlRegistrationForm;
import org.lianfang.control.DefenseLine;
import org.lianfang.control.Form3Row;
import org.lianfang.control.MonitoringIndicator;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.Unit;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/** Builds Form 3 (附表3) from the points and measures a query read (S-13, P-13). */
final class Form3 {
  private Form3() {}

  /**
   * @param s the session
   * @param day the form's day: the session's, or the day a closed year's register was frozen
   * @param subject the unit's or person's name
   * @param known units already read, whose names are not read again
   * @param points the confirmed points the actor may read, in id order
   * @param measures the listed measures that may control them
   * @param labels the grade labels
   * @return the form
   */
  static ControlRegistrationForm of(Session s, LocalDate day, String subject, List<Unit> known,
      List<RiskPoint> points, List<ControlMeasure> measures, GradeLabels labels) {
    FormCells cells = new FormCells(s, day, known.toArray(Unit[]::new));
    List<Form3Row> rows = new ArrayList<>();
    List<String> unmeasured = new ArrayList<>();
    Map<String, ControlRegistrationForm.Total> totals = new TreeMap<>();
    Map<RiskPointId, List<ControlMeasure>> byPoint = ControlMeasure.byPoint(measures);
    cells.readAhead(points, points.stream().filter(p -> byPoint.containsKey(p.id()))
        .flatMap(p -> byPoint.get(p.id()).stream()).map(m -> m.plan().owners()).toList());
    for (RiskPoint p : points) {
      List<ControlMeasure> its = byPoint.getOrDefault(p.id(), List.of());
      if (its.isEmpty()) {
        unmeasured.add(p.code());
      }
      Optional<RiskGrade> grade = p.grading().map(g -> g.grade().level());
      for (ControlMeasure m : its) {
        rows.add(new Form3Row(rows.size() + 1, p.id(), p.code(), cells.unitName(p.location().unit()),
            cells.postName(p), cells.holders(p), p.description().description(), FormCells.gradeLabel(p, labels),
            m.id(), m.plan().phase(), m.plan().line(), m.plan().content(), cells.owners(m.plan().owners()),
            m.plan().due(), m.plan().cadence().map(c -> c.chinese()).orElse(""),
            m.plan().indicator().map(Form3::indicator).orElse(""), m.state()));
        totals.merge(key(m.plan().line(), m.plan().phase(), grade),
            new ControlRegistrationForm.Total(m.plan().line(), m.plan().phase(), grade, 1),
            (a, b) -> new ControlRegistrationForm.Total(a.line(), a.phase(), a.grade(), a.rows() + b.rows()));
      }
    }
    return new ControlRegistrationForm(subject, day, rows, unmeasured, new ArrayList<>(totals.values()));
  }

  /** Orders totals by line, then phase, then grade from the highest, a point not graded last. */
  private static String key(DefenseLine line, ControlPhase phase, Optional<RiskGrade> grade) {
    return line.ordinal() + "/" + phase.ordinal() + "/" + grade.map(g -> 9 - g.ordinal()).orElse(9);
  }

  private static String indicator(MonitoringIndicator i) {
    return i.name() + (i.direction() == MonitoringIndicator.Direction.ABOVE ? " > " : " < ")
        + i.threshold().toPlainString() + " " + i.unit();
  }

}
