package org.lianfang.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.shardingsphere.driver.api.yaml.YamlShardingSphereDataSourceFactory;
import org.lianfang.jdbc.JdbcSchema;

/**
 * A sharded cluster for the JDBC adapter's sharded suite (issue 16): three PostgreSQL servers, each started at most
 * once per test JVM (as {@link TestDatabases}' servers), and Apache ShardingSphere-JDBC over them with the rule hosts
 * are given, {@code org/lianfang/jdbc/sharding/lianfang-sharding.yaml}: every {@code lf_} table sharded by
 * {@code unit_id}, the units and the schema's settings broadcast.
 *
 * <p>{@link #emptied()} gives the JVM's cluster, made on first use (a new database with the schema on each server, as
 * a host runs its migrations on every shard), emptied for the test.
 */
public final class ShardedPostgres {
  /** How many servers the cluster has. */
  public static final int SHARDS = 3;

  /** The rule hosts are given, in the adapter's jar. */
  public static final String RULE = "/org/lianfang/jdbc/sharding/lianfang-sharding.yaml";

  private static final AtomicLong NAMES = new AtomicLong();
  private static final List<TestDatabases.Server<EmbeddedPostgres>> SERVERS = servers();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ShardedPostgres::stopAll, "lianfang-sharded-postgres-stop"));
  }

  /**
   * Closes ShardingSphere's data source, then stops the servers at once: one after the other, their shutdown
   * checkpoints outlasted the 30 s Surefire gives a test JVM to exit.
   */
  private static void stopAll() {
    Cluster cluster = shared;
    if (cluster != null && cluster.dataSource() instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        System.err.println("[ShardedPostgres] could not close ShardingSphere: " + e);
      }
    }
    inParallel(SERVERS.stream().<Runnable>map(server -> () -> server.stop(EmbeddedPostgres::close)).toList());
  }

  private ShardedPostgres() {}

  private static List<TestDatabases.Server<EmbeddedPostgres>> servers() {
    List<TestDatabases.Server<EmbeddedPostgres>> servers = new ArrayList<>();
    for (int i = 0; i < SHARDS; i++) {
      String name = "postgresql-shard-" + i;
      servers.add(new TestDatabases.Server<>("PostgreSQL shard " + i, () -> TestDatabases.startPostgres(name)));
    }
    return List.copyOf(servers);
  }

  /** Runs each task in a thread of its own and waits for them all. */
  private static void inParallel(List<Runnable> tasks) {
    List<Thread> threads = new ArrayList<>();
    for (Runnable task : tasks) {
      Thread t = new Thread(task, "lianfang-shard");
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the shards", e);
      }
    }
  }

  /**
   * New shards with Lianfang's schema installed on each (as a host's migrations run on every server), and
   * ShardingSphere's data source over them with the hosts' rule. A JVM makes one ({@link #emptied()}): ShardingSphere
   * keeps its metadata in an in-memory database while its data source is open, and a start of it takes longer than a
   * test.
   */
  private static Cluster fresh() {
    return fresh(shard -> shard);
  }

  /**
   * A cluster of its own for a benchmark (issue 16's {@code shard-bench}): new databases on the JVM's servers, the
   * schema installed on each, each shard behind a HikariCP pool, as a host's shards are, and ShardingSphere's data
   * source over them with the hosts' rule.
   *
   * @param poolSize the most connections each shard's pool keeps
   * @return the cluster, empty
   */
  public static Cluster pooled(int poolSize) {
    return fresh(shard -> pool(shard, poolSize));
  }

  /**
   * @param database a test database
   * @param size the most connections the pool keeps
   * @return a HikariCP pool over it, as a host puts one in front of its database
   */
  public static HikariDataSource pool(DriverManagerDataSource database, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.getUrl());
    config.setUsername(database.getUsername());
    config.setMaximumPoolSize(size);
    return new HikariDataSource(config);
  }

  private static Cluster fresh(Function<DriverManagerDataSource, DataSource> connected) {
    startAll();
    String name = "lf_sharded_" + NAMES.incrementAndGet();
    Map<String, DataSource> shards = new LinkedHashMap<>();
    for (int i = 0; i < SHARDS; i++) {
      TestDatabases.execute(shard(i, "postgres"), "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
      DriverManagerDataSource shard = shard(i, name);
      JdbcSchema.install(shard);
      shards.put("ds_" + i, connected.apply(shard));
    }
    return new Cluster(name, over(shards), List.copyOf(shards.values()));
  }

  /**
   * The cluster of this JVM, made on first use ({@link #fresh()}) and emptied by every call: every
   * {@code lf_} table of each shard truncated but the schema's history, the archive's digest set back to SHA-256.
   * ShardingSphere starts once, which takes longer than a test; a suite whose tests each need an empty store (a
   * contract suite) takes it for each.
   *
   * @return the cluster, empty
   */
  public static synchronized Cluster emptied() {
    if (shared == null) {
      shared = fresh();
    }
    shared.empty();
    return shared;
  }

  private static volatile Cluster shared;

  /**
   * ShardingSphere's data source over shards made for it.
   *
   * @param name the shards' database name on each server
   * @param dataSource ShardingSphere's data source over them
   * @param shards the shards' own data sources, as ShardingSphere was given them
   */
  public record Cluster(String name, DataSource dataSource, List<DataSource> shards) implements AutoCloseable {
    /** Closes ShardingSphere's data source and the shards' pools, if they are pools. */
    @Override
    public void close() throws Exception {
      for (DataSource d : Stream.concat(Stream.of(dataSource), shards.stream()).toList()) {
        if (d instanceof AutoCloseable c) {
          c.close();
        }
      }
    }

    /** Empties each shard directly, as {@link ShardedPostgres#emptied()} says. */
    public void empty() {
      for (int i = 0; i < SHARDS; i++) {
        DataSource shard = shard(i, name);
        List<String> tables = new ArrayList<>();
        try (Connection c = shard.getConnection(); Statement st = c.createStatement()) {
          try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE "
              + "table_schema = 'public' AND table_name LIKE 'lf\\_%' "
              + "AND table_name NOT IN ('lf_schema_history', 'lf_archive')")) {
            while (rs.next()) {
              tables.add(rs.getString(1));
            }
          }
          st.execute("TRUNCATE " + String.join(", ", tables));
          st.execute("UPDATE lf_archive SET setting_value = 'SHA-256' WHERE setting = 'digest'");
        } catch (SQLException e) {
          throw new IllegalStateException("could not empty shard " + i + " of " + name, e);
        }
      }
    }
  }

  /**
   * Starts the servers: the first alone (it unpacks the binaries the others share), then the others at once, since
   * most of a start is {@code initdb} waiting on the disk.
   */
  private static void startAll() {
    SERVERS.get(0).get();
    inParallel(SERVERS.subList(1, SHARDS).stream().<Runnable>map(server -> () -> {
      try {
        server.get();
      } catch (RuntimeException e) {
        // remembered by the server: the next get() throws it
      }
    }).toList());
  }

  /**
   * @param unit a unit
   * @return the shard its rows are on under the rule's INLINE expression, {@code Math.floorMod(unit_id.toString()
   *     .hashCode(), 3)}
   */
  public static int shardOf(java.util.UUID unit) {
    return Math.floorMod(unit.toString().hashCode(), SHARDS);
  }

  private static DriverManagerDataSource shard(int i, String database) {
    return new DriverManagerDataSource("jdbc:postgresql://localhost:" + SERVERS.get(i).get().getPort() + "/"
        + database, TestDatabases.user("postgres", null));
  }

  /**
   * @param shards the shards, named as the rule names them
   * @return ShardingSphere's data source over them with the hosts' rule
   */
  public static DataSource over(Map<String, DataSource> shards) {
    try {
      return YamlShardingSphereDataSourceFactory.createDataSource(new LinkedHashMap<>(shards), rule());
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("ShardingSphere did not start over " + shards.keySet(), e);
    }
  }

  /** @return the rule's YAML, as hosts are given it */
  public static byte[] rule() {
    try (InputStream in = ShardedPostgres.class.getResourceAsStream(RULE)) {
      if (in == null) {
        throw new IllegalStateException(RULE + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the rule's text */
  public static String ruleText() {
    return new String(rule(), StandardCharsets.UTF_8);
  }
}
