package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.monitoring.DueItem;
import org.lianfang.spi.Dues;

/**
 * The deadlines the tick watches, in {@code lf_due} (schema version 18), indexed by their next alert. The tick's read
 * locks what it reads {@code FOR UPDATE SKIP LOCKED}, so two tickers take different deadlines; through ShardingSphere,
 * whose grammar lacks {@code SKIP LOCKED}, {@code FOR UPDATE}: a ticker waits for another ticker, or a command, that
 * holds one of the rows, then takes what it left. A ticker and a command locking two rows in opposite orders may then
 * deadlock (the rows of a unit are on one server, which breaks it): the database's error is a conflict, retried.
 */
final class JdbcDues implements Dues {
  private static final String COLUMNS = "record_id, what, unit_id, link, due, recipients, title_zh, title_en, "
      + "next_alert_at";
  private final JdbcStoreCore store;

  JdbcDues(JdbcStoreCore store) {
    this.store = store;
  }

  private DueItem item(ResultSet rs) throws SQLException {
    Sql sql = store.sql();
    return new DueItem(sql.uuid(rs, "record_id"), rs.getString("what"), new UnitId(sql.uuid(rs, "unit_id")),
        rs.getString("link"), Sql.day(rs, "due"), List.of(Sql.requiredText(rs, "recipients").split("\n")),
        Sql.requiredText(rs, "title_zh"), Sql.requiredText(rs, "title_en"), Sql.instant(rs, "next_alert_at"));
  }

  @Override
  public void put(List<DueItem> items) {
    if (items.isEmpty()) {
      return;
    }
    store.write("set deadlines", c -> {
      Statements.batch(c, upsert(), items, (ps, i) -> {
        store.sql().uuid(ps, 1, i.recordId());
        ps.setString(2, i.what());
        store.sql().uuid(ps, 3, i.unitId().value());
        ps.setString(4, i.link());
        Sql.day(ps, 5, i.due());
        Sql.text(ps, 6, String.join("\n", i.recipients()));
        Sql.text(ps, 7, i.titleZh());
        Sql.text(ps, 8, i.titleEn());
        Sql.instant(ps, 9, i.nextAlertAt());
      });
      return null;
    });
  }

  /**
   * One statement that inserts a deadline or replaces the one of its record, code and unit (a record's unit never
   * changes) in place: an update, not a delete
   * and an insert, so that a command ending the deadline while a tick moves it (its delete waiting on the tick's lock)
   * finds the moved row and ends it, instead of finding the old row gone and leaving the new one.
   */
  private String upsert() {
    String values = "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    // not the unit: it is part of the key, and a sharded cluster refuses to update its sharding column
    List<String> set = List.of("link", "due", "recipients", "title_zh", "title_en", "next_alert_at");
    return switch (store.dialect()) {
      case POSTGRESQL -> "INSERT INTO lf_due (" + COLUMNS + ") " + values + " ON CONFLICT (record_id, what, unit_id) "
          + "DO UPDATE SET " + String.join(", ", set.stream().map(col -> col + " = EXCLUDED." + col).toList());
      case MYSQL -> "INSERT INTO lf_due (" + COLUMNS + ") " + values + " ON DUPLICATE KEY UPDATE "
          + String.join(", ", set.stream().map(col -> col + " = VALUES(" + col + ")").toList());
      case H2 -> "MERGE INTO lf_due (" + COLUMNS + ") KEY (record_id, what, unit_id) " + values;
    };
  }

  @Override
  public void remove(UUID recordId, Optional<String> what) {
    store.write("end deadlines", c -> {
      // naming the record's unit once known, so that through ShardingSphere one server deletes: a deadline is put
      // with its record's unit, and nothing is due for a record whose insert rolled back; else by the id alone.
      // Removing what is not there is common (every review ends a notice's deadline): no second try at 0 rows
      delete(c, store.records().byId(c, "record_id", recordId), what);
      return null;
    });
  }

  private void delete(Connection c, RecordUnits.ById record, Optional<String> what) throws SQLException {
    Statements.update(c, "DELETE FROM lf_due WHERE " + record.condition()
        + (what.isPresent() ? " AND what = ?" : ""), ps -> {
          int k = 1;
          for (UUID v : record.values()) {
            store.sql().uuid(ps, k++, v);
          }
          if (what.isPresent()) {
            ps.setString(k, what.get());
          }
        });
  }

  @Override
  public List<DueItem> due(Instant asOf, int max) {
    List<DueItem> out = new ArrayList<>();
    store.write("read the deadlines due", c -> {
      out.addAll(Statements.query(c, "SELECT " + COLUMNS + " FROM lf_due WHERE next_alert_at <= ? "
          + "ORDER BY next_alert_at LIMIT ?" + store.lockSkippingLocked(c), ps -> {
            Sql.instant(ps, 1, asOf);
            ps.setInt(2, max);
          }, this::item));
      return null;
    });
    return out;
  }

  @Override
  public boolean anyDue(Instant asOf) {
    // the first alert by the index (MIN reads one end of it), compared here: a LIMIT 1 under the condition may be
    // planned as a scan of the table when the statistics expect many rows due, and find none after a morning's tick
    return store.read("look for deadlines due", c -> Statements.first(Statements.query(c,
        "SELECT MIN(next_alert_at) AS first FROM lf_due", ps -> { }, rs -> Optional.ofNullable(Sql.instant(rs,
        "first"))))).flatMap(first -> first).map(first -> !first.isAfter(asOf)).orElse(false);
  }

  @Override
  public List<DueItem> of(UUID recordId) {
    return store.read("read a record's deadlines", c -> Statements.query(c, "SELECT " + COLUMNS
        + " FROM lf_due WHERE record_id = ? ORDER BY what", ps -> store.sql().uuid(ps, 1, recordId), this::item));
  }
}
