package org.lianfang.monitoring;

import java.util.Map;
import java.util.Optional;
import org.lianfang.internal.TransitionTable;

/**
 * The one transition table of a case under electronic supervision (P-20). Anything not in it is refused.
 *
 * <pre>
 * RUNNING --STEP-->     RUNNING
 * RUNNING --PAUSE-->    PAUSED
 * PAUSED  --RESUME-->   RUNNING
 * RUNNING, PAUSED --COMPLETE--> COMPLETED   (a pause still open ends with the case)
 * </pre>
 *
 * Stateless and thread-safe.
 */
public final class CaseTransitions {
  private static final TransitionTable<CaseState, CaseAction> TABLE =
      TransitionTable.of(CaseState.class, CaseAction.class)
          .on(CaseState.RUNNING, CaseAction.STEP, CaseState.RUNNING)
          .on(CaseState.RUNNING, CaseAction.PAUSE, CaseState.PAUSED)
          .on(CaseState.PAUSED, CaseAction.RESUME, CaseState.RUNNING)
          .on(CaseState.RUNNING, CaseAction.COMPLETE, CaseState.COMPLETED)
          .on(CaseState.PAUSED, CaseAction.COMPLETE, CaseState.COMPLETED)
          .build();

  private CaseTransitions() {}

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<CaseState> target(CaseState from, CaseAction action) {
    return TABLE.target(from, action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<CaseAction, CaseState> from(CaseState from) {
    return TABLE.from(from);
  }
}
