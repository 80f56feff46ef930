package org.lianfang.jdbc;

import org.lianfang.LianfangException;

/**
 * A database operation failed. Keeps the {@link java.sql.SQLException} (with its SQL state) as the cause and says
 * what was being done. Nothing of the failed command was written: its transaction was rolled back. The driver's
 * message of a data or integrity error is withheld from the cause, since it may carry the values refused
 * ({@link org.lianfang.jdbc.internal.Statements#withheld}); its SQL state and vendor code stay.
 */
public final class JdbcException extends LianfangException {
  private static final long serialVersionUID = 1L;

  /** @param message what failed */
  public JdbcException(String message) {
    super(message);
  }

  /** @param message what failed @param cause the database's error */
  public JdbcException(String message, Throwable cause) {
    super(message, org.lianfang.jdbc.internal.Statements.withheld(cause));
  }
}
