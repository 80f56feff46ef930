package org.lianfang.monitoring;

import org.lianfang.Coded;

/**
 * Where a report (检举控告 / 信访, P-19) is; {@link ReportTransitions} says how it moves. A report is received, then
 * forwarded to the body that handles it or accepted here, disposed of one of the four ways, closed with its result, and
 * a real-name reporter is told the result.
 */
public enum ReportState implements Coded {
  /** 已登记: received and logged, not yet forwarded or accepted. */
  RECEIVED("received", "已登记"),
  /** 已转办: forwarded to the body that handles it. Final here. */
  FORWARDED("forwarded", "已转办"),
  /** 已受理: accepted to be handled here. */
  ACCEPTED("accepted", "已受理"),
  /** 已处置: disposed of one of the four ways ({@link Disposal}). */
  DISPOSED("disposed", "已处置"),
  /** 已办结: closed with its result; final for an anonymous report. */
  CLOSED("closed", "已办结"),
  /** 已反馈: a real-name reporter has been told the result. Final. */
  FED_BACK("fed-back", "已反馈");

  private final String code;
  private final String chinese;

  ReportState(String code, String chinese) {
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

  /** @return whether the report is handled here: triage may link it to risk points and warnings (P-19) */
  public boolean handledHere() {
    return this != RECEIVED && this != FORWARDED;
  }
}
