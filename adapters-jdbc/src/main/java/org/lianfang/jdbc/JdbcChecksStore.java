package org.lianfang.jdbc;

import javax.sql.DataSource;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.spi.ChecksStore;
import org.lianfang.spi.MonthlyChecks;

/** The checks' area of {@link JdbcStore}: its repositories ({@link JdbcStoreCore} on the chain). */
abstract class JdbcChecksStore extends JdbcMonitoringStore implements ChecksStore {
  private final JdbcMonthlyChecks checks = register(MonthlyCheck.class, new JdbcMonthlyChecks(this));

  JdbcChecksStore(DataSource dataSource, Dialect dialect, boolean joinsHost) {
    super(dataSource, dialect, joinsHost);
  }

  @Override
  public MonthlyChecks monthlyChecks() {
    return checks;
  }
}
