package org.lianfang.jdbc;

import javax.sql.DataSource;
import org.lianfang.jdbc.testing.TestDatabases;

/** A fresh, empty Lianfang schema on a running test database. */
final class Stores {
  private Stores() {}

  static JdbcStore fresh(TestDatabases.Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    JdbcSchema.install(ds);
    return JdbcStore.of(ds);
  }
}
