package org.lianfang;

/**
 * The root of every exception Lianfang throws. Expected business refusals are not exceptions: they come back as a
 * {@link Outcome.Refused}. Exceptions mean a programming error, a conflict the caller may retry, or a failure of the
 * infrastructure behind a port.
 */
public class LianfangException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what failed */
  public LianfangException(String message) {
    super(message);
  }

  /**
   * @param message what failed
   * @param cause the underlying failure, kept for diagnosis
   */
  public LianfangException(String message, Throwable cause) {
    super(message, cause);
  }
}
