package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Electronic supervision's signals (P-9, P-20) over generated cases, on weekdays and the standard working day. */
class SignalPolicyPropertyTest {
  private static final WorkingTime TIME = WorkingTime.of(WorkingCalendar.weekdays(), WorkingHours.standard());
  private static final SignalPolicy POLICY = SignalPolicy.standard(WorkingHours.standard());
  private static final LocalDateTime START = LocalDateTime.of(2010, 10, 21, 10, 15);

  /** A case's promised limit, 1 to 20 working days in whole hours, and a pause inside its first weeks. */
  private static Gen<int[]> cases() {
    return integers().between(7, 140).zip(integers().between(0, 60 * 24 * 14), integers().between(0, 60 * 24 * 5),
        (hours, pauseAt, pauseLength) -> new int[] {hours, pauseAt, pauseLength});
  }

  private static int rank(Optional<SupervisionSignal> s) {
    return s.map(x -> x.ordinal() + 1).orElse(0);
  }

  @Test
  void p9_p20_anOpenCasesSignalNeverFallsAsTimePasses() {
    qt().forAll(cases(), integers().between(0, 60 * 24 * 40), integers().between(0, 60 * 24 * 10))
        .checkAssert((c, at, later) -> {
          Duration limit = Duration.ofHours(c[0]);
          List<WorkingTime.Pause> pauses = List.of(new WorkingTime.Pause(START.plusMinutes(c[1]),
              START.plusMinutes(c[1] + c[2])));
          Optional<SupervisionSignal> before = POLICY.signal(TIME, START, limit, pauses, Optional.empty(),
              START.plusMinutes(at));
          Optional<SupervisionSignal> after = POLICY.signal(TIME, START, limit, pauses, Optional.empty(),
              START.plusMinutes(at + later));
          assertTrue(rank(before) <= rank(after), before + " then " + after);
          assertTrue(rank(POLICY.signal(TIME, START, limit, pauses, Optional.empty(), START.plusMinutes(at)))
              <= rank(POLICY.signal(TIME, START, limit, List.of(), Optional.empty(), START.plusMinutes(at))),
              "a pause never raises a signal");
        });
  }

  @Test
  void p9_p20_aCaseCompletedWithinItsLimitRaisesNothingAfterwards() {
    qt().forAll(cases(), integers().between(0, 60 * 24 * 60)).checkAssert((c, at) -> {
      Duration limit = Duration.ofHours(c[0]);
      LocalDateTime done = TIME.plus(START, limit.dividedBy(2));
      assertEquals(Optional.empty(), POLICY.signal(TIME, START, limit, List.of(), Optional.of(done),
          done.plusMinutes(at)));
    });
  }

  @Test
  void p9_p20_aThreeDayLimitPromptsOnItsLastDayTurnsYellowAfterItAndRedThreeWorkingDaysLater() {
    Duration limit = Duration.ofHours(21); // three working days from Thursday 10-21, 10:15: due Tuesday 10-26, 10:15
    LocalDateTime due = TIME.plus(START, limit);
    assertEquals(LocalDateTime.of(2010, 10, 26, 10, 15), due);
    assertEquals(Optional.empty(), POLICY.signal(TIME, START, limit, List.of(), Optional.empty(),
        LocalDateTime.of(2010, 10, 25, 10, 0)));
    assertEquals(Optional.of(SupervisionSignal.PROMPT), POLICY.signal(TIME, START, limit, List.of(),
        Optional.empty(), LocalDateTime.of(2010, 10, 25, 10, 15)));
    assertEquals(Optional.of(SupervisionSignal.PROMPT), POLICY.signal(TIME, START, limit, List.of(),
        Optional.empty(), due), "at the limit itself: not yet past it");
    assertEquals(Optional.of(SupervisionSignal.YELLOW), POLICY.signal(TIME, START, limit, List.of(),
        Optional.empty(), LocalDateTime.of(2010, 10, 26, 10, 16)));
    assertEquals(Optional.empty(), POLICY.signal(TIME, START, limit, List.of(), Optional.of(due),
        LocalDateTime.of(2010, 11, 30, 9, 0)), "completed exactly at the limit: on time");
    assertThrows(IllegalArgumentException.class, () -> POLICY.signal(TIME, START, limit, List.of(),
        Optional.empty(), START.minusMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> POLICY.signal(TIME, START, Duration.ofHours(-1),
        List.of(), Optional.empty(), START));
    assertEquals(Optional.of(SupervisionSignal.YELLOW), POLICY.signal(TIME, START, limit, List.of(),
        Optional.empty(), LocalDateTime.of(2010, 10, 29, 10, 15)), "three working days past: not yet red");
    assertEquals(Optional.of(SupervisionSignal.RED), POLICY.signal(TIME, START, limit, List.of(),
        Optional.empty(), LocalDateTime.of(2010, 10, 29, 10, 16)));
    assertEquals(Optional.of(SupervisionSignal.YELLOW), POLICY.signal(TIME, START, limit, List.of(),
        Optional.of(LocalDateTime.of(2010, 10, 27, 9, 0)), LocalDate.of(2010, 12, 31).atStartOfDay()),
        "completed late, it keeps the yellow it reached");
  }
}
