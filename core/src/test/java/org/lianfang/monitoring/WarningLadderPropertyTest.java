package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The warning's ladder (P-8, P-18, P-10) as its one transition table says it: random action sequences from a new
 * warning, each action applied only where the table allows it, as a warning will apply them.
 */
class WarningLadderPropertyTest {
  private static Gen<List<WarningAction>> actions() {
    return lists().of(integers().between(0, WarningAction.values().length - 1).map(i -> WarningAction.values()[i]))
        .ofSizeBetween(0, 40);
  }

  @Test
  void p8_p18_aLadderOnlyClimbsAndOnlyAFailedVerificationIssuesAgain() {
    qt().forAll(actions()).checkAssert(sequence -> {
      WarningState state = WarningState.ISSUED;
      WarningLevel level = WarningLevel.REMINDER;
      int failed = 0;
      for (WarningAction a : sequence) {
        Optional<WarningState> to = WarningTransitions.target(state, a);
        if (state.isFinal()) {
          assertTrue(to.isEmpty(), "nothing leads out of " + state);
          continue;
        }
        if (to.isEmpty()) {
          continue; // refused: the warning stays as it was
        }
        if (to.get() == WarningState.ISSUED) {
          assertEquals(WarningAction.FAIL_VERIFICATION, a, "only a failed verification issues a warning again");
          level = level.next().orElse(level);
          failed++;
        }
        state = to.get();
      }
      assertEquals(WarningLevel.values()[Math.min(failed, 2)], level,
          "one rung per failed verification, up to the rectification order");
    });
  }

  @Test
  void p8_p10_fromEveryOpenStateTheLoopCanCloseAndBeTransferredOrCancelled() {
    for (WarningState s : WarningState.values()) {
      Map<WarningAction, WarningState> out = WarningTransitions.from(s);
      if (s.isFinal()) {
        assertTrue(out.isEmpty(), s + " is final");
        continue;
      }
      assertEquals(WarningState.TRANSFERRED, out.get(WarningAction.TRANSFER));
      assertEquals(WarningState.CANCELLED, out.get(WarningAction.CANCEL));
      assertTrue(closes(s), s + " can still be closed");
    }
    assertEquals(EnumSet.allOf(WarningState.class), reachable(), "every state is reachable from ISSUED");
  }

  @Test
  void p18_theLadderHasThreeRungsAndTheTopIsTheLast() {
    assertEquals(Optional.of(WarningLevel.ADMONISHMENT), WarningLevel.REMINDER.next());
    assertEquals(Optional.of(WarningLevel.RECTIFICATION_ORDER), WarningLevel.ADMONISHMENT.next());
    assertEquals(Optional.empty(), WarningLevel.RECTIFICATION_ORDER.next());
  }

  @Test
  void p18_aReplyIsDueAfterTheDayOfIssueUnderEveryPolicy() {
    WorkingTime time = WorkingTime.of(WorkingCalendar.weekdays(), WorkingHours.standard());
    Map<WarningLevel, Integer> days = Map.of(WarningLevel.REMINDER, 7, WarningLevel.ADMONISHMENT, 10,
        WarningLevel.RECTIFICATION_ORDER, 15);
    List<WarningPolicy> policies = List.of(WarningPolicy.standard(), WarningPolicy.afterTalk(),
        WarningPolicy.workingDays(days, time));
    qt().forAll(integers().between(0, 3650), integers().between(0, 2)).checkAssert((i, l) -> {
      LocalDate issued = LocalDate.of(2010, 1, 1).plusDays(i);
      WarningLevel level = WarningLevel.values()[l];
      for (WarningPolicy p : policies) {
        assertTrue(p.replyDue(level, issued).isAfter(issued));
      }
      assertEquals(issued.plusDays(days.get(level)), WarningPolicy.standard().replyDue(level, issued), "丹凤's cards");
      assertEquals(issued.plusDays(5), WarningPolicy.afterTalk().replyDue(level, issued));
      assertEquals(time.plusWorkingDays(issued, days.get(level)),
          WarningPolicy.workingDays(days, time).replyDue(level, issued));
    });
    assertThrows(IllegalArgumentException.class, () -> WarningPolicy.calendarDays(Map.of(WarningLevel.REMINDER, 7)));
    assertThrows(IllegalArgumentException.class, () -> WarningPolicy.calendarDays(Map.of(WarningLevel.REMINDER, 0,
        WarningLevel.ADMONISHMENT, 10, WarningLevel.RECTIFICATION_ORDER, 15)));
  }

  /** The states the table reaches from a new warning. */
  private static Set<WarningState> reachable() {
    Set<WarningState> seen = EnumSet.of(WarningState.ISSUED);
    Deque<WarningState> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      for (WarningState next : WarningTransitions.from(todo.pop()).values()) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return seen;
  }

  /** Whether CLOSED can be reached from a state. */
  private static boolean closes(WarningState from) {
    Set<WarningState> seen = EnumSet.of(from);
    Deque<WarningState> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      for (WarningState next : WarningTransitions.from(todo.pop()).values()) {
        if (next == WarningState.CLOSED) {
          return true;
        }
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return false;
  }
}
