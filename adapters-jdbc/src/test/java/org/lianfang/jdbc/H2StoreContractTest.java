package org.lianfang.jdbc;

import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.spi.Store;
import org.lianfang.testing.StoreContract;

/** Core's store contract on a real H2 database. */
class H2StoreContractTest extends StoreContract {
  @Override
  protected Store newStore() {
    return Stores.fresh(TestDatabases.Kind.H2);
  }

  @Override
  protected int examples() {
    return 60;
  }
}
