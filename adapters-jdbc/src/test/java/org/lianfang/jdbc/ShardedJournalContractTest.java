package org.lianfang.jdbc;

import org.lianfang.jdbc.testing.ShardedPostgres;
import org.lianfang.spi.Store;
import org.lianfang.testing.JournalContract;

/** Core's journal contract through ShardingSphere-JDBC over three PostgreSQL servers (issue 16). */
class ShardedJournalContractTest extends JournalContract {
  @Override
  protected Store newStore() {
    return JdbcStore.of(ShardedPostgres.emptied().dataSource());
  }
}
