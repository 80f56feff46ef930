package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The SQL dialects Lianfang's schema is written for. Detected from the connection's product name, or chosen by the
 * host for a compatible database that names itself otherwise.
 */
public enum Dialect {
  /** H2 2.x, the embedded default. */
  H2("h2"),
  /** PostgreSQL and compatible databases (openGauss, KingbaseES in PG mode, GaussDB). */
  POSTGRESQL("postgresql"),
  /** MySQL, MariaDB and compatible databases (TiDB). */
  MYSQL("mysql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** @return the folder of this dialect's scripts under {@code org/lianfang/jdbc/schema/} */
  public String folder() {
    return folder;
  }

  /**
   * @param connection an open connection
   * @return the dialect of its database
   * @throws JdbcException if the product is not one Lianfang knows; pass the dialect explicitly then
   */
  public static Dialect detect(Connection connection) {
    try {
      DatabaseMetaData meta = connection.getMetaData();
      String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("h2")) {
        return H2;
      }
      if (product.contains("postgres") || product.contains("opengauss") || product.contains("kingbase")
          || product.contains("gauss")) {
        return POSTGRESQL;
      }
      if (product.contains("mysql") || product.contains("mariadb") || product.contains("tidb")) {
        return MYSQL;
      }
      throw new JdbcException("unknown database product '" + meta.getDatabaseProductName()
          + "': pass the dialect to JdbcStore.of(dataSource, dialect)");
    } catch (SQLException e) {
      throw new JdbcException("could not read the database's metadata to detect its dialect", e);
    }
  }
}
