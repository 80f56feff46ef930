package org.lianfang.checks;

import org.lianfang.Coded;

/** What can be done to a monthly check (P-22); {@link CheckTransitions} says where each leads. */
public enum CheckAction implements Coded {
  /** 提交: the ratings are submitted for review. */
  SUBMIT("submit", "提交", "submitted"),
  /** 退回: the reviewer sends it back to be filled in again, with the reason. */
  RETURN("return", "退回", "returned"),
  /** 审核: the reviewer accepts it; what falls short becomes rectification items. */
  REVIEW("review", "审核", "reviewed");

  private final String code;
  private final String chinese;
  private final String done;

  CheckAction(String code, String chinese, String done) {
    this.code = code;
    this.chinese = chinese;
    this.done = done;
  }

  /** @return the journal's event type for it: {@code check.submitted}, … */
  public String eventType() {
    return "check." + done;
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
