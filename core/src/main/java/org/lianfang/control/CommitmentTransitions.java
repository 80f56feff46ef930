package org.lianfang.control;

import java.util.Map;
import java.util.Optional;
import org.lianfang.internal.TransitionTable;

/**
 * The one transition table of a service commitment's life (P-17). Anything not in it is refused.
 *
 * <pre>
 * PROPOSED  --REVIEW-->   REVIEWED      PROPOSED, REVIEWED --WITHDRAW--> WITHDRAWN
 * REVIEWED  --PUBLISH-->  PUBLISHED
 * PUBLISHED --START-->    IN_PROGRESS
 * IN_PROGRESS --EVALUATE--> EVALUATED (KEPT, BROKEN_EXCUSED or BROKEN)
 * </pre>
 *
 * A published commitment is not withdrawn: those served were told of it, and it is judged. Stateless and thread-safe.
 */
public final class CommitmentTransitions {
  private static final TransitionTable<CommitmentState, CommitmentAction> TABLE = table();

  private CommitmentTransitions() {}

  private static TransitionTable<CommitmentState, CommitmentAction> table() {
    return TransitionTable.of(CommitmentState.class, CommitmentAction.class)
        .on(CommitmentState.PROPOSED, CommitmentAction.REVIEW, CommitmentState.REVIEWED)
        .on(CommitmentState.REVIEWED, CommitmentAction.PUBLISH, CommitmentState.PUBLISHED)
        .on(CommitmentState.PUBLISHED, CommitmentAction.START, CommitmentState.IN_PROGRESS)
        .on(CommitmentState.IN_PROGRESS, CommitmentAction.EVALUATE, CommitmentState.EVALUATED)
        .on(CommitmentState.PROPOSED, CommitmentAction.WITHDRAW, CommitmentState.WITHDRAWN)
        .on(CommitmentState.REVIEWED, CommitmentAction.WITHDRAW, CommitmentState.WITHDRAWN)
        .build();
  }

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<CommitmentState> target(CommitmentState from, CommitmentAction action) {
    return TABLE.target(from, action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<CommitmentAction, CommitmentState> from(CommitmentState from) {
    return TABLE.from(from);
  }
}
