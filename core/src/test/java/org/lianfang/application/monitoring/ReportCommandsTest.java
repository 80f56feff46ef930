package org.lianfang.application.monitoring;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.ReportScenarios;
import org.lianfang.testing.World;

/** Reports (issue 12, P-19, P-11) on the in-memory store: the scenarios of {@link ReportScenarios}. */
class ReportCommandsTest {
  @Test
  void p19_aRealNameReportIsAcceptedDisposedClosedAndFedBackOnWorkingDayDeadlines() {
    ReportScenarios.p19_aRealNameReportIsAcceptedDisposedClosedAndFedBackOnWorkingDayDeadlines(
        World.in(InMemoryStore.create()));
  }

  @Test
  void p19_anAnonymousReportIsForwardedAndNoReporterIsTold() {
    ReportScenarios.p19_anAnonymousReportIsForwardedAndNoReporterIsTold(World.in(InMemoryStore.create()));
  }

  @Test
  void p11_onlyTheDisciplineBodyReadsReportsAndNoOneElseSeesTheReporterOrTheContent() {
    ReportScenarios.p11_onlyTheDisciplineBodyReadsReportsAndNoOneElseSeesTheReporterOrTheContent(
        World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    ReportScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }
}
