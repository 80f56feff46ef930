package org.lianfang.jdbc;

import javax.sql.DataSource;
import org.lianfang.jdbc.testing.StatementCounter;
import org.lianfang.jdbc.testing.TestDatabases;

/** A fresh, empty Lianfang schema on a running test database. */
final class Stores {
  private Stores() {}

  static JdbcStore fresh(TestDatabases.Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    JdbcSchema.install(ds);
    return JdbcStore.of(ds);
  }

  /** @param kind a database @return a counter over a fresh, empty Lianfang schema on it */
  static StatementCounter counted(TestDatabases.Kind kind) {
    StatementCounter counter = StatementCounter.over(TestDatabases.fresh(kind));
    JdbcSchema.install(counter.dataSource());
    return counter;
  }
}
