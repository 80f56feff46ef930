package org.lianfang.control;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.grading.GradeLabels;
import org.lianfang.internal.TextTable;
import org.lianfang.risk.Form2Row;
import org.lianfang.risk.RiskIdentificationForm;
import org.lianfang.risk.RiskPointId;

/**
 * Form 2 (附表2) beside the grade each point keeps once its measures in force are counted (P-14): the inherent grade
 * the form shows and the residual one, with the rules that lowered it. A point without a residual grade (not
 * confirmed, or not readable) shows none. Immutable and thread-safe.
 *
 * @param form Form 2 as the risk area reads it
 * @param residual each confirmed point's residual grade
 * @param labels the labels the residual grades are shown in (the form's own)
 */
public record ResidualForm2(RiskIdentificationForm form, Map<RiskPointId, ResidualGrade> residual,
    GradeLabels labels) {
  /** @throws NullPointerException if a part is null */
  public ResidualForm2 {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(labels, "labels");
    residual = Map.copyOf(residual);
  }

  /** @param row a row of the form @return its point's residual grade, if it has one */
  public Optional<ResidualGrade> residualOf(Form2Row row) {
    return Optional.ofNullable(residual.get(row.riskPoint()));
  }

  /** @return the form as an aligned text table, the residual grade and its rules after the inherent grade */
  public String toText() {
    TextTable t = new TextTable(28, List.of("序号", "编号", "岗位", "姓名", "风险点", "等级", "剩余等级", "降级依据", "状态"));
    for (Form2Row r : form.rows()) {
      Optional<ResidualGrade> g = residualOf(r);
      t.add(List.of(Integer.toString(r.number()), r.code(), r.postName(), r.holders(), r.description(),
          r.gradeLabel(), g.map(x -> labels.label(x.grade())).orElse(""),
          g.map(x -> String.join("；", x.fired().stream().map(ResidualRule::chinese).toList())).orElse(""),
          r.state().chinese()));
    }
    return RiskIdentificationForm.TITLE + "（含剩余风险等级，" + form.subject() + "，" + form.asOf() + "）\n"
        + t.render();
  }
}
