package org.lianfang.checks;

import org.lianfang.Coded;

/** What can be done to a special inspection (S-10); {@link InspectionTransitions} says where each leads. */
public enum InspectionAction implements Coded {
  /** 进驻: the inspectors begin. */
  START("start", "开始检查", "started"),
  /** 通报: its report is issued, with its summary. */
  REPORT("report", "通报", "reported"),
  /** 结束: it is closed. */
  CLOSE("close", "结束", "closed");

  private final String code;
  private final String chinese;
  private final String done;

  InspectionAction(String code, String chinese, String done) {
    this.code = code;
    this.chinese = chinese;
    this.done = done;
  }

  /** @return the journal's event type for it: {@code inspection.started}, … */
  public String eventType() {
    return "inspection." + done;
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
