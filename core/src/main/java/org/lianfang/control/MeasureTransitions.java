package org.lianfang.control;

import java.util.Map;
import java.util.Optional;
import org.lianfang.internal.TransitionTable;

/**
 * The one transition table of a control measure's life (P-13). Anything not in it is refused.
 *
 * <pre>
 * DRAFT      --REGISTER-->     REGISTERED    DRAFT, REGISTERED, IN_FORCE --RETIRE-->    RETIRED
 * REGISTERED --PUT_IN_FORCE--> IN_FORCE      REGISTERED, IN_FORCE        --SUPERSEDE--> SUPERSEDED
 * </pre>
 *
 * A draft is not superseded, only retired: nothing relied on it. Stateless and thread-safe.
 */
public final class MeasureTransitions {
  private static final TransitionTable<MeasureState, MeasureAction> TABLE = table();

  private MeasureTransitions() {}

  private static TransitionTable<MeasureState, MeasureAction> table() {
    TransitionTable.Builder<MeasureState, MeasureAction> t = TransitionTable.of(MeasureState.class,
        MeasureAction.class)
        .on(MeasureState.DRAFT, MeasureAction.REGISTER, MeasureState.REGISTERED)
        .on(MeasureState.REGISTERED, MeasureAction.PUT_IN_FORCE, MeasureState.IN_FORCE);
    for (MeasureState s : new MeasureState[] {MeasureState.DRAFT, MeasureState.REGISTERED, MeasureState.IN_FORCE}) {
      t.on(s, MeasureAction.RETIRE, MeasureState.RETIRED);
    }
    for (MeasureState s : new MeasureState[] {MeasureState.REGISTERED, MeasureState.IN_FORCE}) {
      t.on(s, MeasureAction.SUPERSEDE, MeasureState.SUPERSEDED);
    }
    return t.build();
  }

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<MeasureState> target(MeasureState from, MeasureAction action) {
    return TABLE.target(from, action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<MeasureAction, MeasureState> from(MeasureState from) {
    return TABLE.from(from);
  }
}
