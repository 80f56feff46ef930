package org.lianfang.checks;

import org.lianfang.Coded;

/** How a special inspection looks at a unit (S-10; the five ways inspectors check, stages-2-4.md §4). */
public enum InspectionMethod implements Coded {
  /** 听取汇报: the unit reports. */
  BRIEFING("briefing", "听取汇报"),
  /** 查看资料: its records and ledgers are read. */
  DOCUMENTS("documents", "查看资料"),
  /** 座谈会: a forum with its staff or the public. */
  FORUM("forum", "座谈会"),
  /** 个别谈话: one-to-one talks. */
  INTERVIEW("interview", "个别谈话"),
  /** 抽查走访: spot checks and visits. */
  SPOT_CHECK("spot-check", "抽查走访");

  private final String code;
  private final String chinese;

  InspectionMethod(String code, String chinese) {
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
}
