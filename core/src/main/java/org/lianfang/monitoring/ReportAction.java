package org.lianfang.monitoring;

import org.lianfang.Coded;

/** What can be done to a report (P-19); {@link ReportTransitions} says where each leads. */
public enum ReportAction implements Coded {
  /** 转办: forwarded to the body that handles it (the tick watches the forward deadline). */
  FORWARD("forward", "转办", "forwarded"),
  /** 受理: accepted to be handled here (the tick watches the forward deadline). */
  ACCEPT("accept", "受理", "accepted"),
  /** 告知受理: a real-name reporter told of the acceptance. */
  TELL_ACCEPTANCE("tell-acceptance", "告知受理", "acceptance-told"),
  /** 处置: disposed of one of the four ways. */
  DISPOSE("dispose", "处置", "disposed"),
  /** 办结: closed with its result. */
  CLOSE("close", "办结", "closed"),
  /** 反馈结果: a real-name reporter told the result. */
  TELL_RESULT("tell-result", "反馈结果", "result-told");

  private final String code;
  private final String chinese;
  private final String done;

  ReportAction(String code, String chinese, String done) {
    this.code = code;
    this.chinese = chinese;
    this.done = done;
  }

  /** @return the journal's event type for it: {@code report.forwarded}, … */
  public String eventType() {
    return "report." + done;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  @Override
  public String code() {
    return code;
  }

  /** @return whether it records that a real-name reporter was told, which an anonymous report never is */
  public boolean tellsTheReporter() {
    return this == TELL_ACCEPTANCE || this == TELL_RESULT;
  }
}
