package org.lianfang.jdbc;

import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.spi.Store;
import org.lianfang.testing.TransactionsContract;

/** Core's transactions contract on a real H2 database. */
class H2TransactionsContractTest extends TransactionsContract {
  @Override
  protected Store newStore() {
    return Stores.fresh(TestDatabases.Kind.H2);
  }
}
