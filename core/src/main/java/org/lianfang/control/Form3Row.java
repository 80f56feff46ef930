package org.lianfang.control;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.risk.RiskPointId;

/**
 * One row of Form 3 (附表3 廉政风险防控措施登记表, S-13): one registered or in-force measure against one confirmed risk
 * point, with the point's columns of Form 2 beside the measure's (P-13). A measure against two points has a row for
 * each. Immutable and thread-safe.
 *
 * @param number the row number, from 1
 * @param riskPoint the point's id
 * @param pointCode the point's code
 * @param unitName 单位（部门）
 * @param postName 岗位, or 部门风险
 * @param holders 姓名: who holds the post on the form's day, separated by 、
 * @param description 风险点
 * @param gradeLabel 风险等级 in the form's label set
 * @param measure the measure's id
 * @param phase 防控阶段 (S-14)
 * @param line 防线 (S-7 to S-9)
 * @param content 防控措施
 * @param owners 责任人: direct owner / section head / responsible leader
 * @param due 完成时限
 * @param cadence 频次, or empty
 * @param indicator 监测指标: name, direction and threshold with its unit, or empty
 * @param state 状态
 */
public record Form3Row(int number, RiskPointId riskPoint, String pointCode, String unitName, String postName,
    String holders, String description, String gradeLabel, ControlMeasureId measure, ControlPhase phase,
    DefenseLine line, String content, String owners, LocalDate due, String cadence, String indicator,
    MeasureState state) {
  /** @throws NullPointerException if a part is null */
  public Form3Row {
    Objects.requireNonNull(riskPoint, "riskPoint");
    Objects.requireNonNull(pointCode, "pointCode");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(postName, "postName");
    Objects.requireNonNull(holders, "holders");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(gradeLabel, "gradeLabel");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(owners, "owners");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(state, "state");
  }
}
