package org.lianfang.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The review workflow's one transition table (S-3, S-5, P-3, P-5), written out here independently of the code. */
class ReviewTransitionsTest {
  @Test
  void theTableIsExactlyTheDocumentedWorkflow() {
    Map<ReviewState, Map<ReviewAction, ReviewState>> expected = new EnumMap<>(ReviewState.class);
    expected.put(ReviewState.DRAFT, Map.of(
        ReviewAction.REVIEW, ReviewState.REVIEWED, ReviewAction.RETIRE, ReviewState.RETIRED));
    expected.put(ReviewState.REVIEWED, Map.of(ReviewAction.PUBLISH, ReviewState.PUBLISHED,
        ReviewAction.MARK_STALE, ReviewState.STALE, ReviewAction.RETIRE, ReviewState.RETIRED));
    expected.put(ReviewState.PUBLISHED, Map.of(ReviewAction.CONFIRM, ReviewState.CONFIRMED,
        ReviewAction.MARK_STALE, ReviewState.STALE, ReviewAction.RETIRE, ReviewState.RETIRED));
    expected.put(ReviewState.CONFIRMED, Map.of(
        ReviewAction.MARK_STALE, ReviewState.STALE, ReviewAction.RETIRE, ReviewState.RETIRED));
    expected.put(ReviewState.STALE, Map.of(
        ReviewAction.REVIEW, ReviewState.REVIEWED, ReviewAction.RETIRE, ReviewState.RETIRED));
    expected.put(ReviewState.RETIRED, Map.of());
    for (ReviewState s : ReviewState.values()) {
      assertEquals(expected.get(s), ReviewTransitions.from(s), s.name());
      for (ReviewAction a : ReviewAction.values()) {
        assertEquals(expected.get(s).containsKey(a), ReviewTransitions.allows(s, a), s + " " + a);
      }
    }
  }
}
