package org.lianfang.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A write a PostgreSQL transaction may hold back and send together with the next ones, in one round trip (issue 9: on
 * PostgreSQL each statement is a round trip). It is made of parts, each a data-modifying statement, and each checks
 * how many rows it touched once they ran. The parts of the writes held are sent as one prepared statement of several
 * statements separated by {@code ;}, which the PostgreSQL driver sends in one flight and the server runs in order;
 * each statement's update count comes back. (Until 2026-12-02 they were the parts of one statement of data-modifying
 * {@code WITH} items; a probe on the embedded server measured the same three writes at about 150 µs of the server's
 * CPU as {@code WITH} items, 90–125 µs as separate statements and 80–125 µs as one multi-statement.)
 * {@link JdbcTransactions} sends what it holds before anything reads or writes otherwise, before a nested call and
 * before commit; it never holds two writes to one table.
 *
 * @param what what is written, for error messages ("insert risk point …")
 * @param parts its parts, in order
 * @param onError what a failure of the statement means for this write, if it can tell (a duplicate key of its table)
 */
public record Deferred(String what, List<Part> parts, Function<SQLException, Optional<RuntimeException>> onError) {
  /**
   * @param what what is written
   * @param parts its parts, in order, at least one
   * @param onError what a failure of the statement means for this write, if it can tell
   */
  public Deferred {
    Objects.requireNonNull(what, "what");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a deferred write needs a part");
    }
    Objects.requireNonNull(onError, "onError");
  }

  /** @param what what is written @param parts its parts @return a write that cannot tell what a failure means */
  public static Deferred of(String what, List<Part> parts) {
    return new Deferred(what, parts, e -> Optional.empty());
  }

  /** @return the tables its parts write */
  public Set<String> tables() {
    Set<String> tables = new HashSet<>();
    parts.forEach(p -> tables.add(p.table()));
    return tables;
  }

  /** Binds a part's parameters from a position on. */
  @FunctionalInterface
  public interface Binder {
    /**
     * @param ps the statement
     * @param k the position of the part's first parameter
     * @return the position after its last
     * @throws SQLException if a value cannot be bound
     */
    int bind(PreparedStatement ps, int k) throws SQLException;
  }

  /** What a part makes of the number of rows it touched: nothing, or the failure it means. */
  @FunctionalInterface
  public interface Check {
    /** @param rows the rows the part touched @return the failure they mean, if any */
    Optional<RuntimeException> check(long rows);

    /** @return a check that accepts any number of rows */
    static Check none() {
      return rows -> Optional.empty();
    }
  }

  /**
   * One data-modifying statement of a deferred write.
   *
   * @param table the table it writes
   * @param sql the statement, an {@code INSERT}, {@code UPDATE} or {@code DELETE} without {@code RETURNING}
   * @param binder binds its parameters
   * @param check what the number of rows it touched means
   */
  public record Part(String table, String sql, Binder binder, Check check) {
    /** @param table its table @param sql the statement @param binder its binding @param check its check */
    public Part {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(sql, "sql");
      Objects.requireNonNull(binder, "binder");
      Objects.requireNonNull(check, "check");
    }
  }

  /**
   * The one statement that runs writes: each part's statement in order, separated by {@code ;}.
   *
   * @param writes the writes, in order
   * @return the statement's text
   */
  static String statement(List<Deferred> writes) {
    List<String> statements = new ArrayList<>();
    for (Deferred w : writes) {
      for (Part p : w.parts()) {
        statements.add(p.sql());
      }
    }
    return String.join("; ", statements);
  }

  /**
   * Runs writes in one round trip and checks each part's rows.
   *
   * @param c the transaction's connection
   * @param writes the writes, in order
   */
  static void send(Connection c, List<Deferred> writes) {
    List<Long> counts = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(statement(writes))) {
      int k = 1;
      for (Deferred w : writes) {
        for (Deferred.Part p : w.parts()) {
          k = p.binder().bind(ps, k);
        }
      }
      boolean results = ps.execute();
      while (results || ps.getUpdateCount() != -1) {
        if (results) {
          throw new IllegalStateException("a held write returned rows: " + statement(writes));
        }
        counts.add((long) ps.getUpdateCount());
        results = ps.getMoreResults();
      }
    } catch (SQLException e) {
      for (Deferred w : writes) {
        Optional<RuntimeException> meant = w.onError().apply(e);
        if (meant.isPresent()) {
          throw meant.get();
        }
      }
      throw Statements.translate(String.join("; ", writes.stream().map(Deferred::what).toList()), e);
    }
    if (counts.size() != writes.stream().mapToInt(w -> w.parts().size()).sum()) {
      throw new IllegalStateException("held writes returned " + counts.size() + " update counts: "
          + statement(writes));
    }
    int i = 0;
    for (Deferred w : writes) {
      for (Deferred.Part p : w.parts()) {
        Optional<RuntimeException> failed = p.check().check(counts.get(i++));
        if (failed.isPresent()) {
          throw failed.get();
        }
      }
    }
  }

  /**
   * Runs writes as {@link #send} does, each part as a statement of its own: for a driver or proxy that takes one
   * statement at a time (ShardingSphere-JDBC parses each statement to route it). A part's rows are checked once it ran.
   *
   * @param c the transaction's connection
   * @param writes the writes, in order
   */
  static void sendEach(Connection c, List<Deferred> writes) {
    for (Deferred w : writes) {
      for (Part p : w.parts()) {
        long rows;
        try (PreparedStatement ps = c.prepareStatement(p.sql())) {
          p.binder().bind(ps, 1);
          rows = ps.executeUpdate();
        } catch (SQLException e) {
          Optional<RuntimeException> meant = w.onError().apply(e);
          if (meant.isPresent()) {
            throw meant.get();
          }
          throw Statements.translate(w.what(), e);
        }
        Optional<RuntimeException> failed = p.check().check(rows);
        if (failed.isPresent()) {
          throw failed.get();
        }
      }
    }
  }
}
