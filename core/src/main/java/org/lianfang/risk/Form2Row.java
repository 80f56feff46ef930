package org.lianfang.risk;

import java.util.Objects;

/**
 * One row of Form 2 (附表2 部门和个人廉政风险点识别表, S-13). Immutable and thread-safe.
 *
 * @param number the row number, from 1
 * @param riskPoint the point's id
 * @param code the point's code
 * @param unitName 单位（部门）
 * @param postName 岗位, or 部门风险 for a risk of the unit as a whole
 * @param holders 姓名: who holds the post on the form's day, separated by 、; empty if vacant or unit-wide
 * @param category 风险类别
 * @param description 风险点
 * @param manifestation 风险表现形式
 * @param sources 风险源, separated by ；
 * @param method 查找方式
 * @param channel 渠道
 * @param gradeLabel 风险等级 in the form's label set, or 未定级
 * @param owners 责任人: direct owner / section head / responsible leader, or empty
 * @param state 状态
 */
public record Form2Row(
    int number, RiskPointId riskPoint, String code, String unitName, String postName, String holders,
    RiskCategory category, String description, String manifestation, String sources, DiscoveryMethod method,
    DiscoveryChannel channel, String gradeLabel, String owners, ReviewState state) {
  /** @throws NullPointerException if a part is null */
  public Form2Row {
    Objects.requireNonNull(riskPoint, "riskPoint");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(postName, "postName");
    Objects.requireNonNull(holders, "holders");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(manifestation, "manifestation");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(gradeLabel, "gradeLabel");
    Objects.requireNonNull(owners, "owners");
    Objects.requireNonNull(state, "state");
  }
}
