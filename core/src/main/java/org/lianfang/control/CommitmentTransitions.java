package org.lianfang.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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
  private static final Map<CommitmentState, Map<CommitmentAction, CommitmentState>> TABLE = table();

  private CommitmentTransitions() {}

  private static Map<CommitmentState, Map<CommitmentAction, CommitmentState>> table() {
    Map<CommitmentState, Map<CommitmentAction, CommitmentState>> t = new EnumMap<>(CommitmentState.class);
    for (CommitmentState s : CommitmentState.values()) {
      t.put(s, new EnumMap<>(CommitmentAction.class));
    }
    t.get(CommitmentState.PROPOSED).put(CommitmentAction.REVIEW, CommitmentState.REVIEWED);
    t.get(CommitmentState.REVIEWED).put(CommitmentAction.PUBLISH, CommitmentState.PUBLISHED);
    t.get(CommitmentState.PUBLISHED).put(CommitmentAction.START, CommitmentState.IN_PROGRESS);
    t.get(CommitmentState.IN_PROGRESS).put(CommitmentAction.EVALUATE, CommitmentState.EVALUATED);
    t.get(CommitmentState.PROPOSED).put(CommitmentAction.WITHDRAW, CommitmentState.WITHDRAWN);
    t.get(CommitmentState.REVIEWED).put(CommitmentAction.WITHDRAW, CommitmentState.WITHDRAWN);
    t.replaceAll((s, m) -> Collections.unmodifiableMap(m));
    return Collections.unmodifiableMap(t);
  }

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<CommitmentState> target(CommitmentState from, CommitmentAction action) {
    return Optional.ofNullable(TABLE.get(from).get(action));
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<CommitmentAction, CommitmentState> from(CommitmentState from) {
    return TABLE.get(from);
  }
}
