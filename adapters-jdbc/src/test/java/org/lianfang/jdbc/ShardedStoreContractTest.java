package org.lianfang.jdbc;

import org.lianfang.jdbc.testing.ShardedPostgres;
import org.lianfang.spi.Store;
import org.lianfang.testing.StoreContract;

/**
 * Core's store contract over Apache ShardingSphere-JDBC and three PostgreSQL servers, every table sharded by unit with
 * the rule hosts are given (issue 16); each test's store over the JVM's cluster, emptied.
 */
class ShardedStoreContractTest extends StoreContract {
  @Override
  protected Store newStore() {
    return JdbcStore.of(ShardedPostgres.emptied().dataSource());
  }

  @Override
  protected int examples() {
    return 20;
  }
}
