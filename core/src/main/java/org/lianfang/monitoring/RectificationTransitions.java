package org.lianfang.monitoring;

import java.util.Map;
import java.util.Optional;
import org.lianfang.internal.TransitionTable;

/**
 * The one transition table of a rectification item (P-21). Anything not in it is refused.
 *
 * <pre>
 * OPEN        --START-->  IN_PROGRESS
 * OPEN, IN_PROGRESS --SUBMIT--> SUBMITTED     (a small item may be done at once)
 * SUBMITTED   --REJECT--> IN_PROGRESS          (a rejected submission goes back)
 * SUBMITTED   --VERIFY--> VERIFIED
 * VERIFIED    --CLOSE-->  CLOSED (销号)
 * </pre>
 *
 * An item is never cancelled: what was found stays on record until it is verified and closed, or, at the close of a
 * year, carried over with a reason and a new due date (P-21, the annual cycle's issue). Stateless and thread-safe.
 */
public final class RectificationTransitions {
  private static final TransitionTable<RectificationState, RectificationAction> TABLE =
      TransitionTable.of(RectificationState.class, RectificationAction.class)
          .on(RectificationState.OPEN, RectificationAction.START, RectificationState.IN_PROGRESS)
          .on(RectificationState.OPEN, RectificationAction.SUBMIT, RectificationState.SUBMITTED)
          .on(RectificationState.IN_PROGRESS, RectificationAction.SUBMIT, RectificationState.SUBMITTED)
          .on(RectificationState.SUBMITTED, RectificationAction.REJECT, RectificationState.IN_PROGRESS)
          .on(RectificationState.SUBMITTED, RectificationAction.VERIFY, RectificationState.VERIFIED)
          .on(RectificationState.VERIFIED, RectificationAction.CLOSE, RectificationState.CLOSED)
          .build();

  private RectificationTransitions() {}

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<RectificationState> target(RectificationState from, RectificationAction action) {
    return TABLE.target(from, action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<RectificationAction, RectificationState> from(RectificationState from) {
    return TABLE.from(from);
  }
}
