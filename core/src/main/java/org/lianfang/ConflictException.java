package org.lianfang;

/**
 * The command met a concurrent change — another writer updated the same record first, took the same code, or
 * appended to the same journal chain — and nothing of it was written. Catch this type to retry a command: reload
 * what it depends on and issue it again.
 */
public abstract class ConflictException extends LianfangException {
  private static final long serialVersionUID = 1L;

  /** @param message what conflicted */
  protected ConflictException(String message) {
    super(message);
  }

  /** @param message what conflicted @param cause the underlying error, e.g. the database's */
  protected ConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
