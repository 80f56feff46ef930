package org.lianfang.monitoring;

import org.lianfang.Coded;

/** Where a report (检举控告 / 信访) or a finding came from (P-19, S-9's sources of information). */
public enum ReportChannel implements Coded {
  /** 举报箱. */
  BOX("box", "举报箱"),
  /** 举报电话. */
  HOTLINE("hotline", "举报电话"),
  /** 网上举报栏. */
  ONLINE("online", "网上举报"),
  /** 来信. */
  LETTER("letter", "来信"),
  /** 来访. */
  VISIT("visit", "来访"),
  /** 民主测评 / 民意调查. */
  POLL("poll", "民意调查"),
  /** 审计发现. */
  AUDIT("audit", "审计发现"),
  /** 巡察 / 监督检查发现. */
  INSPECTION("inspection", "检查发现"),
  /** 电子监察. */
  E_SUPERVISION("e-supervision", "电子监察");

  private final String code;
  private final String chinese;

  ReportChannel(String code, String chinese) {
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

  /** @return whether a person reported through it, who may be owed feedback, rather than a body's own finding */
  public boolean fromThePublic() {
    return this != AUDIT && this != INSPECTION && this != E_SUPERVISION;
  }
}
