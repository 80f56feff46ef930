package org.lianfang.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lianfang.internal.TextTable;
import org.lianfang.table.Table;

/**
 * Form 2 (附表2 部门和个人廉政风险点识别表, S-13): the risk points of a unit, or of a person, one row each. Immutable and
 * thread-safe.
 *
 * @param subject the unit's or the person's name
 * @param asOf the day the form shows (holders are those of that day)
 * @param rows the rows, numbered from 1
 */
public record RiskIdentificationForm(String subject, LocalDate asOf, List<Form2Row> rows) {
  /** The form's title. */
  public static final String TITLE = "部门和个人廉政风险点识别表";

  /** @throws NullPointerException if a part is null */
  public RiskIdentificationForm {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(asOf, "asOf");
    rows = List.copyOf(rows);
  }

  /**
   * @return the whole form as a table for a spreadsheet or a page (issue 15): its title with the subject and the day,
   *     every column of the paper form, every cell whole
   */
  public Table table() {
    return new Table(TITLE + "（" + subject + "，" + asOf + "）", List.of("序号", "编号", "单位", "岗位", "姓名",
        "风险点", "表现形式", "风险源", "类别", "查找方式", "渠道", "等级", "责任人", "状态"), rows.stream()
        .map(r -> List.of(Integer.toString(r.number()), r.code(), r.unitName(), r.postName(), r.holders(),
            r.description(), r.manifestation(), r.sources(), r.category().chinese(), r.method().chinese(),
            r.channel().chinese(), r.gradeLabel(), r.owners(), r.state().chinese())).toList());
  }

  /**
   * @return the form as an aligned text table for consoles and logs; long cells are cut with {@code …} (the rows keep
   *     the full text)
   */
  public String toText() {
    TextTable t = new TextTable(28, List.of("序号", "编号", "单位", "岗位", "姓名", "风险点", "表现形式", "类别",
        "查找方式", "等级", "责任人", "状态"));
    for (Form2Row r : rows) {
      t.add(List.of(Integer.toString(r.number()), r.code(), r.unitName(), r.postName(), r.holders(),
          r.description(), r.manifestation(), r.category().chinese(), r.method().chinese(), r.gradeLabel(),
          r.owners(), r.state().chinese()));
    }
    return TITLE + "（" + subject + "，" + asOf + "）\n" + t.render();
  }
}
