package org.lianfang.monitoring;

import java.util.Map;
import java.util.Optional;
import org.lianfang.internal.TransitionTable;

/**
 * The one transition table of a warning (P-8, P-18, P-10). Anything not in it is refused.
 *
 * <pre>
 * ISSUED            --ACKNOWLEDGE-->       READ
 * READ              --REPLY-->             REPLIED
 * REPLIED           --RETURN_REPLY-->      READ               (the reply is redone)
 * REPLIED           --ACCEPT_REPLY-->      UNDER_SUPERVISION
 * UNDER_SUPERVISION --VERIFY-->            VERIFIED
 * UNDER_SUPERVISION --FAIL_VERIFICATION--> ISSUED             (one level up, a new deadline)
 * VERIFIED          --CLOSE-->             CLOSED
 * any state not final --TRANSFER--> TRANSFERRED, --CANCEL--> CANCELLED
 * </pre>
 *
 * A failed verification at the top of the ladder issues the rectification order again, with a new deadline [G]:
 * whether to transfer is the discipline body's decision, never the library's (P-10). Stateless and thread-safe.
 */
public final class WarningTransitions {
  private static final TransitionTable<WarningState, WarningAction> TABLE = table();

  private WarningTransitions() {}

  private static TransitionTable<WarningState, WarningAction> table() {
    TransitionTable.Builder<WarningState, WarningAction> t = TransitionTable.of(WarningState.class,
        WarningAction.class)
        .on(WarningState.ISSUED, WarningAction.ACKNOWLEDGE, WarningState.READ)
        .on(WarningState.READ, WarningAction.REPLY, WarningState.REPLIED)
        .on(WarningState.REPLIED, WarningAction.RETURN_REPLY, WarningState.READ)
        .on(WarningState.REPLIED, WarningAction.ACCEPT_REPLY, WarningState.UNDER_SUPERVISION)
        .on(WarningState.UNDER_SUPERVISION, WarningAction.VERIFY, WarningState.VERIFIED)
        .on(WarningState.UNDER_SUPERVISION, WarningAction.FAIL_VERIFICATION, WarningState.ISSUED)
        .on(WarningState.VERIFIED, WarningAction.CLOSE, WarningState.CLOSED);
    for (WarningState s : WarningState.values()) {
      if (!s.isFinal()) {
        t.on(s, WarningAction.TRANSFER, WarningState.TRANSFERRED).on(s, WarningAction.CANCEL, WarningState.CANCELLED);
      }
    }
    return t.build();
  }

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<WarningState> target(WarningState from, WarningAction action) {
    return TABLE.target(from, action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<WarningAction, WarningState> from(WarningState from) {
    return TABLE.from(from);
  }
}
