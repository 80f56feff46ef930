package org.lianfang.jdbc;

import javax.sql.DataSource;
import org.lianfang.risk.RiskPoint;
import org.lianfang.spi.RiskPoints;
import org.lianfang.spi.RiskStore;

/** The risk area of {@link JdbcStore}: its repositories ({@link JdbcStoreCore} on the chain). */
abstract class JdbcRiskStore extends JdbcProcessStore implements RiskStore {
  private final JdbcRiskPoints riskPoints = register(RiskPoint.class, new JdbcRiskPoints(this));

  JdbcRiskStore(DataSource dataSource, Dialect dialect, boolean joinsHost) {
    super(dataSource, dialect, joinsHost);
  }

  @Override
  public RiskPoints riskPoints() {
    return riskPoints;
  }

  /** @return the risk points' repository, for the registers that freeze them ({@link JdbcRegisters}) */
  final JdbcRiskPoints jdbcRiskPoints() {
    return riskPoints;
  }
}
