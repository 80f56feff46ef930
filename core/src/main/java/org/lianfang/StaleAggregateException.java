package org.lianfang;

/**
 * An aggregate was changed by someone else between read and write (optimistic locking), or its code was taken
 * meanwhile, or the database gave up the transaction for another one. Nothing was written; the caller may reload and
 * retry the command.
 */
public final class StaleAggregateException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * @param aggregate the kind and id of the aggregate, e.g. {@code RiskPoint 0190…}
   * @param expectedVersion the version the writer had read
   */
  public StaleAggregateException(String aggregate, long expectedVersion) {
    super(aggregate + " was changed concurrently (expected version " + expectedVersion + ")");
  }

  /**
   * @param message what conflicted
   * @param cause the underlying error, e.g. the database's unique-key or serialization error
   */
  public StaleAggregateException(String message, Throwable cause) {
    super(message, cause);
  }
}
