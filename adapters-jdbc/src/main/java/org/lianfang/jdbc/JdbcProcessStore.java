package org.lianfang.jdbc;

import javax.sql.DataSource;
import org.lianfang.process.BusinessProcess;
import org.lianfang.spi.ProcessStore;
import org.lianfang.spi.Processes;

/** The process area of {@link JdbcStore}: its repositories ({@link JdbcStoreCore} on the chain). */
abstract class JdbcProcessStore extends JdbcOrganizationStore implements ProcessStore {
  private final JdbcProcesses processes = register(BusinessProcess.class, new JdbcProcesses(this));

  JdbcProcessStore(DataSource dataSource, Dialect dialect, boolean joinsHost) {
    super(dataSource, dialect, joinsHost);
  }

  @Override
  public Processes processes() {
    return processes;
  }
}
