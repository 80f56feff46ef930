package org.lianfang.examples.bench;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;

/** A DataSource that hands out one open connection again and again, so neither path times connecting. */
final class OneConnection {
  private OneConnection() {}

  /**
   * Connections kept open, one per thread that asks: a restore in steps commits on a thread of its own while the
   * import's thread reads (issue 11), and threads must not share a connection. Each thread's is opened at its first
   * ask (the import's writing thread opens one per restore, timed: a few milliseconds) and closed with this.
   */
  static final class PerThread implements AutoCloseable {
    private final java.util.Map<Thread, Connection> open = new java.util.concurrent.ConcurrentHashMap<>();
    private final DataSource dataSource;

    PerThread(DataSource target) {
      this.dataSource = over(target, () -> open.computeIfAbsent(Thread.currentThread(), t -> {
        try {
          return target.getConnection();
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      }));
    }

    /** @return the data source handing each thread its connection */
    DataSource dataSource() {
      return dataSource;
    }

    /** @return the calling thread's connection, opened now if it has none */
    Connection mine() throws java.sql.SQLException {
      return dataSource.getConnection();
    }

    @Override
    public void close() throws java.sql.SQLException {
      for (Connection c : open.values()) {
        c.close();
      }
      open.clear();
    }
  }

  static DataSource over(DataSource target, Connection one) {
    return over(target, () -> one);
  }

  private static DataSource over(DataSource target, java.util.function.Supplier<Connection> connection) {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            return unclosed(connection.get());
          }
          try {
            return method.invoke(target, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** The connection, but closing it does nothing. */
  private static Connection unclosed(Connection one) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          try {
            return method.invoke(one, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
