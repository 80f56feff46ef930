package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.testing.ControlGenerators;
import org.lianfang.testing.Generators;
import org.lianfang.testing.MonitoringGenerators;
import org.lianfang.testing.OrganizationGenerators;
import org.lianfang.testing.ProcessGenerators;
import org.lianfang.testing.RiskGenerators;
import org.quicktheories.core.Gen;

/** Every domain type survives writing and reading through the module unchanged, hostile text and all. */
class LianfangModulePropertyTest {
  private static final UnitId UNIT = new UnitId(java.util.UUID.fromString("0190a8f0-0000-7000-8000-000000000001"));
  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new LianfangModule()).build();

  private static <T> void roundTrips(Gen<T> gen, Class<T> type) {
    qt().withExamples(150).forAll(gen).checkAssert(value -> assertEquals(value, reread(value, type)));
  }

  private static <T> T reread(T value, Class<T> type) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError(value + ": " + e.getMessage(), e);
    }
  }

  @Test
  void unitsRoundTrip() {
    roundTrips(OrganizationGenerators.units(), org.lianfang.organization.Unit.class);
  }

  @Test
  void postsRoundTrip() {
    roundTrips(OrganizationGenerators.posts(UNIT), org.lianfang.organization.Post.class);
  }

  @Test
  void officialsRoundTrip() {
    roundTrips(OrganizationGenerators.officials(UNIT), org.lianfang.organization.Official.class);
  }

  @Test
  void tenuresRoundTrip() {
    roundTrips(OrganizationGenerators.tenures(UNIT), org.lianfang.organization.Tenure.class);
  }

  @Test
  void powerItemsRoundTrip() {
    roundTrips(OrganizationGenerators.powerItems(UNIT), org.lianfang.organization.PowerItem.class);
  }

  @Test
  void processesRoundTrip() {
    roundTrips(ProcessGenerators.processes(UNIT), org.lianfang.process.BusinessProcess.class);
  }

  @Test
  void riskPointsRoundTrip() {
    roundTrips(RiskGenerators.riskPoints(UNIT), org.lianfang.risk.RiskPoint.class);
  }

  @Test
  void controlMeasuresRoundTrip() {
    roundTrips(ControlGenerators.measures(UNIT), org.lianfang.control.ControlMeasure.class);
  }

  @Test
  void educationActivitiesRoundTripHoursAtTheirScale() {
    roundTrips(ControlGenerators.activities(UNIT), org.lianfang.control.EducationActivity.class);
  }

  @Test
  void powerDisclosuresRoundTripTheirFieldsByCode() {
    roundTrips(ControlGenerators.disclosures(UNIT), org.lianfang.control.PowerDisclosure.class);
  }

  @Test
  void disclosureFieldsAreWrittenByTheirCodesNotTheirConstants() throws JsonProcessingException {
    org.lianfang.control.DisclosureContent c = new org.lianfang.control.DisclosureContent(
        java.util.Map.of(org.lianfang.control.DisclosureField.TIME_LIMIT, "5 个工作日"),
        java.util.Set.of(org.lianfang.control.DisclosureChannel.SERVICE_HALL), java.time.LocalDate.of(2010, 10, 1),
        java.util.Optional.empty());
    assertEquals("{\"fields\":{\"time-limit\":\"5 个工作日\"},\"channels\":[\"service-hall\"],\"from\":\"2010-10-01\"}",
        MAPPER.writeValueAsString(c));
  }

  @Test
  void serviceCommitmentsRoundTrip() {
    roundTrips(ControlGenerators.commitments(UNIT), org.lianfang.control.ServiceCommitment.class);
  }

  @Test
  void warningsRoundTrip() {
    roundTrips(MonitoringGenerators.warnings(UNIT), org.lianfang.monitoring.Warning.class);
  }

  @Test
  void rectificationItemsRoundTrip() {
    roundTrips(MonitoringGenerators.rectificationItems(UNIT), org.lianfang.monitoring.RectificationItem.class);
  }

  @Test
  void reportsRoundTrip() {
    roundTrips(MonitoringGenerators.reports(UNIT), org.lianfang.monitoring.Report.class);
  }

  @Test
  void supervisionCasesRoundTrip() {
    roundTrips(MonitoringGenerators.supervisionCases(UNIT), org.lianfang.monitoring.SupervisionCase.class);
  }

  @Test
  void monthlyChecksRoundTrip() {
    roundTrips(org.lianfang.testing.ChecksGenerators.monthlyChecks(UNIT), org.lianfang.checks.MonthlyCheck.class);
  }

  @Test
  void specialInspectionsRoundTrip() {
    roundTrips(org.lianfang.testing.ChecksGenerators.specialInspections(UNIT),
        org.lianfang.checks.SpecialInspection.class);
  }

  @Test
  void inspectionFindingsRoundTrip() {
    roundTrips(org.lianfang.testing.ChecksGenerators.inspectionFindings(UNIT),
        org.lianfang.checks.InspectionFinding.class);
  }

  @Test
  void selfCheckReportsRoundTrip() {
    roundTrips(org.lianfang.testing.ChecksGenerators.selfCheckReports(UNIT), org.lianfang.checks.SelfCheckReport.class);
  }

  @Test
  void appraisalRoundsRoundTrip() {
    roundTrips(org.lianfang.testing.ChecksGenerators.appraisalRounds(UNIT), org.lianfang.checks.AppraisalRound.class);
  }

  @Test
  void annualEvaluationsRoundTrip() {
    roundTrips(org.lianfang.testing.EvaluationGenerators.annualEvaluations(UNIT),
        org.lianfang.evaluation.AnnualEvaluation.class);
  }

  @Test
  void annualCyclesRoundTrip() {
    roundTrips(org.lianfang.testing.CycleGenerators.annualCycles(UNIT), org.lianfang.cycle.AnnualCycle.class);
  }

  @Test
  void notificationsRoundTrip() {
    roundTrips(Generators.notifications(UNIT), org.lianfang.monitoring.Notification.class);
  }

  @Test
  void journalEntriesRoundTrip() {
    qt().withExamples(50).forAll(Generators.chains(UNIT, 10)).checkAssert(chain -> chain.forEach(
        e -> assertEquals(e, reread(e, org.lianfang.ledger.JournalEntry.class))));
  }
}
