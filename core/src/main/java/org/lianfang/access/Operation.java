package org.lianfang.access;

import org.lianfang.Coded;

/** What an actor asks to do. */
public enum Operation implements Coded {
  /** read units, posts, officials, tenures, power lists and flow charts */
  READ_ORGANIZATION("read-organization"),
  /** read risk points in any state, forms and totals */
  READ_RISKS("read-risks"),
  /** read only what has been published (公示) or confirmed */
  READ_PUBLISHED("read-published"),
  /**
   * read what a unit publishes inside itself: notices to the unit or to the unit and the units below it (issue 10,
   * finding 11). Decided on the unit alone for a notice to the unit (the target's path holds only the unit), and on
   * the path from the unit down to one of the actor's units for a notice to the unit's tree
   */
  READ_INTERNAL("read-internal"),
  /** read and verify the journal */
  READ_JOURNAL("read-journal"),
  /** read sealed identities: who commented on a notice, who reported (P-11, ARCHITECTURE.md decision 8) */
  READ_SEALED("read-sealed"),
  /** register or change units, posts, officials, tenures, power items and processes */
  MANAGE_ORGANIZATION("manage-organization"),
  /** identify a risk point */
  IDENTIFY_RISK("identify-risk"),
  /** review (审核) a risk point */
  REVIEW_RISK("review-risk"),
  /** grade or re-grade a risk point */
  GRADE_RISK("grade-risk"),
  /** post (公示) a risk point */
  PUBLISH_RISK("publish-risk"),
  /** comment on a published risk point */
  COMMENT("comment"),
  /** record the collective decision (集体定) on a risk point */
  CONFIRM_RISK("confirm-risk"),
  /** retire a risk point */
  RETIRE_RISK("retire-risk"),
  /** name a risk point's owner chain */
  ASSIGN_OWNERS("assign-owners"),
  /** draft, register, put in force, retire or supersede a control measure (P-13) */
  MANAGE_CONTROL("manage-control"),
  /** record or withdraw an education activity (P-15) */
  RECORD_EDUCATION("record-education"),
  /** publish a power item (权力公开, P-16), publish it again, or withdraw its disclosure */
  PUBLISH_POWER("publish-power"),
  /** propose a service commitment (P-17) or take it a step: 审诺, 公示, 践诺, 评诺, 撤回 */
  MANAGE_COMMITMENTS("manage-commitments"),
  /** read the third line's records: warnings and their replies (S-9, P-8), rectification items (P-21) */
  READ_MONITORING("read-monitoring"),
  /**
   * issue a warning (P-8, P-18), accept or return its reply, verify it, close, transfer (P-10) or cancel it: the
   * discipline body's decisions
   */
  MANAGE_WARNINGS("manage-warnings"),
  /** acknowledge a warning to the unit and reply to it: the subject's part */
  ANSWER_WARNINGS("answer-warnings"),
  /** open a rectification item (P-21), reject its submission, verify it, close it (销号): the body that found it */
  MANAGE_RECTIFICATION("manage-rectification"),
  /** begin work on a rectification item and submit it with its evidence: the unit that must rectify */
  WORK_RECTIFICATION("work-rectification"),
  /**
   * report what the host's systems observe of the unit: a case of its administrative powers under electronic
   * supervision (P-9, P-20; opened, its steps, pauses and completion) and a value of a measure's monitoring indicator
   * (P-6); the host's approval and statistics systems, acting for the unit
   */
  RECORD_MONITORING("record-monitoring"),
  /**
   * read reports (检举控告 / 信访, P-19): confidential, by default the discipline body's only; the content and the
   * reporter are shown only to those who may also {@link #READ_SEALED} (P-11)
   */
  READ_REPORTS("read-reports"),
  /** log a report, forward or accept it, dispose of it, close it, record the reporter told, link it (P-19) */
  MANAGE_REPORTS("manage-reports"),
  /**
   * read the checks of the third stage (S-10): a post's monthly checks (P-22) with their ratings and findings, and
   * their roll-ups
   */
  READ_CHECKS("read-checks"),
  /**
   * open a post's monthly check (月查, P-22), fill in its ratings, fill them in again while it is open, submit it: the
   * unit's checkers, a section head on the section's posts, a post's holder on the post (自查)
   */
  RECORD_CHECKS("record-checks"),
  /**
   * return a submitted monthly check or review it, which turns what falls short into rectification items (P-21, P-22):
   * the unit's leader or the discipline body
   */
  REVIEW_CHECKS("review-checks"),
  /**
   * plan a special inspection (专项检查, S-10) over units below, take it a step, record what it found in a unit (with
   * the rectification item its order opens) and who was held accountable: the discipline body's
   */
  INSPECT("inspect"),
  /**
   * assess the unit's own year (自评, S-11, P-24): only from a grant on the unit itself, never one above it, so that
   * the body that evaluates a unit from above never writes its self-assessment.
   */
  SELF_ASSESS("self-assess"),
  /**
   * evaluate a unit's year (考核, S-11, P-24): inspect its records with deductions and vetoes, enter the leaders'
   * scores, decide and publish; only from a grant on a unit above it, never the unit's own.
   */
  EVALUATE("evaluate"),
  /**
   * run a unit's annual cycle (S-1, S-16): open its year and leave its phases one at a time, each past the guard its
   * rules set on the unit's records; the unit's leader for the unit, or the discipline body above it, which rolls a
   * year out over a whole subtree
   */
  RUN_CYCLE("run-cycle"),
  /**
   * bring an archive's records and journal into the store, restoring or merging it (issue 10, finding 1); decided
   * per unit of the archive, and for a unit that comes in as a root, on {@link AccessTarget#newRoot()}
   */
  IMPORT_LEDGER("import-ledger");

  private final String code;

  Operation(String code) {
    this.code = code;
  }

  /** @return the stable code (docs/journal-format.md) */
  @Override
  public String code() {
    return code;
  }
}
