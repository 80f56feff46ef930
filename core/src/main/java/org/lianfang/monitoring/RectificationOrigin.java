package org.lianfang.monitoring;

import org.lianfang.Coded;

/**
 * What opened a rectification item (P-21): the one record that warnings, checks, inspections, appraisals and reports
 * open.
 */
public enum RectificationOrigin implements Coded {
  /** A warning's rectification (P-8, P-18); the item names the warning. */
  WARNING("warning", "预警整改"),
  /** A monthly check's finding (S-10, P-22). */
  MONTHLY_CHECK("monthly-check", "月查"),
  /** A special inspection's finding (S-10, P-12). */
  INSPECTION("inspection", "专项检查"),
  /** A public appraisal's finding (S-12, P-25). */
  APPRAISAL("appraisal", "群众评议"),
  /** A report handled (P-19). */
  REPORT("report", "信访举报"),
  /** Anything else the discipline body or the unit found. */
  OTHER("other", "其他");

  private final String code;
  private final String chinese;

  RectificationOrigin(String code, String chinese) {
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
}
