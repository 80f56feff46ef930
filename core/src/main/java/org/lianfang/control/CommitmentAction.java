package org.lianfang.control;

import org.lianfang.Coded;

/** What can be done to a service commitment (P-17); {@link CommitmentTransitions} says where each leads. */
public enum CommitmentAction implements Coded {
  /** 审诺: the unit reviews and approves it. */
  REVIEW("review", "审诺", "reviewed"),
  /** 公示: it is published to those served. */
  PUBLISH("publish", "公示", "published"),
  /** 践诺: the period it covers begins. */
  START("start", "践诺", "started"),
  /** 评诺: it is judged kept, broken with an excuse explained in public, or broken. */
  EVALUATE("evaluate", "评诺", "evaluated"),
  /** 撤回: it is withdrawn before it is published. */
  WITHDRAW("withdraw", "撤回", "withdrawn");

  private final String code;
  private final String chinese;
  private final String done;

  CommitmentAction(String code, String chinese, String done) {
    this.code = code;
    this.chinese = chinese;
    this.done = done;
  }

  /** @return the journal's event type for it: {@code commitment.reviewed}, {@code commitment.published}, … */
  public String eventType() {
    return "commitment." + done;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the stable code */
  @Override
  public String code() {
    return code;
  }
}
