package org.lianfang.checks;

import org.lianfang.Coded;

/** What can be done to a half-year self-check (P-23); {@link SelfCheckTransitions} says where each leads. */
public enum SelfCheckAction implements Coded {
  /** 报送: the unit submits it to the unit above; its figures are read from the records that day. */
  SUBMIT("submit", "报送", "submitted"),
  /** 确认: the unit above acknowledges it, with its remarks. */
  ACKNOWLEDGE("acknowledge", "确认", "acknowledged");

  private final String code;
  private final String chinese;
  private final String done;

  SelfCheckAction(String code, String chinese, String done) {
    this.code = code;
    this.chinese = chinese;
    this.done = done;
  }

  /** @return the journal's event type for it: {@code self-check.submitted}, … */
  public String eventType() {
    return "self-check." + done;
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
