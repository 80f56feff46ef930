package org.lianfang.evaluation;

import org.lianfang.Coded;

/** What can be done to a unit's annual evaluation (S-11, P-24); {@link EvaluationTransitions} says where each leads. */
public enum EvaluationAction implements Coded {
  /** 考核: the body reads the unit's records today and enters its deductions and vetoes. */
  INSPECT("inspect", "考核", "inspected"),
  /** 评议: the leaders' scores are entered. */
  PROPOSE("propose", "评议", "proposed"),
  /** 审定: the body decides, fixing the total and the band. */
  DECIDE("decide", "审定", "decided"),
  /** 公布: the result is published. */
  PUBLISH("publish", "公布", "published");

  private final String code;
  private final String chinese;
  private final String done;

  EvaluationAction(String code, String chinese, String done) {
    this.code = code;
    this.chinese = chinese;
    this.done = done;
  }

  /** @return the journal's event type for it: {@code evaluation.inspected}, … */
  public String eventType() {
    return "evaluation." + done;
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
