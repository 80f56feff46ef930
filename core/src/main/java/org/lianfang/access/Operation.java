package org.lianfang.access;

/** What an actor asks to do. */
public enum Operation {
  /** read units, posts, officials, tenures, power lists and flow charts */
  READ_ORGANIZATION,
  /** read risk points in any state, forms and totals */
  READ_RISKS,
  /** read only what has been publicly posted (公示) or confirmed */
  READ_POSTED,
  /** read and verify the journal */
  READ_JOURNAL,
  /** read sealed identities: who commented on a notice, who reported (P-11, ARCHITECTURE.md decision 8) */
  READ_SEALED,
  /** register or change units, posts, officials, tenures, power items and processes */
  MANAGE_ORGANIZATION,
  /** identify a risk point */
  IDENTIFY_RISK,
  /** review (审核) a risk point */
  REVIEW_RISK,
  /** grade or re-grade a risk point */
  GRADE_RISK,
  /** post (公示) a risk point */
  POST_RISK,
  /** comment on a posted risk point */
  COMMENT,
  /** record the collective decision (集体定) on a risk point */
  CONFIRM_RISK,
  /** retire a risk point */
  RETIRE_RISK,
  /** name a risk point's owner chain */
  ASSIGN_OWNERS
}
