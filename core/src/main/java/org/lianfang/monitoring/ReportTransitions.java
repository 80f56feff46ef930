package org.lianfang.monitoring;

import java.util.Map;
import java.util.Optional;
import org.lianfang.internal.TransitionTable;

/**
 * The one transition table of a report (P-19; research table 3c). Anything not in it is refused.
 *
 * <pre>
 * RECEIVED  --FORWARD-->  FORWARDED      (to the body that handles it: final here)
 * RECEIVED  --ACCEPT-->   ACCEPTED
 * ACCEPTED, DISPOSED, CLOSED, FED_BACK --TELL_ACCEPTANCE--> (the same state)   real-name only, once
 * ACCEPTED  --DISPOSE-->  DISPOSED       (谈话函询, 初步核实, 暂存待查, 予以了结)
 * DISPOSED  --CLOSE-->    CLOSED         (final for an anonymous report)
 * CLOSED    --TELL_RESULT--> FED_BACK    real-name only
 * </pre>
 *
 * The two rules beyond the table, that only a real-name reporter is told and the acceptance once, are the
 * report's ({@link Report#act}). Stateless and thread-safe.
 */
public final class ReportTransitions {
  private static final TransitionTable<ReportState, ReportAction> TABLE =
      TransitionTable.of(ReportState.class, ReportAction.class)
          .on(ReportState.RECEIVED, ReportAction.FORWARD, ReportState.FORWARDED)
          .on(ReportState.RECEIVED, ReportAction.ACCEPT, ReportState.ACCEPTED)
          .on(ReportState.ACCEPTED, ReportAction.TELL_ACCEPTANCE, ReportState.ACCEPTED)
          .on(ReportState.DISPOSED, ReportAction.TELL_ACCEPTANCE, ReportState.DISPOSED)
          .on(ReportState.CLOSED, ReportAction.TELL_ACCEPTANCE, ReportState.CLOSED)
          .on(ReportState.FED_BACK, ReportAction.TELL_ACCEPTANCE, ReportState.FED_BACK)
          .on(ReportState.ACCEPTED, ReportAction.DISPOSE, ReportState.DISPOSED)
          .on(ReportState.DISPOSED, ReportAction.CLOSE, ReportState.CLOSED)
          .on(ReportState.CLOSED, ReportAction.TELL_RESULT, ReportState.FED_BACK)
          .build();

  private ReportTransitions() {}

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<ReportState> target(ReportState from, ReportAction action) {
    return TABLE.target(from, action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<ReportAction, ReportState> from(ReportState from) {
    return TABLE.from(from);
  }
}
