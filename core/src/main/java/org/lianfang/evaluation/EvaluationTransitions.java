package org.lianfang.evaluation;

import java.util.Map;
import java.util.Optional;
import org.lianfang.internal.TransitionTable;

/**
 * The one transition table of a unit's annual evaluation (S-11, P-24). Anything not in it is refused.
 *
 * <pre>
 * SELF_ASSESSED  --INSPECT-->  INSPECTED  (the records read that day; deductions and vetoes)
 * INSPECTED      --PROPOSE-->  PROPOSED   (the leaders' scores; the composite and band proposed)
 * PROPOSED       --DECIDE-->   DECIDED    (the total and band fixed)
 * DECIDED        --PUBLISH-->  PUBLISHED
 * </pre>
 *
 * Stateless and thread-safe.
 */
public final class EvaluationTransitions {
  private static final TransitionTable<EvaluationState, EvaluationAction> TABLE =
      TransitionTable.of(EvaluationState.class, EvaluationAction.class)
          .on(EvaluationState.SELF_ASSESSED, EvaluationAction.INSPECT, EvaluationState.INSPECTED)
          .on(EvaluationState.INSPECTED, EvaluationAction.PROPOSE, EvaluationState.PROPOSED)
          .on(EvaluationState.PROPOSED, EvaluationAction.DECIDE, EvaluationState.DECIDED)
          .on(EvaluationState.DECIDED, EvaluationAction.PUBLISH, EvaluationState.PUBLISHED)
          .build();

  private EvaluationTransitions() {}

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<EvaluationState> target(EvaluationState from, EvaluationAction action) {
    return TABLE.target(from, action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<EvaluationAction, EvaluationState> from(EvaluationState from) {
    return TABLE.from(from);
  }
}
