package org.lianfang.jdbc;

import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.spi.Store;
import org.lianfang.testing.JournalContract;

/** Core's journal contract on a real Mariadb database. */
class MariadbJournalContractTest extends JournalContract {
  @Override
  protected Store newStore() {
    return Stores.fresh(TestDatabases.Kind.MARIADB);
  }
}
