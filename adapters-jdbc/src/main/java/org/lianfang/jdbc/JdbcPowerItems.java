package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.spi.PowerItems;

/**
 * Power items in {@code lf_power_item}, the posts exercising them in {@code lf_power_item_post}; the basis of a secret
 * item's classification in {@code secrecy} (schema version 13), null when it is not secret.
 */
final class JdbcPowerItems implements PowerItems, BulkInsert<PowerItem> {
  private static final String COLUMNS = "power_item_id, unit_id, code, name, kind, legal_basis, boundary, "
      + "responsibility, secrecy, version";
  private final JdbcStoreCore store;

  JdbcPowerItems(JdbcStoreCore store) {
    this.store = store;
  }

  /**
   * The power items matching a condition on the main table ({@code i}), a UUID for each parameter, with their posts, in
   * one statement (a row per item and post): one round trip, and one snapshot of both tables on every database, so a
   * read never mixes an item's row with posts of another version.
   */
  private List<PowerItem> load(Connection c, String condition, List<UUID> values) throws SQLException {
    Sql sql = store.sql();
    Map<UUID, Function<Set<PostId>, PowerItem>> items = new LinkedHashMap<>();
    Map<UUID, Set<PostId>> posts = new HashMap<>();
    Statements.query(c, "SELECT i." + COLUMNS.replace(", ", ", i.") + ", p.post_id "
        + "FROM lf_power_item i LEFT JOIN lf_power_item_post p ON p.power_item_id = i.power_item_id WHERE "
        + condition + " ORDER BY i.power_item_id", InUnits.cyclically(sql, values.size(), values), rs -> {
          UUID id = sql.uuid(rs, "power_item_id");
          Set<PostId> itsPosts = posts.computeIfAbsent(id, k -> new HashSet<>());
          UUID post = sql.uuid(rs, "post_id");
          if (post != null) {
            itsPosts.add(new PostId(post));
          }
          if (!items.containsKey(id)) { // the item's columns from its first row
            UnitId unit = new UnitId(sql.uuid(rs, "unit_id"));
            String code = rs.getString("code");
            String name = rs.getString("name");
            AdministrativePower kind = AdministrativePower.valueOf(rs.getString("kind"));
            String basis = rs.getString("legal_basis");
            String boundary = rs.getString("boundary");
            String responsibility = rs.getString("responsibility");
            Optional<String> secrecy = Optional.ofNullable(rs.getString("secrecy"));
            long version = rs.getLong("version");
            items.put(id, all -> PowerItem.restore(new PowerItemId(id), unit, code, name, kind, basis, boundary,
                responsibility, all, secrecy, version));
          }
          return id;
        });
    List<PowerItem> loaded = new ArrayList<>(items.size());
    items.forEach((id, item) -> loaded.add(item.apply(posts.get(id))));
    return loaded;
  }

  private void insertPosts(Connection c, List<PowerItem> items) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (PowerItem p : items) {
      p.posts().forEach(post -> rows.add(new Object[] {p, post}));
    }
    Statements.batch(c, "INSERT INTO lf_power_item_post (unit_id, power_item_id, post_id) VALUES (?, ?, ?)", rows,
        (ps, row) -> {
          PowerItem p = (PowerItem) row[0];
          store.sql().uuid(ps, 1, p.unitId().value());
          store.sql().uuid(ps, 2, p.id().value());
          store.sql().uuid(ps, 3, ((PostId) row[1]).value());
        });
  }

  /**
   * Inserts power items (new ones as version 1, restored ones at their version), with their posts, one batch per
   * table.
   */
  @Override
  public void insertAll(Connection c, List<PowerItem> items) throws SQLException {
    Statements.batch(c, "INSERT INTO lf_power_item (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items,
        (ps, p) -> {
          store.sql().uuid(ps, 1, p.id().value());
          store.sql().uuid(ps, 2, p.unitId().value());
          ps.setString(3, p.code());
          ps.setString(4, p.name());
          ps.setString(5, p.kind().name());
          ps.setString(6, p.legalBasis());
          ps.setString(7, p.boundary());
          ps.setString(8, p.responsibility());
          Sql.text(ps, 9, p.secrecy().orElse(null));
          ps.setLong(10, Statements.insertedVersion(p.version()));
        });
    insertPosts(c, items);
  }

  @Override
  public Optional<PowerItem> find(PowerItemId id) {
    return store.records().find("read power item " + id, "i.power_item_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<PowerItem> records) {
    store.insertBatch(PowerItem.class, records);
  }

  @Override
  public void insert(PowerItem p) {
    store.records().seen(p);
    store.write("insert power item " + p.code(), c -> {
      insertAll(c, List.of(p));
      return null;
    });
  }

  @Override
  public void update(PowerItem p) {
    store.write("update power item " + p.code(), c -> {
      int n = Statements.update(c, "UPDATE lf_power_item SET code = ?, name = ?, kind = ?, legal_basis = ?, "
          + "boundary = ?, responsibility = ?, secrecy = ?, version = version + 1 "
          + "WHERE power_item_id = ? AND unit_id = ? AND version = ?", ps -> {
            ps.setString(1, p.code());
            ps.setString(2, p.name());
            ps.setString(3, p.kind().name());
            ps.setString(4, p.legalBasis());
            ps.setString(5, p.boundary());
            ps.setString(6, p.responsibility());
            Sql.text(ps, 7, p.secrecy().orElse(null));
            store.sql().uuid(ps, 8, p.id().value());
            store.sql().uuid(ps, 9, p.unitId().value());
            ps.setLong(10, p.version());
          });
      if (n == 0) {
        throw new StaleAggregateException("PowerItem " + p.id(), p.version());
      }
      Statements.update(c, "DELETE FROM lf_power_item_post WHERE power_item_id = ? AND unit_id = ?", ps -> {
        store.sql().uuid(ps, 1, p.id().value());
        store.sql().uuid(ps, 2, p.unitId().value());
      });
      insertPosts(c, List.of(p));
      return null;
    });
  }

  @Override
  public List<PowerItem> inUnit(UnitId unit) {
    return store.read("read the power list of " + unit, c -> load(c, "i.unit_id = ?",
        List.of(unit.value())));
  }

  @Override
  public List<PowerItem> ofPost(PostId post) {
    return store.read("read the power items of post " + post, c -> load(c,
        "i.power_item_id IN (SELECT power_item_id FROM lf_power_item_post WHERE post_id = ?)", List.of(post.value())));
  }

  /** {@value InUnits#PER_STATEMENT} units in each statement, as {@link #inUnit} reads one. */
  @Override
  public java.util.Map<UnitId, List<PowerItem>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the power lists of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, "i." + condition, chunk)));
  }
}
