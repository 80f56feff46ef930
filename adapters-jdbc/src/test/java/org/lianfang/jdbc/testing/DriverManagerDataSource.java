package org.lianfang.jdbc.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens a new physical connection through {@link DriverManager} on every call: no pool, so
 * tests see exactly the connections they open and the adapter is tested against the plain JDBC contract a host's pool
 * also honours.
 */
public final class DriverManagerDataSource implements DataSource {
  private final String url;
  private final Properties properties;
  private volatile PrintWriter logWriter;

  /**
   * @param url the JDBC URL
   * @param properties connection properties (user, password, driver options); copied
   */
  public DriverManagerDataSource(String url, Properties properties) {
    this.url = Objects.requireNonNull(url, "url");
    this.properties = new Properties();
    this.properties.putAll(properties);
  }

  /** @return the JDBC URL connections are opened on */
  public String url() {
    return url;
  }

  /**
   * The URL as a bean property: ShardingSphere reads a data source's URL and user through its getters, as it reads a
   * connection pool's.
   *
   * @return the JDBC URL connections are opened on
   */
  public String getUrl() {
    return url;
  }

  /** @return the user connections are opened as, as a bean property (see {@link #getUrl()}) */
  public String getUsername() {
    return properties.getProperty("user", "");
  }

  /** @return the connection properties, a copy: for another process to open the same database */
  public Properties properties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url, properties);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Properties withUser = new Properties();
    withUser.putAll(properties);
    withUser.setProperty("user", username);
    if (password == null) {
      withUser.remove("password");
    } else {
      withUser.setProperty("password", password);
    }
    return DriverManager.getConnection(url, withUser);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  /** Login timeouts are {@link DriverManager}'s, which is JVM-wide; this data source leaves it alone. */
  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    throw new SQLFeatureNotSupportedException("the login timeout is DriverManager's, JVM-wide");
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }

  @Override
  public String toString() {
    return "DriverManagerDataSource[" + url + "]";
  }
}
