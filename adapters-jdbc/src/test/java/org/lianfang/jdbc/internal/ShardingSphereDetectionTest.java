package org.lianfang.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianfang.jdbc.testing.ShardedPostgres;
import org.lianfang.jdbc.testing.TestDatabases;

/**
 * The adapter finds out that its statements go through ShardingSphere-JDBC (issue 16), whose parser refuses some of
 * the statements the databases take, from the connection alone: bare, and behind a pool that wraps the connection and
 * its metadata (HikariCP, as Spring Boot puts in front of a data source); a database of its own is never taken for it.
 */
class ShardingSphereDetectionTest {
  @Test
  void d9_shardingSphereIsFoundBareAndBehindAPool() throws SQLException {
    DataSource cluster = ShardedPostgres.emptied().dataSource();
    assertEquals(true, detected(cluster));
    try (HikariDataSource pool = pool(cluster)) {
      assertEquals(true, detected(pool));
    }
  }

  @Test
  void aDatabaseOfItsOwnIsNotShardingSphereBareOrBehindAPool() throws SQLException {
    DataSource postgres = TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL);
    assertEquals(false, detected(postgres));
    try (HikariDataSource pool = pool(postgres)) {
      assertEquals(false, detected(pool));
    }
  }

  private static boolean detected(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      return Route.isShardingSphere(c);
    }
  }

  private static HikariDataSource pool(DataSource target) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(target);
    config.setMaximumPoolSize(2);
    config.setPoolName("lianfang-detection");
    return new HikariDataSource(config);
  }
}
