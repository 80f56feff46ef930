package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;
import org.lianfang.testing.MonitoringGenerators;

/**
 * A warning's whole ladder under random command sequences (issue 12, P-8, P-18): every action, allowed or not, is
 * tried on the record itself with the parts it takes; the record takes exactly the steps {@link WarningTransitions}
 * allows, lands where the table says, climbs one level on each failed verification and only then, and what it holds
 * rebuilds it.
 */
class WarningPropertyTest {
  private static final UnitId UNIT = new UnitId(UUID.fromString("0190a5e0-0000-7000-8000-000000000001"));
  private static final WarningSubject SUBJECT = new WarningSubject(Optional.empty(), Optional.empty(), List.of());
  private static final WarningNotice NOTICE = new WarningNotice("昆纪预〔2010〕1号", WarningOrigin.OTHER, "事由", "要求",
      new OfficialId(UUID.fromString("0190a5e0-0000-7000-8000-000000000002")));

  @Test
  void p8_p18_aWarningTakesExactlyTheStepsTheTableAllowsAndClimbsOnlyOnAFailure() {
    qt().forAll(arbitrary().enumValues(WarningLevel.class), lists().of(arbitrary().enumValues(WarningAction.class))
        .ofSizeBetween(0, 40), lists().of(integers().between(0, 3)).ofSize(40))
        .checkAssert((level, actions, gaps) -> {
          LocalDate day = LocalDate.of(2010, 10, 21);
          Warning w = Warning.issue(new WarningId(UUID.randomUUID()), UNIT, SUBJECT, NOTICE, level, day,
              WarningPolicy.standard()).after();
          for (int i = 0; i < actions.size(); i++) {
            WarningAction a = actions.get(i);
            day = day.plusDays(gaps.get(i));
            Optional<WarningState> to = WarningTransitions.target(w.state(), a);
            Outcome<Change<Warning>> out = MonitoringGenerators.step(w, a, day, "说明");
            assertEquals(to.isPresent(), out.isAccepted(), w.state() + " " + a);
            if (to.isEmpty()) {
              continue;
            }
            Warning after = out.orElseThrow().after();
            assertEquals(to.get(), after.state(), w.state() + " " + a);
            WarningLevel expected = a == WarningAction.FAIL_VERIFICATION
                ? w.level().next().orElse(w.level()) : w.level();
            assertEquals(expected, after.level(), "only a failed verification moves the level");
            assertTrue(after.level().compareTo(w.level()) >= 0, "the ladder only climbs");
            assertEquals(w.rounds().size() + (a == WarningAction.FAIL_VERIFICATION ? 1 : 0), after.rounds().size());
            if (a == WarningAction.FAIL_VERIFICATION) {
              assertEquals(WarningPolicy.standard().replyDue(expected, day), after.current().replyDue(),
                  "a new deadline from the day it climbed");
            }
            assertEquals(after, Warning.restore(after.id(), after.unitId(), after.subject(), after.notice(),
                after.rounds(), after.end(), after.version()));
            w = after;
          }
        });
  }

  @Test
  void p8_aStepBeforeTheLastStepsDayIsRefused() {
    qt().forAll(MonitoringGenerators.warnings(UNIT), integers().between(1, 30)).checkAssert((w, back) -> {
      LocalDate last = w.end().map(WarningEnd::day).orElse(w.current().lastDay());
      for (WarningAction a : WarningTransitions.from(w.state()).keySet()) {
        assertTrue(!MonitoringGenerators.step(w, a, last.minusDays(back), "说明").isAccepted(), a.code());
        assertTrue(MonitoringGenerators.step(w, a, last, "说明").isAccepted(), a.code());
      }
    });
  }
}
