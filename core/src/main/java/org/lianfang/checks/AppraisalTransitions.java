package org.lianfang.checks;

import java.util.Map;
import java.util.Optional;
import org.lianfang.internal.TransitionTable;

/**
 * The one transition table of a public appraisal round (P-25). Anything not in it is refused.
 *
 * <pre>
 * PLANNED     --OPEN-->     COLLECTING   (answers are recorded only now)
 * PLANNED     --CLOSE-->    CLOSED       (called off, never collected: the remarks say why)
 * COLLECTING  --ANALYSE-->  ANALYSED     (items at the policy's share of dissatisfied answers flagged)
 * ANALYSED    --CLOSE-->    CLOSED       (the results fed back)
 * </pre>
 *
 * Stateless and thread-safe.
 */
public final class AppraisalTransitions {
  private static final TransitionTable<AppraisalState, AppraisalAction> TABLE =
      TransitionTable.of(AppraisalState.class, AppraisalAction.class)
          .on(AppraisalState.PLANNED, AppraisalAction.OPEN, AppraisalState.COLLECTING)
          .on(AppraisalState.PLANNED, AppraisalAction.CLOSE, AppraisalState.CLOSED)
          .on(AppraisalState.COLLECTING, AppraisalAction.ANALYSE, AppraisalState.ANALYSED)
          .on(AppraisalState.ANALYSED, AppraisalAction.CLOSE, AppraisalState.CLOSED)
          .build();

  private AppraisalTransitions() {}

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<AppraisalState> target(AppraisalState from, AppraisalAction action) {
    return TABLE.target(from, action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<AppraisalAction, AppraisalState> from(AppraisalState from) {
    return TABLE.from(from);
  }
}
