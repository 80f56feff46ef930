package org.lianfang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.testing.ChecksGenerators;

/**
 * A monthly check under random command sequences (issue 13, P-22): every action, allowed or not, is tried with the
 * parts it takes; the check takes exactly the steps {@link CheckTransitions} allows, lands where the table says, its
 * rows change only while it is open, only a review names items (one for each row that falls short), and what it holds
 * rebuilds it.
 */
class MonthlyCheckPropertyTest {
  private static final UnitId UNIT = new UnitId(UUID.fromString("0190a5e0-0000-7000-8000-000000000001"));

  @Test
  void p22_aCheckTakesExactlyTheStepsTheTableAllowsAndOnlyItsReviewNamesTheItems() {
    YearMonth month = YearMonth.of(2010, 10);
    qt().forAll(lists().of(ChecksGenerators.rows()).ofSizeBetween(0, 4), lists().of(arbitrary().enumValues(
        CheckAction.class)).ofSizeBetween(0, 20), lists().of(integers().between(0, 5)).ofSize(20))
        .checkAssert((rows, actions, gaps) -> {
          LocalDate day = month.atDay(20);
          MonthlyCheck check = MonthlyCheck.open(new MonthlyCheckId(UUID.randomUUID()), UNIT,
              new PostId(UUID.randomUUID()), month, new OfficialId(UUID.randomUUID()), rows, day).orElseThrow()
              .after();
          for (int i = 0; i < actions.size(); i++) {
            CheckAction a = actions.get(i);
            day = day.plusDays(gaps.get(i));
            Optional<CheckState> to = CheckTransitions.target(check.state(), a);
            Outcome<Change<MonthlyCheck>> out = step(check, a, day);
            assertEquals(to.isPresent(), out.isAccepted(), check.state() + " " + a);
            assertEquals(check.state() == CheckState.OPEN, check.revise(List.copyOf(check.rows()), day).isAccepted(),
                "rows change only while open");
            if (to.isPresent()) {
              MonthlyCheck after = out.orElseThrow().after();
              assertEquals(to.get(), after.state());
              assertEquals(after, MonthlyCheck.restore(after.id(), after.unitId(), after.post(), after.month(),
                  after.checker(), after.opened(), after.rows(), after.life(), after.version()));
              check = after;
            }
            for (CheckRow r : check.rows()) {
              assertEquals(check.state() == CheckState.REVIEWED && r.rating().fallsShort(), r.item().isPresent());
              assertTrue(r.warning().isEmpty() || check.state() == CheckState.REVIEWED
                  && r.rating() == CheckRating.NONE, "only a reviewed NONE names a reminder");
            }
          }
        });
  }

  @Test
  void p22_aReviewedCheckWhoseFindingNamesNoItemIsNoCheck() {
    qt().forAll(ChecksGenerators.monthlyChecks(UNIT)).checkAssert(c -> {
      if (c.state() == CheckState.REVIEWED && c.rows().stream().anyMatch(r -> r.rating().fallsShort())) {
        List<CheckRow> bare = c.rows().stream().map(r -> r.followedUp(Optional.empty(), r.warning())).toList();
        assertThrows(IllegalArgumentException.class, () -> MonthlyCheck.restore(c.id(), c.unitId(), c.post(),
            c.month(), c.checker(), c.opened(), bare, c.life(), c.version()));
      }
    });
  }

  @Test
  void p22_aMonthNotYetBegunIsRefusedAndOneBegunIsNot() {
    qt().forAll(integers().between(0, 400), integers().between(1, 60)).checkAssert((m, ahead) -> {
      YearMonth month = YearMonth.of(2010, 1).plusMonths(m);
      LocalDate before = month.atDay(1).minusDays(ahead);
      assertFalse(open(month, before).isAccepted(), month + " on " + before);
      assertTrue(open(month, month.atDay(1)).isAccepted());
    });
  }

  private static Outcome<Change<MonthlyCheck>> open(YearMonth month, LocalDate today) {
    return MonthlyCheck.open(new MonthlyCheckId(UUID.randomUUID()), UNIT, new PostId(UUID.randomUUID()), month,
        new OfficialId(UUID.randomUUID()), List.of(), today);
  }

  private static Outcome<Change<MonthlyCheck>> step(MonthlyCheck c, CheckAction a, LocalDate day) {
    if (a != CheckAction.REVIEW) {
      return c.act(a, day, a == CheckAction.RETURN ? Optional.of("退回") : Optional.empty());
    }
    Map<ControlMeasureId, RectificationItemId> items = new HashMap<>();
    Map<ControlMeasureId, WarningId> warnings = new HashMap<>();
    for (CheckRow r : c.rows()) {
      if (r.rating().fallsShort()) {
        items.put(r.measure(), new RectificationItemId(UUID.randomUUID()));
      }
      if (r.rating() == CheckRating.NONE && day.getDayOfMonth() % 2 == 0) {
        warnings.put(r.measure(), new WarningId(UUID.randomUUID()));
      }
    }
    return c.review(day, items, warnings);
  }
}
