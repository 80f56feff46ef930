package org.lianfang.risk;

import java.util.Map;
import java.util.Optional;
import org.lianfang.internal.TransitionTable;

/**
 * The one transition table of the review workflow (S-3, S-5, P-3, P-5). Anything not in it is refused.
 *
 * <pre>
 * DRAFT      --REVIEW-->   REVIEWED    DRAFT, REVIEWED, PUBLISHED, CONFIRMED, STALE --RETIRE--> RETIRED
 * REVIEWED   --PUBLISH-->  PUBLISHED   REVIEWED, PUBLISHED, CONFIRMED --MARK_STALE--> STALE
 * PUBLISHED  --CONFIRM-->  CONFIRMED   STALE --REVIEW--> REVIEWED
 * </pre>
 *
 * A draft is never stale: it has not yet been reviewed against the facts that changed. Stateless and thread-safe.
 */
public final class ReviewTransitions {
  private static final TransitionTable<ReviewState, ReviewAction> TABLE = table();

  private ReviewTransitions() {}

  private static TransitionTable<ReviewState, ReviewAction> table() {
    TransitionTable.Builder<ReviewState, ReviewAction> t = TransitionTable.of(ReviewState.class, ReviewAction.class)
        .on(ReviewState.DRAFT, ReviewAction.REVIEW, ReviewState.REVIEWED)
        .on(ReviewState.REVIEWED, ReviewAction.PUBLISH, ReviewState.PUBLISHED)
        .on(ReviewState.PUBLISHED, ReviewAction.CONFIRM, ReviewState.CONFIRMED)
        .on(ReviewState.STALE, ReviewAction.REVIEW, ReviewState.REVIEWED);
    for (ReviewState s : new ReviewState[] {ReviewState.REVIEWED, ReviewState.PUBLISHED, ReviewState.CONFIRMED}) {
      t.on(s, ReviewAction.MARK_STALE, ReviewState.STALE);
    }
    for (ReviewState s : ReviewState.values()) {
      if (s != ReviewState.RETIRED) {
        t.on(s, ReviewAction.RETIRE, ReviewState.RETIRED);
      }
    }
    return t.build();
  }

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public static Optional<ReviewState> target(ReviewState from, ReviewAction action) {
    return TABLE.target(from, action);
  }

  /** @param from a state @param action an action @return whether the table allows it */
  public static boolean allows(ReviewState from, ReviewAction action) {
    return TABLE.from(from).containsKey(action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<ReviewAction, ReviewState> from(ReviewState from) {
    return TABLE.from(from);
  }
}
