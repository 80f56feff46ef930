package org.lianfang.jdbc;

import javax.sql.DataSource;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.Warning;
import org.lianfang.spi.Dues;
import org.lianfang.spi.MonitoringStore;
import org.lianfang.spi.RectificationItems;
import org.lianfang.spi.Reports;
import org.lianfang.spi.SupervisionCases;
import org.lianfang.spi.Warnings;

/** The third line's area of {@link JdbcStore}: its repositories ({@link JdbcStoreCore} on the chain). */
abstract class JdbcMonitoringStore extends JdbcControlStore implements MonitoringStore {
  private final JdbcWarnings warnings = register(Warning.class, new JdbcWarnings(this));
  private final JdbcRectificationItems items = register(RectificationItem.class, new JdbcRectificationItems(this));
  private final JdbcReports reports = register(Report.class, new JdbcReports(this));
  private final JdbcSupervisionCases cases = register(SupervisionCase.class, new JdbcSupervisionCases(this));
  private final JdbcDues dues = new JdbcDues(this);

  JdbcMonitoringStore(DataSource dataSource, Dialect dialect, boolean joinsHost) {
    super(dataSource, dialect, joinsHost);
  }

  @Override
  public Warnings warnings() {
    return warnings;
  }

  @Override
  public RectificationItems rectificationItems() {
    return items;
  }

  @Override
  public Reports reports() {
    return reports;
  }

  @Override
  public SupervisionCases supervisionCases() {
    return cases;
  }

  @Override
  public Dues dues() {
    return dues;
  }
}
