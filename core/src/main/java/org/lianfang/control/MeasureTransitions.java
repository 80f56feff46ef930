package org.lianfang.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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
  private static final Map<MeasureState, Map<MeasureAction, MeasureState>> TABLE = table();

  private MeasureTransitions() {}

  private static Map<MeasureState, Map<MeasureAction, MeasureState>> table() {
    Map<MeasureState, Map<MeasureAction, MeasureState>> t = new EnumMap<>(MeasureState.class);
    for (MeasureState s : MeasureState.values()) {
      t.put(s, new EnumMap<>(MeasureAction.class));
    }
    t.get(MeasureState.DRAFT).put(MeasureAction.REGISTER, MeasureState.REGISTERED);
    t.get(MeasureState.REGISTERED).put(MeasureAction.PUT_IN_FORCE, MeasureState.IN_FORCE);
    for (MeasureState s : new MeasureState[] {MeasureState.DRAFT, MeasureState.REGISTERED, MeasureState.IN_FORCE}) {
      t.get(s).put(MeasureAction.RETIRE, MeasureState.RETIRED);
    }
    for (MeasureState s : new MeasureState[] {MeasureState.REGISTERED, MeasureState.IN_FORCE}) {
      t.get(s).put(MeasureAction.SUPERSEDE, MeasureState.SUPERSEDED);
    }
    t.replaceAll((s, m) -> Collections.unmodifiableMap(m));
    return Collections.unmodifiableMap(t);
  }

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<MeasureState> target(MeasureState from, MeasureAction action) {
    return Optional.ofNullable(TABLE.get(from).get(action));
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<MeasureAction, MeasureState> from(MeasureState from) {
    return TABLE.get(from);
  }
}
