package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A rectification item (P-21) under random action sequences, each applied only where its table allows. */
class RectificationPropertyTest {
  private static Gen<List<RectificationAction>> actions() {
    return lists().of(integers().between(0, RectificationAction.values().length - 1)
        .map(i -> RectificationAction.values()[i])).ofSizeBetween(0, 30);
  }

  @Test
  void p21_anItemIsClosedOnlyOnceVerifiedAndOnlyVerifiedOnceSubmitted() {
    qt().forAll(actions()).checkAssert(sequence -> {
      RectificationState state = RectificationState.OPEN;
      boolean verified = false;
      for (RectificationAction a : sequence) {
        Optional<RectificationState> to = RectificationTransitions.target(state, a);
        if (to.isEmpty()) {
          continue;
        }
        if (to.get() == RectificationState.VERIFIED) {
          assertEquals(RectificationState.SUBMITTED, state, "verified only once submitted");
          verified = true;
        }
        if (to.get() == RectificationState.CLOSED) {
          assertTrue(verified, "closed only once verified");
        }
        state = to.get();
      }
      assertTrue(state == RectificationState.CLOSED ? RectificationTransitions.from(state).isEmpty()
          : !RectificationTransitions.from(state).isEmpty(), "only CLOSED is final: " + state);
    });
  }

  @Test
  void p21_overdueIsDerivedPastTheDueDateUntilVerified() {
    qt().forAll(integers().between(-30, 30), integers().between(0, RectificationState.values().length - 1))
        .checkAssert((offset, s) -> {
          RectificationState state = RectificationState.values()[s];
          LocalDate due = LocalDate.of(2010, 12, 10);
          LocalDate today = due.plusDays(offset);
          boolean done = state == RectificationState.VERIFIED || state == RectificationState.CLOSED;
          assertEquals(offset > 0 && !done, state.overdue(due, today));
        });
    assertFalse(RectificationState.OPEN.overdue(LocalDate.of(2010, 12, 10), LocalDate.of(2010, 12, 10)),
        "due today is not yet overdue");
  }
}
