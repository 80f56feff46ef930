package org.lianfang.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.lianfang.grading.FiredRule;
import org.lianfang.jdbc.internal.Deferred;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.ReviewRecord;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskSource;

/**
 * The lists of a risk point, one child table each: sources, the grade's rules, the review history, notice comments
 * (every comment the point received, the earlier notices' first: issue 10, finding 5) and custom fields. Inserted
 * in batches for many points at once; on an update only the lists that changed are written, and a list that only
 * grew (the review history, the comments) gets its new rows alone (issue 9): comments are never rewritten.
 */
final class RiskPointLists {
  /**
   * One child table: its insert, the list it holds and how one element is bound after the point's columns; {@code
   * parameters} is how many values one row binds, counted once from the columns (rows are bound by the million in a
   * bulk load).
   */
  private record Child<T>(String table, String columns, boolean positioned, Function<RiskPoint, List<T>> list,
      ElementBinder<T> binder, int parameters) {
    Child(String table, String columns, boolean positioned, Function<RiskPoint, List<T>> list,
        ElementBinder<T> binder) {
      this(table, columns, positioned, list, binder, columns.split(",").length + (positioned ? 3 : 2));
    }

    /** @return the insert of {@code rows} rows */
    String insert(int rows) {
      String row = "(" + "?, ".repeat(parameters - 1) + "?)";
      return "INSERT INTO " + table + " (unit_id, risk_point_id, " + (positioned ? "ordinal, " : "") + columns
          + ") VALUES " + String.join(", ", java.util.Collections.nCopies(rows, row));
    }

    /** @return the delete of one point's rows: the point's id, then its unit's (sharded by it, issue 16) */
    String delete() {
      return "DELETE FROM " + table + " WHERE risk_point_id = ? AND unit_id = ?";
    }
  }

  @FunctionalInterface
  private interface ElementBinder<T> {
    void bind(PreparedStatement ps, int k, T element) throws SQLException;
  }

  private static final List<Child<?>> CHILDREN = List.of(
      new Child<RiskSource>("lf_risk_source", "kind, description", true, p -> p.description().sources(),
          (ps, k, s) -> {
            ps.setString(k, s.kind().name());
            ps.setString(k + 1, s.description());
          }),
      new Child<FiredRule>("lf_risk_rule", "code, result, zh, en", true,
          p -> p.grading().map(g -> g.grade().rationale()).orElse(List.of()), (ps, k, r) -> {
            ps.setString(k, r.code());
            ps.setString(k + 1, r.result().name());
            ps.setString(k + 2, r.zh());
            ps.setString(k + 3, r.en());
          }),
      new Child<ReviewRecord>("lf_risk_review", "from_state, action, to_state, actor_id, at_ms, note", true,
          RiskPoint::history, (ps, k, r) -> {
            ps.setString(k, r.from().name());
            ps.setString(k + 1, r.action().name());
            ps.setString(k + 2, r.to().name());
            ps.setString(k + 3, r.actorId());
            Sql.instant(ps, k + 4, r.at());
            ps.setString(k + 5, r.note());
          }),
      new Child<NoticeComment>("lf_risk_comment", "author_id, body, received_at, seal", true,
          p -> p.riskReview().allComments(), (ps, k, n) -> {
            ps.setString(k, n.authorId());
            ps.setString(k + 1, n.text());
            Sql.instant(ps, k + 2, n.receivedAt());
            ps.setString(k + 3, n.seal());
          }),
      new Child<Map.Entry<String, CustomValue>>("lf_risk_custom", "field_key, value_type, value_text", false,
          p -> List.copyOf(p.custom().asMap().entrySet()), (ps, k, e) -> {
            String[] typed = customText(e.getValue());
            ps.setString(k, e.getKey());
            ps.setString(k + 1, typed[0]);
            ps.setString(k + 2, typed[1]);
          }));

  private final JdbcStoreCore store;

  RiskPointLists(JdbcStoreCore store) {
    this.store = store;
  }

  /** Writes every list of the points, one batch per table. */
  void insert(Connection c, List<RiskPoint> points) throws SQLException {
    insert(c, points, UnaryOperator.identity());
  }

  /**
   * Writes every list of the points, one batch per table, each insert made by {@code statements} from the live one
   * (a register's twins, {@link JdbcRegisters#twinInserts}).
   */
  void insert(Connection c, List<RiskPoint> points, UnaryOperator<String> statements) throws SQLException {
    for (Child<?> child : CHILDREN) {
      insert(c, child, points, 0, statements);
    }
  }

  /**
   * Writes what changed between two states of a point: nothing for an equal list, the new rows for a list that only
   * grew, and a delete and insert for any other change.
   */
  void update(Connection c, RiskPoint before, RiskPoint after) throws SQLException {
    for (Child<?> child : CHILDREN) {
      update(c, child, before, after);
    }
  }

  /** Replaces every list of a point whose earlier state is not known. */
  void replace(Connection c, RiskPoint p) throws SQLException {
    for (Child<?> child : CHILDREN) {
      delete(c, child, p);
    }
    insert(c, List.of(p));
  }

  private void update(Connection c, Child<?> child, RiskPoint before, RiskPoint after) throws SQLException {
    int from = appendFrom(child, before, after);
    if (from == NOTHING) {
      return;
    }
    if (from == REPLACE) {
      delete(c, child, after);
      from = 0;
    }
    insert(c, child, List.of(after), from);
  }

  private static final int NOTHING = -1;
  private static final int REPLACE = -2;

  /**
   * @return where the rows to insert start: after the old ones for a list that only grew; {@link #NOTHING} for an equal
   *     list, {@link #REPLACE} for one changed otherwise
   */
  private static <T> int appendFrom(Child<T> child, RiskPoint before, RiskPoint after) {
    List<T> was = child.list().apply(before);
    List<T> is = child.list().apply(after);
    if (was.equals(is)) {
      return NOTHING;
    }
    if (child.positioned() && is.size() > was.size() && is.subList(0, was.size()).equals(was)) {
      return was.size();
    }
    return REPLACE;
  }

  /**
   * The lists of a point written as parts of deferred writes (PostgreSQL, issue 9): each list one multi-row insert.
   * With the earlier state known, only what changed is written, as {@link #update} writes it; without it, every list
   * is replaced. Lists changed other than by growing are deleted in a write of their own, since one statement's parts
   * must not write one table twice; the transaction sends that write before the next one, which inserts into the
   * same tables.
   *
   * @param before the point as read in this transaction, or null if not known; for a new point, use {@link #inserts}
   * @param after the point as it is to be written
   * @return the deletes, if any, and the inserts
   */
  Changes changes(RiskPoint before, RiskPoint after) {
    List<Deferred.Part> deletes = new ArrayList<>();
    List<Deferred.Part> inserts = new ArrayList<>();
    for (Child<?> child : CHILDREN) {
      int from = before == null ? REPLACE : appendFrom(child, before, after);
      if (from == NOTHING) {
        continue;
      }
      if (from == REPLACE) {
        deletes.add(new Deferred.Part(child.table(), child.delete(), (ps, k) -> {
              store.sql().uuid(ps, k, after.id().value());
              store.sql().uuid(ps, k + 1, after.unitId().value());
              return k + 2;
            }, Deferred.Check.none()));
        from = 0;
      }
      part(child, after, from).ifPresent(inserts::add);
    }
    return new Changes(deletes, inserts);
  }

  /**
   * What {@link #changes} writes: deletes of lists replaced whole, to be sent before the inserts into the same tables.
   *
   * @param deletes the deletes, perhaps none
   * @param inserts the inserts of new rows, perhaps none
   */
  record Changes(List<Deferred.Part> deletes, List<Deferred.Part> inserts) {}

  /** Rows a list may have for the point to be written in one statement: PostgreSQL binds at most 65,535 values. */
  private static final int ROWS_IN_ONE_STATEMENT = 200;

  /**
   * @param p a point
   * @return whether every list of it is short enough to be written as part of one statement; a longer one (a notice
   *     with thousands of comments) is written in batches instead
   */
  static boolean fitOneStatement(RiskPoint p) {
    for (Child<?> child : CHILDREN) {
      if (child.list().apply(p).size() > ROWS_IN_ONE_STATEMENT) {
        return false;
      }
    }
    return true;
  }

  /** @param p a new point @return each of its non-empty lists as one multi-row insert */
  List<Deferred.Part> inserts(RiskPoint p) {
    List<Deferred.Part> parts = new ArrayList<>();
    for (Child<?> child : CHILDREN) {
      part(child, p, 0).ifPresent(parts::add);
    }
    return parts;
  }

  private <T> Optional<Deferred.Part> part(Child<T> child, RiskPoint p, int from) {
    List<T> elements = child.list().apply(p);
    if (elements.size() <= from) {
      return Optional.empty();
    }
    return Optional.of(new Deferred.Part(child.table(), child.insert(elements.size() - from),
        (ps, k) -> {
          for (int i = from; i < elements.size(); i++) {
            k = bindRow(ps, k, child, p, i, elements.get(i));
          }
          return k;
        }, Deferred.Check.none()));
  }

  /** Binds one element's row from position {@code k} on; @return the position after it. */
  private <T> int bindRow(PreparedStatement ps, int k, Child<T> child, RiskPoint p, int position, T element)
      throws SQLException {
    store.sql().uuid(ps, k, p.location().unit().value());
    store.sql().uuid(ps, k + 1, p.id().value());
    int at = k + 2;
    if (child.positioned()) {
      ps.setInt(at++, position);
    }
    child.binder().bind(ps, at, element);
    return k + child.parameters();
  }

  private void delete(Connection c, Child<?> child, RiskPoint p) throws SQLException {
    Statements.update(c, child.delete(), ps -> {
      store.sql().uuid(ps, 1, p.id().value());
      store.sql().uuid(ps, 2, p.unitId().value());
    });
  }

  /** Inserts each point's elements of one list from position {@code from} on. */
  private <T> void insert(Connection c, Child<T> child, List<RiskPoint> points, int from) throws SQLException {
    insert(c, child, points, from, UnaryOperator.identity());
  }

  private <T> void insert(Connection c, Child<T> child, List<RiskPoint> points, int from,
      UnaryOperator<String> statements) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (RiskPoint p : points) {
      List<T> elements = child.list().apply(p);
      for (int i = from; i < elements.size(); i++) {
        rows.add(new Object[] {p, i, elements.get(i)});
      }
    }
    Statements.batch(c, statements.apply(child.insert(1)), rows, (ps, row) -> {
      @SuppressWarnings("unchecked")
      T element = (T) row[2];
      bindRow(ps, 1, child, (RiskPoint) row[0], (Integer) row[1], element);
    });
  }

  static CustomValue customValue(String type, String text) {
    return switch (type) {
      case "TEXT" -> new CustomValue.Text(text);
      case "NUMBER" -> new CustomValue.Number(new BigDecimal(text));
      case "DAY" -> new CustomValue.Day(LocalDate.parse(text));
      case "FLAG" -> new CustomValue.Flag(Boolean.parseBoolean(text));
      default -> throw new JdbcException("unknown custom value type in lf_risk_custom: " + type);
    };
  }

  private static String[] customText(CustomValue v) {
    if (v instanceof CustomValue.Text t) {
      return new String[] {"TEXT", t.value()};
    }
    if (v instanceof CustomValue.Number n) {
      return new String[] {"NUMBER", n.value().toString()};
    }
    if (v instanceof CustomValue.Day d) {
      return new String[] {"DAY", d.value().toString()};
    }
    return new String[] {"FLAG", Boolean.toString(((CustomValue.Flag) v).value())};
  }
}
