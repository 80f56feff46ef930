package org.lianfang.checks;

import java.util.Map;
import java.util.Optional;
import org.lianfang.internal.TransitionTable;

/**
 * The one transition table of a monthly check (P-22). Anything not in it is refused.
 *
 * <pre>
 * OPEN       --SUBMIT--> SUBMITTED
 * SUBMITTED  --RETURN--> OPEN        (sent back to be filled in again, with the reason)
 * SUBMITTED  --REVIEW--> REVIEWED    (what falls short becomes rectification items)
 * </pre>
 *
 * The ratings change only while it is OPEN. Stateless and thread-safe.
 */
public final class CheckTransitions {
  private static final TransitionTable<CheckState, CheckAction> TABLE =
      TransitionTable.of(CheckState.class, CheckAction.class)
          .on(CheckState.OPEN, CheckAction.SUBMIT, CheckState.SUBMITTED)
          .on(CheckState.SUBMITTED, CheckAction.RETURN, CheckState.OPEN)
          .on(CheckState.SUBMITTED, CheckAction.REVIEW, CheckState.REVIEWED)
          .build();

  private CheckTransitions() {}

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<CheckState> target(CheckState from, CheckAction action) {
    return TABLE.target(from, action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<CheckAction, CheckState> from(CheckState from) {
    return TABLE.from(from);
  }
}
