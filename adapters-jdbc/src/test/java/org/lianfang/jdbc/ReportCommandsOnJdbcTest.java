package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.ReportScenarios;
import org.lianfang.testing.World;

/**
 * Reports on every database (issue 12, P-19, P-11): the scenarios of {@link ReportScenarios}, with reports
 * kept in the tables of schema version 20.
 */
class ReportCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p19_aRealNameReportIsAcceptedDisposedClosedAndFedBackOnWorkingDayDeadlines(TestDatabases.Kind kind) {
    ReportScenarios.p19_aRealNameReportIsAcceptedDisposedClosedAndFedBackOnWorkingDayDeadlines(
        World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p19_anAnonymousReportIsForwardedAndNoReporterIsTold(TestDatabases.Kind kind) {
    ReportScenarios.p19_anAnonymousReportIsForwardedAndNoReporterIsTold(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p11_onlyTheDisciplineBodyReadsReportsAndNoOneElseSeesTheReporterOrTheContent(TestDatabases.Kind kind) {
    ReportScenarios.p11_onlyTheDisciplineBodyReadsReportsAndNoOneElseSeesTheReporterOrTheContent(
        World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    ReportScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }
}
