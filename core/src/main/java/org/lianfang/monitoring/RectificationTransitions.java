package org.lianfang.monitoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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
  private static final Map<RectificationState, Map<RectificationAction, RectificationState>> TABLE = table();

  private RectificationTransitions() {}

  private static Map<RectificationState, Map<RectificationAction, RectificationState>> table() {
    Map<RectificationState, Map<RectificationAction, RectificationState>> t =
        new EnumMap<>(RectificationState.class);
    for (RectificationState s : RectificationState.values()) {
      t.put(s, new EnumMap<>(RectificationAction.class));
    }
    t.get(RectificationState.OPEN).put(RectificationAction.START, RectificationState.IN_PROGRESS);
    t.get(RectificationState.OPEN).put(RectificationAction.SUBMIT, RectificationState.SUBMITTED);
    t.get(RectificationState.IN_PROGRESS).put(RectificationAction.SUBMIT, RectificationState.SUBMITTED);
    t.get(RectificationState.SUBMITTED).put(RectificationAction.REJECT, RectificationState.IN_PROGRESS);
    t.get(RectificationState.SUBMITTED).put(RectificationAction.VERIFY, RectificationState.VERIFIED);
    t.get(RectificationState.VERIFIED).put(RectificationAction.CLOSE, RectificationState.CLOSED);
    t.replaceAll((s, m) -> Collections.unmodifiableMap(m));
    return Collections.unmodifiableMap(t);
  }

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<RectificationState> target(RectificationState from, RectificationAction action) {
    return Optional.ofNullable(TABLE.get(from).get(action));
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<RectificationAction, RectificationState> from(RectificationState from) {
    return TABLE.get(from);
  }
}
