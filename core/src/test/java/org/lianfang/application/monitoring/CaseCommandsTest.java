package org.lianfang.application.monitoring;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.CaseScenarios;
import org.lianfang.testing.World;

/** Electronic supervision (issue 12, P-9, P-20) on the in-memory store: the scenarios of {@link CaseScenarios}. */
class CaseCommandsTest {
  @Test
  void p20_aCaseRaisesEachSignalOnceInWorkingTimeOnTheHolidayCalendarAndRedWarns() {
    CaseScenarios.p20_aCaseRaisesEachSignalOnceInWorkingTimeOnTheHolidayCalendarAndRedWarns(
        World.in(InMemoryStore.create()));
  }

  @Test
  void p20_pausesStopTheClockAndACompletionFixesTheSignalReached() {
    CaseScenarios.p20_pausesStopTheClockAndACompletionFixesTheSignalReached(World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    CaseScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void p6_anIndicatorBeyondItsThresholdSignalsAndWarnsUnderThePolicy() {
    CaseScenarios.p6_anIndicatorBeyondItsThresholdSignalsAndWarnsUnderThePolicy(World.in(InMemoryStore.create()));
  }

  @Test
  void p17_p20_aCaseUnderACommitmentIsWatchedByItsTimeLimit() {
    CaseScenarios.p17_p20_aCaseUnderACommitmentIsWatchedByItsTimeLimit(World.in(InMemoryStore.create()));
  }

  @Test
  void d5_p20_theTickAndAStepRacingOnOneCaseBothSucceed() throws Exception {
    CaseScenarios.d5_p20_theTickAndAStepRacingOnOneCaseBothSucceed(World.in(InMemoryStore.create()));
  }

  @Test
  void p20_aStepOverItsOwnLimitIsYellowBeforeTheCaseIs() {
    CaseScenarios.p20_aStepOverItsOwnLimitIsYellowBeforeTheCaseIs(World.in(InMemoryStore.create()));
  }
}
