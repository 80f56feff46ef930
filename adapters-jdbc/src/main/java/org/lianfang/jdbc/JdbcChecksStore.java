package org.lianfang.jdbc;

import javax.sql.DataSource;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.spi.AppraisalRounds;
import org.lianfang.spi.ChecksStore;
import org.lianfang.spi.InspectionFindings;
import org.lianfang.spi.MonthlyChecks;
import org.lianfang.spi.SelfCheckReports;
import org.lianfang.spi.SpecialInspections;

/** The checks' area of {@link JdbcStore}: its repositories ({@link JdbcStoreCore} on the chain). */
abstract class JdbcChecksStore extends JdbcMonitoringStore implements ChecksStore {
  private final JdbcMonthlyChecks checks = register(MonthlyCheck.class, new JdbcMonthlyChecks(this));
  private final JdbcSpecialInspections inspections = register(SpecialInspection.class,
      new JdbcSpecialInspections(this));
  private final JdbcInspectionFindings findings = register(InspectionFinding.class, new JdbcInspectionFindings(this));
  private final JdbcSelfCheckReports selfChecks = register(SelfCheckReport.class, new JdbcSelfCheckReports(this));
  private final JdbcAppraisalRounds appraisals = register(AppraisalRound.class, new JdbcAppraisalRounds(this));

  JdbcChecksStore(DataSource dataSource, Dialect dialect, boolean joinsHost) {
    super(dataSource, dialect, joinsHost);
  }

  @Override
  public MonthlyChecks monthlyChecks() {
    return checks;
  }

  @Override
  public SpecialInspections specialInspections() {
    return inspections;
  }

  @Override
  public InspectionFindings inspectionFindings() {
    return findings;
  }

  @Override
  public SelfCheckReports selfCheckReports() {
    return selfChecks;
  }

  @Override
  public AppraisalRounds appraisalRounds() {
    return appraisals;
  }
}
