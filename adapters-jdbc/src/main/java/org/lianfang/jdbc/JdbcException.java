package org.lianfang.jdbc;

import org.lianfang.LianfangException;

/**
 * A database operation failed. Keeps the {@link java.sql.SQLException} (with its SQL state) as the cause and says
 * what was being done. Nothing of the failed command was written: its transaction was rolled back.
 */
public final class JdbcException extends LianfangException {
  private static final long serialVersionUID = 1L;

  /** @param message what failed */
  public JdbcException(String message) {
    super(message);
  }

  /** @param message what failed @param cause the database's error */
  public JdbcException(String message, Throwable cause) {
    super(message, cause);
  }
}
