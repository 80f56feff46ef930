package org.lianfang.risk;

import org.lianfang.Coded;

/** What may be done to a risk point in review; {@link ReviewTransitions} says where each leads. */
public enum ReviewAction implements Coded {
  /** 审核 (or re-review of a stale point). */
  REVIEW("review"),
  /** 公示. */
  PUBLISH("publish"),
  /** 集体定. */
  CONFIRM("confirm"),
  /** 撤销. */
  RETIRE("retire"),
  /** a change of post, power or process made the point stale (P-3). */
  MARK_STALE("mark-stale");

  private final String code;

  ReviewAction(String code) {
    this.code = code;
  }

  /** @return the stable code (docs/journal-format.md) */
  @Override
  public String code() {
    return code;
  }
}
