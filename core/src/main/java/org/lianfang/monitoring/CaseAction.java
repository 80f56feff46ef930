package org.lianfang.monitoring;

import org.lianfang.Coded;

/** What the host reports of a case under electronic supervision (P-20); {@link CaseTransitions} says where it leads. */
public enum CaseAction implements Coded {
  /** 环节: a step of the procedure was taken (受理, 审查, 决定 …). */
  STEP("step", "办理环节", "stepped"),
  /** 暂停计时: the clock stops (补正材料, 公告, 鉴定 …). */
  PAUSE("pause", "暂停计时", "paused"),
  /** 恢复计时: the clock runs again. */
  RESUME("resume", "恢复计时", "resumed"),
  /** 办结: the case is completed. */
  COMPLETE("complete", "办结", "completed");

  private final String code;
  private final String chinese;
  private final String done;

  CaseAction(String code, String chinese, String done) {
    this.code = code;
    this.chinese = chinese;
    this.done = done;
  }

  /** @return the journal's event type for it: {@code case.stepped}, … */
  public String eventType() {
    return "case." + done;
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
