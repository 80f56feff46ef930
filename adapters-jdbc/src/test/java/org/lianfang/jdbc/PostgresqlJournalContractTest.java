package org.lianfang.jdbc;

import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.spi.Store;
import org.lianfang.testing.JournalContract;

/** Core's journal contract on a real Postgresql database. */
class PostgresqlJournalContractTest extends JournalContract {
  @Override
  protected Store newStore() {
    return Stores.fresh(TestDatabases.Kind.POSTGRESQL);
  }
}
