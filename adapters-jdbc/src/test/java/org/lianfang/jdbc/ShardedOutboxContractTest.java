package org.lianfang.jdbc;

import org.lianfang.jdbc.testing.ShardedPostgres;
import org.lianfang.spi.Store;
import org.lianfang.testing.OutboxContract;

/** Core's outbox contract through ShardingSphere-JDBC over three PostgreSQL servers (issue 16). */
class ShardedOutboxContractTest extends OutboxContract {
  @Override
  protected Store newStore() {
    return JdbcStore.of(ShardedPostgres.emptied().dataSource());
  }
}
