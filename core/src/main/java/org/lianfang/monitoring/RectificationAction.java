package org.lianfang.monitoring;

import org.lianfang.Coded;

/** What can be done to a rectification item (P-21); {@link RectificationTransitions} says where each leads. */
public enum RectificationAction implements Coded {
  /** 开始整改: work on it begins. */
  START("start", "开始整改", "started"),
  /** 提交: it is submitted as done, with its evidence. */
  SUBMIT("submit", "提交", "submitted"),
  /** 退回: the submission is rejected and goes back to be worked on. */
  REJECT("reject", "退回", "rejected"),
  /** 验证: it is verified as done. */
  VERIFY("verify", "验证", "verified"),
  /** 销号: it is closed once verified. */
  CLOSE("close", "销号", "closed");

  private final String code;
  private final String chinese;
  private final String done;

  RectificationAction(String code, String chinese, String done) {
    this.code = code;
    this.chinese = chinese;
    this.done = done;
  }

  /** @return the journal's event type for it: {@code rectification.started}, … */
  public String eventType() {
    return "rectification." + done;
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
