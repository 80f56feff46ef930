package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.ReportScenarios;
import org.lianfang.testing.World;

/**
 * Reports on every database (issue 12, P-19, P-11): the scenarios of {@link ReportScenarios}, with reports
 * kept in the tables of schema version 20.
 */
class ReportCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p19_aRealNameReportIsAcceptedDisposedClosedAndFedBackOnWorkingDayDeadlines(Supplier<JdbcStore> store) {
    ReportScenarios.p19_aRealNameReportIsAcceptedDisposedClosedAndFedBackOnWorkingDayDeadlines(
        World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p19_anAnonymousReportIsForwardedAndNoReporterIsTold(Supplier<JdbcStore> store) {
    ReportScenarios.p19_anAnonymousReportIsForwardedAndNoReporterIsTold(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p11_onlyTheDisciplineBodyReadsReportsAndNoOneElseSeesTheReporterOrTheContent(Supplier<JdbcStore> store) {
    ReportScenarios.p11_onlyTheDisciplineBodyReadsReportsAndNoOneElseSeesTheReporterOrTheContent(
        World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    ReportScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }
}
