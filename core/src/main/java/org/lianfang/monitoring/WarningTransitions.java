package org.lianfang.monitoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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
  private static final Map<WarningState, Map<WarningAction, WarningState>> TABLE = table();

  private WarningTransitions() {}

  private static Map<WarningState, Map<WarningAction, WarningState>> table() {
    Map<WarningState, Map<WarningAction, WarningState>> t = new EnumMap<>(WarningState.class);
    for (WarningState s : WarningState.values()) {
      t.put(s, new EnumMap<>(WarningAction.class));
    }
    t.get(WarningState.ISSUED).put(WarningAction.ACKNOWLEDGE, WarningState.READ);
    t.get(WarningState.READ).put(WarningAction.REPLY, WarningState.REPLIED);
    t.get(WarningState.REPLIED).put(WarningAction.RETURN_REPLY, WarningState.READ);
    t.get(WarningState.REPLIED).put(WarningAction.ACCEPT_REPLY, WarningState.UNDER_SUPERVISION);
    t.get(WarningState.UNDER_SUPERVISION).put(WarningAction.VERIFY, WarningState.VERIFIED);
    t.get(WarningState.UNDER_SUPERVISION).put(WarningAction.FAIL_VERIFICATION, WarningState.ISSUED);
    t.get(WarningState.VERIFIED).put(WarningAction.CLOSE, WarningState.CLOSED);
    for (WarningState s : WarningState.values()) {
      if (!s.isFinal()) {
        t.get(s).put(WarningAction.TRANSFER, WarningState.TRANSFERRED);
        t.get(s).put(WarningAction.CANCEL, WarningState.CANCELLED);
      }
    }
    t.replaceAll((s, m) -> Collections.unmodifiableMap(m));
    return Collections.unmodifiableMap(t);
  }

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<WarningState> target(WarningState from, WarningAction action) {
    return Optional.ofNullable(TABLE.get(from).get(action));
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<WarningAction, WarningState> from(WarningState from) {
    return TABLE.get(from);
  }
}
