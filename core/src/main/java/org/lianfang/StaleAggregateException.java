package org.lianfang;

/**
 * An aggregate was changed by someone else between read and write (optimistic locking). Nothing was written; the
 * caller may reload and retry the command.
 */
public final class StaleAggregateException extends LianfangException {
  private static final long serialVersionUID = 1L;

  /**
   * @param aggregate the kind and id of the aggregate, e.g. {@code RiskPoint 0190…}
   * @param expectedVersion the version the writer had read
   */
  public StaleAggregateException(String aggregate, long expectedVersion) {
    super(aggregate + " was changed concurrently (expected version " + expectedVersion + ")");
  }
}
