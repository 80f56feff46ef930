package org.lianfang.checks;

import java.util.Map;
import java.util.Optional;
import org.lianfang.internal.TransitionTable;

/**
 * The one transition table of a special inspection (S-10). Anything not in it is refused.
 *
 * <pre>
 * PLANNED    --START-->  UNDER_WAY
 * UNDER_WAY  --REPORT--> REPORTED    (its report issued, with a summary)
 * REPORTED   --CLOSE-->  CLOSED
 * </pre>
 *
 * Findings are recorded while it is under way or reported. Stateless and thread-safe.
 */
public final class InspectionTransitions {
  private static final TransitionTable<InspectionState, InspectionAction> TABLE =
      TransitionTable.of(InspectionState.class, InspectionAction.class)
          .on(InspectionState.PLANNED, InspectionAction.START, InspectionState.UNDER_WAY)
          .on(InspectionState.UNDER_WAY, InspectionAction.REPORT, InspectionState.REPORTED)
          .on(InspectionState.REPORTED, InspectionAction.CLOSE, InspectionState.CLOSED)
          .build();

  private InspectionTransitions() {}

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<InspectionState> target(InspectionState from, InspectionAction action) {
    return TABLE.target(from, action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<InspectionAction, InspectionState> from(InspectionState from) {
    return TABLE.from(from);
  }
}
