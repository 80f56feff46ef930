package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.testing.MonitoringGenerators;

/**
 * A rectification item under random command sequences (issue 12, P-21): every action, allowed or not, is tried on the
 * record with the parts it takes; the item takes exactly the steps {@link RectificationTransitions} allows, lands where
 * the table says, is overdue exactly past its due day until verified, and what it holds rebuilds it.
 */
class RectificationItemPropertyTest {
  private static final UnitId UNIT = new UnitId(UUID.fromString("0190a5e0-0000-7000-8000-000000000001"));

  @Test
  void p21_anItemTakesExactlyTheStepsTheTableAllowsAndIsOverdueOnlyPastItsDueDayUntilVerified() {
    LocalDate opened = LocalDate.of(2010, 10, 21);
    qt().forAll(MonitoringGenerators.rectificationTerms(opened), lists().of(arbitrary().enumValues(
        RectificationAction.class)).ofSizeBetween(0, 30), lists().of(integers().between(0, 5)).ofSize(30))
        .checkAssert((terms, actions, gaps) -> {
          RectificationItem item = RectificationItem.open(new RectificationItemId(UUID.randomUUID()), UNIT, terms,
              opened).orElseThrow().after();
          LocalDate day = opened;
          for (int i = 0; i < actions.size(); i++) {
            RectificationAction a = actions.get(i);
            day = day.plusDays(gaps.get(i));
            Optional<RectificationState> to = RectificationTransitions.target(item.state(), a);
            Outcome<Change<RectificationItem>> out = MonitoringGenerators.step(item, a, day, "说明");
            assertEquals(to.isPresent(), out.isAccepted(), item.state() + " " + a);
            if (to.isPresent()) {
              RectificationItem after = out.orElseThrow().after();
              assertEquals(to.get(), after.state());
              assertEquals(after, RectificationItem.restore(after.id(), after.unitId(), after.terms(),
                  after.opened(), after.life(), after.version()));
              item = after;
            }
            boolean done = item.state() == RectificationState.VERIFIED || item.state() == RectificationState.CLOSED;
            assertEquals(!done && day.isAfter(terms.due()), item.overdue(day), "OVERDUE is derived");
          }
        });
  }

  @Test
  void p21_anItemDueBeforeTheDayItIsOpenedIsRefused() {
    qt().forAll(MonitoringGenerators.rectificationTerms(LocalDate.of(2010, 10, 21)), integers().between(1, 400))
        .checkAssert((terms, late) -> assertTrue(!RectificationItem.open(new RectificationItemId(UUID.randomUUID()),
            UNIT, terms, terms.due().plusDays(late)).isAccepted()));
  }
}
