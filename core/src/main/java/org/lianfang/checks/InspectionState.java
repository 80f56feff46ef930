package org.lianfang.checks;

import org.lianfang.Coded;

/** Where a special inspection is (S-10); {@link InspectionTransitions} says how it moves. */
public enum InspectionState implements Coded {
  /** 已部署: planned, its scope and methods set. */
  PLANNED("planned", "已部署"),
  /** 检查中: under way; findings are recorded in the units inspected. */
  UNDER_WAY("under-way", "检查中"),
  /** 已通报: its report is out; findings may still be recorded, accountability followed. */
  REPORTED("reported", "已通报"),
  /** 已结束: closed. Final. */
  CLOSED("closed", "已结束");

  private final String code;
  private final String chinese;

  InspectionState(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  @Override
  public String code() {
    return code;
  }

  /** @return whether findings may be recorded under it: once under way, until closed */
  public boolean takesFindings() {
    return this == UNDER_WAY || this == REPORTED;
  }
}
