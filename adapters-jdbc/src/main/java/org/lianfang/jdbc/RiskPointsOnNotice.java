package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.NoticeKey;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * The risk points on public view (公示), a page at a time, for {@link JdbcRiskPoints}: the public's reads, bounded
 * (issue 10), apart from the commands' reads and writes of points.
 */
final class RiskPointsOnNotice {
  private final JdbcStoreCore store;

  RiskPointsOnNotice(JdbcStoreCore store) {
    this.store = store;
  }

  /**
   * {@link org.lianfang.spi.RiskPoints#onNotice}: a page of the points on public view in two statements (issue 10,
   * bounded public reads): the page's keys from the index of V009 ({@code lf_risk_point_state}: unit, state, id), in
   * key order after {@code after}, then those points, their main rows joined to their lists. A subtree of more than
   * {@value InUnits#PER_STATEMENT} units takes one key query per that many units, only until the page is full. Outside
   * a transaction a point may change between the two statements: the second reads it as it is then, and the caller
   * leaves it out if it is no longer on view. The key query reads the keys of the points on notice of the units it
   * names (the index's unit and state), sorted; only the page's points are read whole.
   */
  List<RiskPoint> page(Collection<UnitId> units, Set<NoticeAudience> audiences, LocalDate today,
      Optional<NoticeKey> after, int limit) {
    List<UUID> sorted = units.stream().map(UnitId::value).distinct()
        .filter(u -> after.isEmpty() || NoticeKey.UUID_ORDER.compare(u, after.get().unit().value()) >= 0)
        .sorted(NoticeKey.UUID_ORDER).toList();
    if (sorted.isEmpty() || audiences.isEmpty() || limit < 1) {
      return List.of();
    }
    return store.read("read a page of the points on public view", c -> {
      List<UUID> page = new ArrayList<>();
      for (int from = 0; from < sorted.size() && page.size() < limit; from += InUnits.PER_STATEMENT) {
        List<UUID> chunk = sorted.subList(from, Math.min(sorted.size(), from + InUnits.PER_STATEMENT));
        page.addAll(keys(c, chunk, audiences, today, after, limit - page.size()));
      }
      return page.isEmpty() ? List.<RiskPoint>of() : byIds(c, page);
    });
  }

  /**
   * The keys of a page, sorted by the server. Through ShardingSphere-JDBC they are sorted here instead, all of the
   * units' points on notice after the page's start read: its merge of the shards' sorted rows compares UUIDs as Java
   * does (signed halves), not as the databases and {@link NoticeKey#UUID_ORDER} do, so its first rows of a merged
   * {@code ORDER BY … LIMIT} are not the page's.
   */
  private List<UUID> keys(Connection c, List<UUID> units, Set<NoticeAudience> audiences, LocalDate today,
      Optional<NoticeKey> after, int limit) throws SQLException {
    boolean sharded = store.throughShardingSphere(c);
    String sql = "SELECT unit_id, risk_point_id FROM lf_risk_point WHERE unit_id" + InUnits.in(units.size())
        + " AND state IN ('PUBLISHED', 'CONFIRMED') AND n_audience" + InUnits.in(audiences.size())
        + " AND n_start <= ?" + (after.isPresent() ? " AND (unit_id > ? OR (unit_id = ? AND risk_point_id > ?))" : "")
        + (sharded ? "" : " ORDER BY unit_id, risk_point_id LIMIT ?");
    if (sharded) {
      List<NoticeKey> all = Statements.query(c, sql, ps -> bindKeys(ps, units, audiences, today, after),
          rs -> new NoticeKey(new UnitId(store.sql().uuid(rs, "unit_id")),
              new RiskPointId(store.sql().uuid(rs, "risk_point_id"))));
      return all.stream().sorted().limit(limit).map(k -> k.point().value()).toList();
    }
    return Statements.query(c, sql, ps -> ps.setInt(bindKeys(ps, units, audiences, today, after), limit),
        rs -> store.sql().uuid(rs, "risk_point_id"));
  }

  /** Binds {@link #keys}' condition; @return the position after it. */
  private int bindKeys(PreparedStatement ps, List<UUID> units, Set<NoticeAudience> audiences, LocalDate today,
      Optional<NoticeKey> after) throws SQLException {
    int k = 1;
    for (UUID u : units) {
      store.sql().uuid(ps, k++, u);
    }
    for (NoticeAudience a : audiences) {
      ps.setString(k++, a.name());
    }
    Sql.day(ps, k++, today);
    if (after.isPresent()) {
      store.sql().uuid(ps, k++, after.get().unit().value());
      store.sql().uuid(ps, k++, after.get().unit().value());
      store.sql().uuid(ps, k++, after.get().point().value());
    }
    return k;
  }

  /** The points of the given ids, in the order given, each read whole in one statement with its lists. */
  private List<RiskPoint> byIds(Connection c, List<UUID> ids) throws SQLException {
    String in = "risk_point_id" + InUnits.in(ids.size());
    String sql = JdbcRiskPoints.joined(in, "m." + in, "m.risk_point_id, l.t, l.ordinal");
    RiskPointRows.Lists l = new RiskPointRows.Lists();
    Map<UUID, Function<RiskPointRows.Lists, RiskPoint>> main = new LinkedHashMap<>();
    Statements.query(c, sql, InUnits.cyclically(store.sql(), sql, ids), rs -> {
      UUID id = store.sql().uuid(rs, 1);
      if (!main.containsKey(id)) {
        main.put(id, RiskPointRows.row(store.sql(), rs));
      }
      RiskPointRows.listElement(rs, id, l, RiskPointRows.JOINED_T, RiskPointRows.JOINED_POSITION);
      return null;
    });
    List<RiskPoint> points = new ArrayList<>(ids.size());
    ids.stream().filter(main::containsKey).forEach(id -> points.add(main.get(id).apply(l)));
    return points;
  }
}
