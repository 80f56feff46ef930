package org.lianfang.monitoring;

import org.lianfang.Coded;

/**
 * Where the information that shows a unit or a person in risk came from (S-9: 信访举报, 群众评议, 审计, 检查, 电子监察,
 * 监测指标). A warning names its origin so that the year's revision can count what each source brought (S-12).
 */
public enum WarningOrigin implements Coded {
  /** 检举控告 / 信访: a report from the public or a colleague (P-19). */
  REPORT("report", "信访举报"),
  /** 电子监察: a RED signal of a case past its limit (P-9, P-20). */
  E_SUPERVISION("e-supervision", "电子监察"),
  /** 监测指标: a measure's indicator beyond its threshold (P-6). */
  INDICATOR("indicator", "监测指标"),
  /** 检查: a monthly check, an inspection or an audit finding (S-10). */
  CHECK("check", "监督检查"),
  /** 群众评议: the public's appraisal (S-12). */
  APPRAISAL("appraisal", "群众评议"),
  /** 其他: anything else the discipline body learned. */
  OTHER("other", "其他");

  private final String code;
  private final String chinese;

  WarningOrigin(String code, String chinese) {
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
