package org.lianfang.jdbc;

import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.spi.Store;
import org.lianfang.testing.OutboxContract;

/** Core's outbox contract on a real H2 database. */
class H2OutboxContractTest extends OutboxContract {
  @Override
  protected Store newStore() {
    return Stores.fresh(TestDatabases.Kind.H2);
  }
}
