package org.lianfang.jdbc.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcException;

/**
 * How a store's statements reach its database: straight to it, or through Apache ShardingSphere-JDBC (issue 16),
 * whose parser takes one statement per call and refuses some the databases take (a recursive {@code WITH}, a
 * {@code WITH} of data-modifying queries), and whose merge of several servers' rows orders UUIDs as Java does. Decided
 * on the first connection and kept.
 */
public final class Route {
  private final Dialect dialect;
  /** Whether connections are ShardingSphere-JDBC's; null until known. */
  private volatile Boolean sharded;

  Route(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * @param c a connection of this store's
   * @return whether statements go through ShardingSphere
   */
  public boolean throughShardingSphere(Connection c) {
    Boolean known = sharded;
    if (known == null) {
      known = isShardingSphere(c);
      sharded = known;
    }
    return known;
  }

  /** @return whether statements go through ShardingSphere, once a connection has told; empty before */
  public java.util.Optional<Boolean> known() {
    return java.util.Optional.ofNullable(sharded);
  }

  /**
   * @param c a connection of this store's
   * @return whether a command's writes are held back to be sent together: on PostgreSQL, not through ShardingSphere
   */
  boolean holdsWritesBack(Connection c) {
    return dialect == Dialect.POSTGRESQL && !throughShardingSphere(c);
  }

  /** Sends writes in one round trip ({@link Deferred#send}), or one statement at a time through ShardingSphere. */
  void send(Connection c, List<Deferred> writes) {
    if (throughShardingSphere(c)) {
      Deferred.sendEach(c, writes);
    } else {
      Deferred.send(c, writes);
    }
  }

  /**
   * Whether a connection is Apache ShardingSphere-JDBC's: its metadata is ShardingSphere's class, handed out as it is
   * by a host's proxy (Spring's transaction-aware one) or wrapped by a pool's (HikariCP's), which unwraps to it.
   *
   * @param c a connection
   * @return whether its statements go through ShardingSphere's parser
   */
  static boolean isShardingSphere(Connection c) {
    DatabaseMetaData meta;
    try {
      meta = c.getMetaData();
    } catch (SQLException e) {
      throw new JdbcException("could not read the database's metadata", e);
    }
    // a pool's proxy (HikariCP's) wraps the metadata too: look through at most a few wrappers
    for (int i = 0; i < 4 && !isShardingSphere(meta); i++) {
      DatabaseMetaData inner;
      try {
        inner = meta.isWrapperFor(DatabaseMetaData.class) ? meta.unwrap(DatabaseMetaData.class) : meta;
      } catch (SQLException e) {
        break; // a driver that does not say what it wraps wraps nothing we look for
      }
      if (inner == meta) {
        break;
      }
      meta = inner;
    }
    return isShardingSphere(meta);
  }

  private static boolean isShardingSphere(DatabaseMetaData meta) {
    return meta.getClass().getName().startsWith("org.apache.shardingsphere.");
  }
}
