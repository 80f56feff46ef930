package org.lianfang.risk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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
  private static final Map<ReviewState, Map<ReviewAction, ReviewState>> TABLE = table();

  private ReviewTransitions() {}

  private static Map<ReviewState, Map<ReviewAction, ReviewState>> table() {
    Map<ReviewState, Map<ReviewAction, ReviewState>> t = new EnumMap<>(ReviewState.class);
    for (ReviewState s : ReviewState.values()) {
      t.put(s, new EnumMap<>(ReviewAction.class));
    }
    t.get(ReviewState.DRAFT).put(ReviewAction.REVIEW, ReviewState.REVIEWED);
    t.get(ReviewState.REVIEWED).put(ReviewAction.PUBLISH, ReviewState.PUBLISHED);
    t.get(ReviewState.PUBLISHED).put(ReviewAction.CONFIRM, ReviewState.CONFIRMED);
    t.get(ReviewState.STALE).put(ReviewAction.REVIEW, ReviewState.REVIEWED);
    for (ReviewState s : new ReviewState[] {ReviewState.REVIEWED, ReviewState.PUBLISHED, ReviewState.CONFIRMED}) {
      t.get(s).put(ReviewAction.MARK_STALE, ReviewState.STALE);
    }
    for (ReviewState s : ReviewState.values()) {
      if (s != ReviewState.RETIRED) {
        t.get(s).put(ReviewAction.RETIRE, ReviewState.RETIRED);
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
  public static Optional<ReviewState> target(ReviewState from, ReviewAction action) {
    return Optional.ofNullable(TABLE.get(from).get(action));
  }

  /** @param from a state @param action an action @return whether the table allows it */
  public static boolean allows(ReviewState from, ReviewAction action) {
    return TABLE.get(from).containsKey(action);
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public static Map<ReviewAction, ReviewState> from(ReviewState from) {
    return TABLE.get(from);
  }
}
