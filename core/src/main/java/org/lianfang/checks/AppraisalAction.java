package org.lianfang.checks;

import org.lianfang.Coded;

/** What can be done to a public appraisal round (P-25); {@link AppraisalTransitions} says where each leads. */
public enum AppraisalAction implements Coded {
  /** 开始征集: it begins collecting answers, within its days. */
  OPEN("open", "开始征集", "opened"),
  /** 分析: its collection ends, its results are read and the items for revision flagged. */
  ANALYSE("analyse", "分析", "analysed"),
  /** 结束: it closes, with what was fed back; or, never opened, it is called off, with why. */
  CLOSE("close", "结束", "closed");

  private final String code;
  private final String chinese;
  private final String done;

  AppraisalAction(String code, String chinese, String done) {
    this.code = code;
    this.chinese = chinese;
    this.done = done;
  }

  /** @return the journal's event type for it: {@code appraisal.opened}, … */
  public String eventType() {
    return "appraisal." + done;
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
