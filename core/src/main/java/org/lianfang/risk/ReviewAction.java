package org.lianfang.risk;

/** What may be done to a risk point in review; {@link ReviewTransitions} says where each leads. */
public enum ReviewAction {
  /** 审核 (or re-review of a stale point). */
  REVIEW,
  /** 公示. */
  POST,
  /** 集体定. */
  CONFIRM,
  /** 撤销. */
  RETIRE,
  /** a change of post, power or process made the point stale (P-3). */
  MARK_STALE
}
