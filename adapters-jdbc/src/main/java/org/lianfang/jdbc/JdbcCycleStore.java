package org.lianfang.jdbc;

import javax.sql.DataSource;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.spi.AnnualCycles;
import org.lianfang.spi.CycleStore;
import org.lianfang.spi.Registers;

/** The annual cycle's area of {@link JdbcStore}: its repositories ({@link JdbcStoreCore} on the chain). */
abstract class JdbcCycleStore extends JdbcEvaluationStore implements CycleStore {
  private final JdbcAnnualCycles cycles = register(AnnualCycle.class, new JdbcAnnualCycles(this));
  private final JdbcRegisters registers = new JdbcRegisters(this, jdbcRiskPoints(), jdbcControlMeasures());

  JdbcCycleStore(DataSource dataSource, Dialect dialect, boolean joinsHost) {
    super(dataSource, dialect, joinsHost);
  }

  @Override
  public AnnualCycles annualCycles() {
    return cycles;
  }

  @Override
  public Registers registers() {
    return registers;
  }
}
