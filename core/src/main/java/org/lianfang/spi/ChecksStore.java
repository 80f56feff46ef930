package org.lianfang.spi;

/**
 * The repositories of the checks (S-10): monthly checks, special inspections and their findings, half-year
 * self-checks, public appraisal rounds. Part of {@link Store}.
 */
public interface ChecksStore {
  /** @return the monthly checks (月查, P-22) */
  MonthlyChecks monthlyChecks();

  /** @return the special inspections (专项检查, S-10), each of the discipline body's unit */
  SpecialInspections specialInspections();

  /** @return what special inspections found, each of the unit inspected */
  InspectionFindings inspectionFindings();

  /** @return the half-year self-checks (P-12, P-23) */
  SelfCheckReports selfCheckReports();

  /** @return the public appraisal rounds (群众评议, S-12, P-25) */
  AppraisalRounds appraisalRounds();
}
