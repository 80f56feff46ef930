package org.lianfang.organization;

/** Administrative powers that make a post a priority for risk prevention (S-17). */
public enum AdministrativePower {
  /** 行政许可. */
  LICENSING("行政许可"),
  /** 行政处罚. */
  PENALTY("行政处罚"),
  /** 行政强制 / 执法检查. */
  ENFORCEMENT("行政强制"),
  /** 行政征收 (fees, land acquisition). */
  COLLECTION("行政征收"),
  /** 行政确认 / 审核 / 其他. */
  OTHER("其他职权");

  private final String chinese;

  AdministrativePower(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }
}
