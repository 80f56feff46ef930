package org.lianfang.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Not API. Inserts many records of one kind on a connection the caller holds in a transaction, with one prepared
 * statement per table sent in batches of {@link Statements#BATCH} — the bulk path. Each JDBC repository implements it
 * for its aggregate, with its own hand-written SQL; the store hands it out by the aggregate's class, so the bulk
 * loader needs no code per kind.
 *
 * @param <A> the kind of record
 */
@FunctionalInterface
public interface BulkInsert<A> {
  /**
   * Inserts the records: new ones (version 0) as version 1, restored ones at their version
   * ({@link Statements#insertedVersion}). The caller vouches that they are valid and new and runs this inside a
   * transaction or savepoint, so a failure leaves nothing of the call.
   *
   * @param c the transaction's connection
   * @param records the records, parents before children; may be empty
   * @throws SQLException if the database refuses a row (a duplicate key, a lost connection)
   */
  void insertAll(Connection c, List<A> records) throws SQLException;
}
