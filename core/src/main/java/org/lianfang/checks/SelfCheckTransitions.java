package org.lianfang.checks;

import java.util.Map;
import java.util.Optional;
import org.lianfang.internal.TransitionTable;

/**
 * The one transition table of a half-year self-check (P-23). Anything not in it is refused.
 *
 * <pre>
 * DRAFT      --SUBMIT-->      SUBMITTED     (its figures read from the records that day)
 * SUBMITTED  --ACKNOWLEDGE--> ACKNOWLEDGED  (by the unit above)
 * </pre>
 *
 * Its sections change only while it is a draft. Stateless and thread-safe.
 */
public final class SelfCheckTransitions {
  private static final TransitionTable<SelfCheckState, SelfCheckAction> TABLE =
      TransitionTable.of(SelfCheckState.class, SelfCheckAction.class)
          .on(SelfCheckState.DRAFT, SelfCheckAction.SUBMIT, SelfCheckState.SUBMITTED)
          .on(SelfCheckState.SUBMITTED, SelfCheckAction.ACKNOWLEDGE, SelfCheckState.ACKNOWLEDGED)
          .build();

  private SelfCheckTransitions() {}

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<SelfCheckState> target(SelfCheckState from, SelfCheckAction action) {
    return TABLE.target(from, action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<SelfCheckAction, SelfCheckState> from(SelfCheckState from) {
    return TABLE.from(from);
  }
}
