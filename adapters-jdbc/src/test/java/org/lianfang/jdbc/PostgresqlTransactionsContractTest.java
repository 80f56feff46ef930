package org.lianfang.jdbc;

import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.spi.Store;
import org.lianfang.testing.TransactionsContract;

/** Core's transactions contract on a real Postgresql database. */
class PostgresqlTransactionsContractTest extends TransactionsContract {
  @Override
  protected Store newStore() {
    return Stores.fresh(TestDatabases.Kind.POSTGRESQL);
  }
}
