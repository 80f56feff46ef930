package org.lianfang.jdbc;

import org.lianfang.jdbc.testing.ShardedPostgres;
import org.lianfang.spi.Store;
import org.lianfang.testing.TransactionsContract;

/** Core's transactions contract through ShardingSphere-JDBC over three PostgreSQL servers (issue 16). */
class ShardedTransactionsContractTest extends TransactionsContract {
  @Override
  protected Store newStore() {
    return JdbcStore.of(ShardedPostgres.emptied().dataSource());
  }
}
