package org.lianfang.organization;

import org.lianfang.Coded;

/** Administrative powers that make a post a priority for risk prevention (S-17). */
public enum AdministrativePower implements Coded {
  /** 行政许可. */
  LICENSING("licensing", "行政许可"),
  /** 行政处罚. */
  PENALTY("penalty", "行政处罚"),
  /** 行政强制 / 执法检查. */
  ENFORCEMENT("enforcement", "行政强制"),
  /** 行政征收 (fees, land acquisition). */
  COLLECTION("collection", "行政征收"),
  /** 行政确认 / 审核 / 其他. */
  OTHER("other", "其他职权");

  private final String code;
  private final String chinese;

  AdministrativePower(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the stable code (docs/journal-format.md) */
  @Override
  public String code() {
    return code;
  }
}
