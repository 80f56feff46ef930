package org.lianfang.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;
import org.lianfang.internal.TextTable;
import org.lianfang.table.Table;

/**
 * Form 3 (附表3 廉政风险防控措施登记表, S-13) of a unit or a person: the registered and in-force measures against its
 * confirmed risk points, one row per measure and point; the confirmed points no such measure controls yet; and the
 * totals by defense line × phase × the point's grade. Immutable and thread-safe.
 *
 * @param subject the unit's or the person's name
 * @param asOf the day the form shows
 * @param rows the rows, numbered from 1, point by point in id order
 * @param unmeasured the codes of the confirmed points without a registered or in-force measure
 * @param totals the rows counted by line, phase and grade, each non-empty combination once, in that order
 */
public record ControlRegistrationForm(String subject, LocalDate asOf, List<Form3Row> rows, List<String> unmeasured,
    List<Total> totals) {
  /** The form's title. */
  public static final String TITLE = "廉政风险防控措施登记表";

  /** @throws NullPointerException if a part is null */
  public ControlRegistrationForm {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(asOf, "asOf");
    rows = List.copyOf(rows);
    unmeasured = List.copyOf(unmeasured);
    totals = List.copyOf(totals);
  }

  /**
   * How many rows have one line, phase and point grade.
   *
   * @param line the defense line
   * @param phase the phase
   * @param grade the point's grade, or empty for a point not graded
   * @param rows how many rows
   */
  public record Total(DefenseLine line, ControlPhase phase, Optional<RiskGrade> grade, int rows) {
    /** @throws NullPointerException if a part is null */
    public Total {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(grade, "grade");
    }
  }

  /**
   * @return the whole form as a table for a spreadsheet or a page (issue 15): its title with the subject and the day,
   *     one row per measure and point with every column, every cell whole
   */
  public Table table() {
    return new Table(TITLE + "（" + subject + "，" + asOf + "）", List.of("序号", "风险点编号", "单位", "岗位", "姓名",
        "风险点", "等级", "防控阶段", "防线", "防控措施", "责任人", "完成时限", "频次", "监测指标", "状态"), rows.stream()
        .map(r -> List.of(Integer.toString(r.number()), r.pointCode(), r.unitName(), r.postName(), r.holders(),
            r.description(), r.gradeLabel(), r.phase().chinese(), r.line().chinese(), r.content(), r.owners(),
            r.due().toString(), r.cadence(), r.indicator(), r.state().chinese())).toList());
  }

  /**
   * @param labels the grade labels
   * @return the form's totals as a table (issue 15): one row per defense line, phase and grade that has rows, in
   *     that order, then a 合计 row
   */
  public Table totalsTable(GradeLabels labels) {
    List<List<String>> cells = new ArrayList<>();
    totals.forEach(t -> cells.add(List.of(t.line().chinese(), t.phase().chinese(), t.grade().map(labels::label)
        .orElse("未定级"), Integer.toString(t.rows()))));
    cells.add(List.of("合计", "", "", Integer.toString(totals.stream().mapToInt(Total::rows).sum())));
    return new Table(TITLE + "汇总（" + subject + "，" + asOf + "）", List.of("防线", "防控阶段", "等级", "措施条数"),
        cells);
  }

  /** @return the form as an aligned text table for consoles and logs; long cells are cut with {@code …} */
  public String toText() {
    TextTable t = new TextTable(28, List.of("序号", "风险点编号", "单位", "岗位", "姓名", "风险点", "等级", "防控阶段",
        "防线", "防控措施", "责任人", "完成时限", "状态"));
    for (Form3Row r : rows) {
      t.add(List.of(Integer.toString(r.number()), r.pointCode(), r.unitName(), r.postName(), r.holders(),
          r.description(), r.gradeLabel(), r.phase().chinese(), r.line().chinese(), r.content(), r.owners(),
          r.due().toString(), r.state().chinese()));
    }
    StringBuilder b = new StringBuilder(TITLE + "（" + subject + "，" + asOf + "）\n" + t.render());
    if (!unmeasured.isEmpty()) {
      b.append("尚无登记措施的风险点：").append(String.join("、", unmeasured)).append('\n');
    }
    return b.toString();
  }
}
