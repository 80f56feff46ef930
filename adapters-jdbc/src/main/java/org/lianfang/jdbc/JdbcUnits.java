package org.lianfang.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.spi.Units;

/** Units in {@code lf_unit}. */
final class JdbcUnits implements Units, BulkInsert<Unit> {
  private static final String COLUMNS = "unit_id, code, name, kind, parent_id, version";
  /** At most this many lineages are kept; past it the memory starts again empty. */
  private static final int KEPT_LINEAGES = 100_000;
  private final JdbcStoreCore store;
  /**
   * Lineages read from committed state, by unit (issue 9: every command checks access along its unit's lineage).
   * Units do not change once registered (no command moves, renames or removes one), so a committed lineage stays
   * true; {@link #update} and a restored unit's insert forget them all. A lineage read in a transaction is kept only
   * once it commits, so one that names a unit the transaction registered and then rolled back is never kept. One read
   * in a snapshot is never kept: the snapshot may be older than an update that forgot the lineages meanwhile (a
   * subtree's evaluation reads in one, issue 13).
   */
  private final Map<UnitId, List<Unit>> lineages = new ConcurrentHashMap<>();
  /** Moves on every update of a unit, so a lineage read before it is not kept after it. */
  private final AtomicLong generation = new AtomicLong();

  JdbcUnits(JdbcStoreCore store) {
    this.store = store;
  }

  private Unit row(ResultSet rs) throws SQLException {
    Sql sql = store.sql();
    return Unit.restore(new UnitId(sql.uuid(rs, "unit_id")), rs.getString("code"), rs.getString("name"),
        UnitKind.valueOf(rs.getString("kind")), Optional.ofNullable(sql.uuid(rs, "parent_id")).map(UnitId::new),
        rs.getLong("version"));
  }

  @Override
  public Optional<Unit> find(UnitId id) {
    return store.read("read unit " + id, c -> Statements.first(Statements.query(c,
        "SELECT " + COLUMNS + " FROM lf_unit WHERE unit_id = ?", ps -> store.sql().uuid(ps, 1, id.value()),
        this::row)));
  }

  /**
   * The unit and the units above it in one recursive query, whatever the depth (issue 9); at most 64 levels are read,
   * which no real hierarchy of units reaches, so that parents that loop (which commands never make) end.
   */
  @Override
  public List<Unit> lineage(UnitId unit) {
    List<Unit> known = lineages.get(unit);
    if (known != null) {
      return known;
    }
    long readIn = generation.get();
    List<Unit> up = store.read("read unit " + unit + " and the units above it", c -> store
        .throughShardingSphere(c) ? walkUp(c, unit) : Statements.query(c,
        "WITH RECURSIVE up (unit_id, code, name, kind, parent_id, version, depth) AS ("
            + "SELECT unit_id, code, name, kind, parent_id, version, 0 FROM lf_unit WHERE unit_id = ? "
            + "UNION ALL SELECT u.unit_id, u.code, u.name, u.kind, u.parent_id, u.version, up.depth + 1 "
            + "FROM lf_unit u JOIN up ON u.unit_id = up.parent_id WHERE up.depth < 64) "
            + "SELECT " + COLUMNS + " FROM up ORDER BY depth DESC", ps -> store.sql().uuid(ps, 1, unit.value()),
        this::row));
    java.util.Set<UnitId> seen = new java.util.HashSet<>();
    int from = up.size();
    while (from > 0 && seen.add(up.get(from - 1).id())) {
      from--;
    }
    List<Unit> lineage = List.copyOf(up.subList(from, up.size()));
    if (!lineage.isEmpty() && !store.inSnapshot()) {
      store.afterCommit(() -> keep(unit, lineage, readIn));
    }
    return lineage;
  }

  /**
   * The unit and every unit below it in one recursive query, whatever their number (issue 10, bounded public reads: a
   * read over a city's subtree is one round trip, not one per unit). Depth is bounded by 64, as {@link #lineage}'s.
   */
  @Override
  public List<Unit> subtree(UnitId root) {
    List<Unit> down = store.read("read unit " + root + " and the units below it", c -> store
        .throughShardingSphere(c) ? walkDown(c, root) : Statements.query(c,
        "WITH RECURSIVE down (unit_id, code, name, kind, parent_id, version, depth) AS ("
            + "SELECT unit_id, code, name, kind, parent_id, version, 0 FROM lf_unit WHERE unit_id = ? "
            + "UNION ALL SELECT u.unit_id, u.code, u.name, u.kind, u.parent_id, u.version, down.depth + 1 "
            + "FROM lf_unit u JOIN down ON u.parent_id = down.unit_id WHERE down.depth < 64) "
            + "SELECT " + COLUMNS + " FROM down", ps -> store.sql().uuid(ps, 1, root.value()), this::row));
    java.util.Set<UnitId> seen = new java.util.HashSet<>();
    return down.stream().filter(u -> seen.add(u.id())).toList();
  }

  /**
   * {@link #lineage}'s query where recursive queries are not understood (ShardingSphere-JDBC 5.5 refuses a recursive
   * {@code WITH}: its binder does not know the query's own columns): one unit at a time, upwards, at most 64, the
   * highest first. Lineages are kept, so this runs once per unit and depth.
   */
  private List<Unit> walkUp(java.sql.Connection c, UnitId unit) throws SQLException {
    java.util.LinkedList<Unit> up = new java.util.LinkedList<>();
    java.util.Set<UnitId> walked = new java.util.HashSet<>();
    Optional<UnitId> next = Optional.of(unit);
    while (next.isPresent() && up.size() <= 64 && walked.add(next.get())) { // parents that loop end at the first repeat
      UnitId id = next.get();
      Optional<Unit> found = Statements.first(Statements.query(c, "SELECT " + COLUMNS
          + " FROM lf_unit WHERE unit_id = ?", ps -> store.sql().uuid(ps, 1, id.value()), this::row));
      found.ifPresent(up::addFirst);
      next = found.flatMap(Unit::parent);
    }
    return up;
  }

  /**
   * {@link #subtree}'s query where recursive queries are not understood ({@link #walkUp}): every unit in one
   * statement (the units are few beside the records: 15,000 in a province; a sharded cluster holds them all on each
   * server), the subtree taken from them here, breadth first, to at most 64 levels below the root.
   */
  private List<Unit> walkDown(java.sql.Connection c, UnitId root) throws SQLException {
    Map<UnitId, List<Unit>> children = new java.util.HashMap<>();
    Unit[] top = new Unit[1];
    Statements.query(c, "SELECT " + COLUMNS + " FROM lf_unit", ps -> { }, rs -> {
      Unit u = row(rs);
      if (u.id().equals(root)) {
        top[0] = u;
      }
      u.parent().ifPresent(parent -> children.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(u));
      return null;
    });
    List<Unit> down = new java.util.ArrayList<>();
    if (top[0] == null) {
      return down;
    }
    List<Unit> level = List.of(top[0]);
    for (int depth = 0; depth <= 64 && !level.isEmpty(); depth++) {
      down.addAll(level);
      level = level.stream().flatMap(u -> children.getOrDefault(u.id(), List.of()).stream()).toList();
    }
    return down;
  }

  private void keep(UnitId unit, List<Unit> lineage, long readIn) {
    if (lineages.size() >= KEPT_LINEAGES) {
      lineages.clear();
    }
    if (generation.get() == readIn) {
      lineages.put(unit, lineage);
    }
  }

  /** Forgets every lineage kept, and any read before now that a transaction still means to keep. */
  private void forget() {
    generation.incrementAndGet();
    lineages.clear();
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<Unit> records) {
    store.insertBatch(Unit.class, records);
  }

  @Override
  public void insert(Unit u) {
    store.write("insert unit " + u.code(), c -> {
      insertAll(c, List.of(u));
      return null;
    });
  }

  /**
   * Inserts units in one batch: new ones as version 1, restored ones at their version. A restored unit may be the
   * parent that a stored unit names and the store lacked (the root of a subtree imported before its city: issue 10,
   * finding 1); then the lineages kept, which ended below it, are forgotten.
   */
  @Override
  public void insertAll(java.sql.Connection c, List<Unit> units) throws SQLException {
    List<UUID> restored = units.stream().filter(u -> u.version() > 0).map(u -> u.id().value()).toList();
    if (!restored.isEmpty() && namedAsParent(c, restored)) {
      forget();
      store.afterCommit(this::forget);
    }
    Statements.batch(c, "INSERT INTO lf_unit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", units, (ps, u) -> {
      store.sql().uuid(ps, 1, u.id().value());
      ps.setString(2, u.code());
      ps.setString(3, u.name());
      ps.setString(4, u.kind().name());
      store.sql().uuid(ps, 5, u.parent().map(UnitId::value).orElse(null));
      ps.setLong(6, Statements.insertedVersion(u.version()));
    });
  }

  /** Whether a stored unit other than these names one of them as its parent. */
  private boolean namedAsParent(java.sql.Connection c, List<UUID> ids) throws SQLException {
    for (List<UUID> chunk : com.google.common.collect.Lists.partition(ids, InUnits.PER_STATEMENT)) {
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      boolean named = Statements.first(Statements.query(c, "SELECT unit_id FROM lf_unit WHERE parent_id IN (" + marks
          + ") AND unit_id NOT IN (" + marks + ")", ps -> {
            for (int i = 0; i < chunk.size(); i++) {
              store.sql().uuid(ps, i + 1, chunk.get(i));
              store.sql().uuid(ps, chunk.size() + i + 1, chunk.get(i));
            }
          }, rs -> Boolean.TRUE)).isPresent();
      if (named) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void update(Unit u) {
    forget();
    store.write("update unit " + u.code(), c -> {
      store.afterCommit(this::forget);
      int n = Statements.update(c, "UPDATE lf_unit SET code = ?, name = ?, kind = ?, parent_id = ?, "
          + "version = version + 1 WHERE unit_id = ? AND version = ?", ps -> {
            ps.setString(1, u.code());
            ps.setString(2, u.name());
            ps.setString(3, u.kind().name());
            store.sql().uuid(ps, 4, u.parent().map(UnitId::value).orElse(null));
            store.sql().uuid(ps, 5, u.id().value());
            ps.setLong(6, u.version());
          });
      if (n == 0) {
        throw new StaleAggregateException("Unit " + u.id(), u.version());
      }
      return null;
    });
  }

  /** A unit's records of this kind are the unit itself (decision in docs/decisions.md, "Ports"). */
  @Override
  public List<Unit> inUnit(UnitId unit) {
    return store.read("read unit " + unit, c -> Statements.query(c,
        "SELECT " + COLUMNS + " FROM lf_unit WHERE unit_id = ? ORDER BY unit_id",
        ps -> store.sql().uuid(ps, 1, unit.value()), this::row));
  }

  @Override
  public List<Unit> children(UnitId parent) {
    return store.read("read the units below " + parent, c -> Statements.query(c,
        "SELECT " + COLUMNS + " FROM lf_unit WHERE parent_id = ? ORDER BY unit_id",
        ps -> store.sql().uuid(ps, 1, parent.value()), this::row));
  }

  @Override
  public Optional<Unit> byCode(String code) {
    return store.read("read unit " + code, c -> Statements.first(Statements.query(c,
        "SELECT " + COLUMNS + " FROM lf_unit WHERE code = ?", ps -> ps.setString(1, code), this::row)));
  }

  @Override
  public List<Unit> roots() {
    return store.read("read the root units", c -> Statements.query(c,
        "SELECT " + COLUMNS + " FROM lf_unit WHERE parent_id IS NULL OR NOT EXISTS "
            + "(SELECT 1 FROM lf_unit p WHERE p.unit_id = lf_unit.parent_id) ORDER BY unit_id", ps -> { }, this::row));
  }
}
