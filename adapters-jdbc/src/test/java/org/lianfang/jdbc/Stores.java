package org.lianfang.jdbc;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Named;
import org.lianfang.jdbc.testing.ShardedPostgres;
import org.lianfang.jdbc.testing.StatementCounter;
import org.lianfang.jdbc.testing.TestDatabases;

/** A fresh, empty Lianfang schema on a running test database. */
final class Stores {
  private Stores() {}

  /**
   * For a parameterized test that runs on every test database and on the sharded cluster (issue 16).
   *
   * @return an empty store on each kind of test database, then one on the cluster of {@link ShardedPostgres}
   */
  static Stream<Named<Supplier<JdbcStore>>> everywhere() {
    return Stream.concat(Arrays.stream(TestDatabases.Kind.values()).map(Stores::named), sharded());
  }

  /** @return an empty store on each server database, then one on the sharded cluster */
  static Stream<Named<Supplier<JdbcStore>>> onServers() {
    return Stream.concat(Stream.of(TestDatabases.Kind.POSTGRESQL, TestDatabases.Kind.MARIADB).map(Stores::named),
        sharded());
  }

  private static Named<Supplier<JdbcStore>> named(TestDatabases.Kind kind) {
    return Named.of(kind.name(), () -> fresh(kind));
  }

  private static Stream<Named<Supplier<JdbcStore>>> sharded() {
    return Stream.of(Named.of("SHARDED", () -> JdbcStore.of(ShardedPostgres.emptied().dataSource())));
  }

  static JdbcStore fresh(TestDatabases.Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    JdbcSchema.install(ds);
    return JdbcStore.of(ds);
  }

  /** @param kind a database @return a counter over a fresh, empty Lianfang schema on it */
  static StatementCounter counted(TestDatabases.Kind kind) {
    StatementCounter counter = StatementCounter.over(TestDatabases.fresh(kind));
    JdbcSchema.install(counter.dataSource());
    return counter;
  }

  /**
   * For a parameterized test that counts statements on every test database and on the sharded cluster.
   *
   * @return a counter over an empty store on each kind of test database, then over the sharded cluster emptied
   */
  static Stream<Named<Supplier<StatementCounter>>> countedEverywhere() {
    return Stream.concat(Arrays.stream(TestDatabases.Kind.values()).map(k -> Named.of(k.name(),
        (Supplier<StatementCounter>) () -> counted(k))), Stream.of(Named.of("SHARDED",
            () -> StatementCounter.over(ShardedPostgres.emptied().dataSource()))));
  }
}
