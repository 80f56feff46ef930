package org.lianfang;

/**
 * An append to a unit's journal chain did not continue the chain's current head (another writer appended first, or
 * the entry is out of sequence). Nothing was written; the command may be retried.
 */
public final class JournalConflictException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** @param message which unit and which sequence conflicted */
  public JournalConflictException(String message) {
    super(message);
  }

  /** @param message which unit and which sequence conflicted @param cause the database's error */
  public JournalConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
