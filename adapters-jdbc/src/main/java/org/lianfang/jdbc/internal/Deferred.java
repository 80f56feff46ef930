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
 * A write a PostgreSQL transaction may hold back and send together with the next ones, in one statement of
 * data-modifying {@code WITH} parts (issue 9: on PostgreSQL each statement is a round trip). It is made of parts, each a
 * data-modifying statement with a {@code RETURNING} clause, and each checks how many rows it touched once the statement
 * ran. {@link JdbcTransactions} sends what it holds before anything reads or writes otherwise, before a nested call
 * and before commit; it never holds two writes to one table, since the parts of one statement all see the state
 * before it and run in no set order.
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
    /** @param rows the rows the part returned @return the failure they mean, if any */
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
   * @param sql the statement, ending in a {@code RETURNING} clause; {@code {previous}} names the rows the part
   *     before it in the same write returned
   * @param binder binds its parameters
   * @param check what the number of rows it returned means
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
   * The one statement that runs writes: each part a {@code WITH} item named {@code w0}, {@code w1}…, and a main query
   * that counts each part's rows.
   *
   * @param writes the writes, in order
   * @return the statement's text
   */
  static String statement(List<Deferred> writes) {
    StringBuilder sql = new StringBuilder("WITH ");
    int n = 0;
    for (Deferred w : writes) {
      for (Part p : w.parts()) {
        sql.append(n > 0 ? ", " : "").append('w').append(n).append(" AS (")
            .append(p.sql().replace("{previous}", "w" + (n - 1))).append(')');
        n++;
      }
    }
    List<String> counts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      counts.add("(SELECT count(*) FROM w" + i + ")");
    }
    return sql.append(" SELECT ").append(String.join(", ", counts)).toString();
  }

  /**
   * Runs writes in one statement and checks each part's rows.
   *
   * @param c the transaction's connection
   * @param writes the writes, in order
   */
  static void send(Connection c, List<Deferred> writes) {
    List<Long> counts;
    try {
      counts = Statements.query(c, statement(writes), ps -> {
        int k = 1;
        for (Deferred w : writes) {
          for (Deferred.Part p : w.parts()) {
            k = p.binder().bind(ps, k);
          }
        }
      }, rs -> {
        List<Long> n = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          n.add(rs.getLong(i));
        }
        return n;
      }).get(0);
    } catch (SQLException e) {
      for (Deferred w : writes) {
        Optional<RuntimeException> meant = w.onError().apply(e);
        if (meant.isPresent()) {
          throw meant.get();
        }
      }
      throw Statements.translate(String.join("; ", writes.stream().map(Deferred::what).toList()), e);
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
}
