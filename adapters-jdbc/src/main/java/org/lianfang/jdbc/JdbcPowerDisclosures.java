package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.control.DisclosureChannel;
import org.lianfang.control.DisclosureContent;
import org.lianfang.control.DisclosureField;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.PowerDisclosureId;
import org.lianfang.control.Withdrawal;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.organization.PowerItemId;
import org.lianfang.spi.PowerDisclosures;

/**
 * Power disclosures in {@code lf_power_disclosure}, their published fields in {@code lf_disclosure_field}, their
 * channels in {@code lf_disclosure_channel} (schema version 13).
 */
final class JdbcPowerDisclosures implements PowerDisclosures, BulkInsert<PowerDisclosure> {
  private static final String COLUMNS = "disclosure_id, unit_id, power_item_id, item_version, from_day, until_day, "
      + "published, withdrawn, withdrawal_reason, version";
  private static final String INSERT = "INSERT INTO lf_power_disclosure (" + COLUMNS + ") VALUES ("
      + "?, ".repeat(9) + "?)";
  private static final String UPDATE = "UPDATE lf_power_disclosure SET power_item_id = ?, item_version = ?, "
      + "from_day = ?, until_day = ?, published = ?, withdrawn = ?, withdrawal_reason = ?, version = version + 1 "
      + "WHERE disclosure_id = ? AND unit_id = ? AND version = ?";
  private final JdbcStoreCore store;

  JdbcPowerDisclosures(JdbcStoreCore store) {
    this.store = store;
  }

  private List<PowerDisclosure> load(Connection c, String condition, List<UUID> values) throws SQLException {
    return store.consistently(c, "lf_power_disclosure", "disclosure_id", condition,
        InUnits.cyclically(store.sql(), values.size(), values), () -> loadOnce(c, condition, values));
  }

  private List<PowerDisclosure> loadOnce(Connection c, String condition, List<UUID> values) throws SQLException {
    Sql sql = store.sql();
    Statements.Binder bind = InUnits.cyclically(sql, values.size(), values);
    Map<UUID, Map<DisclosureField, String>> fields = new HashMap<>();
    Statements.query(c, "SELECT disclosure_id, field, content FROM lf_disclosure_field WHERE " + condition,
        bind, rs -> fields.computeIfAbsent(sql.uuid(rs, "disclosure_id"),
            k -> new EnumMap<>(DisclosureField.class))
            .put(DisclosureField.valueOf(rs.getString("field")), Sql.requiredText(rs, "content")));
    Map<UUID, Set<DisclosureChannel>> channels = new HashMap<>();
    Statements.query(c, "SELECT disclosure_id, channel FROM lf_disclosure_channel WHERE " + condition,
        bind, rs -> channels.computeIfAbsent(sql.uuid(rs, "disclosure_id"),
            k -> EnumSet.noneOf(DisclosureChannel.class)).add(DisclosureChannel.valueOf(rs.getString("channel"))));
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_power_disclosure WHERE " + condition
        + " ORDER BY disclosure_id", bind, rs -> {
          UUID id = sql.uuid(rs, "disclosure_id");
          DisclosureContent content = new DisclosureContent(fields.getOrDefault(id, Map.of()),
              channels.getOrDefault(id, Set.of()), Sql.day(rs, "from_day"),
              Optional.ofNullable(Sql.day(rs, "until_day")));
          LocalDate withdrawn = Sql.day(rs, "withdrawn");
          Optional<Withdrawal> withdrawal = withdrawn == null ? Optional.empty()
              : Optional.of(new Withdrawal(withdrawn, Sql.requiredText(rs, "withdrawal_reason")));
          return PowerDisclosure.restore(new PowerDisclosureId(id), new UnitId(sql.uuid(rs, "unit_id")),
              new PowerItemId(sql.uuid(rs, "power_item_id")), rs.getLong("item_version"), content,
              Sql.day(rs, "published"), withdrawal, rs.getLong("version"));
        });
  }

  /** Binds every column but the id, the unit and the version, from parameter {@code from} on. */
  private void bindColumns(PreparedStatement ps, int from, PowerDisclosure d) throws SQLException {
    int k = from;
    store.sql().uuid(ps, k++, d.powerItem().value());
    ps.setLong(k++, d.itemVersion());
    Sql.day(ps, k++, d.content().from());
    Sql.day(ps, k++, d.content().until().orElse(null));
    Sql.day(ps, k++, d.published());
    Sql.day(ps, k++, d.withdrawal().map(Withdrawal::day).orElse(null));
    Sql.text(ps, k, d.withdrawal().map(Withdrawal::reason).orElse(null));
  }

  private void insertChildren(Connection c, List<PowerDisclosure> disclosures) throws SQLException {
    Sql sql = store.sql();
    List<Map.Entry<PowerDisclosure, Map.Entry<DisclosureField, String>>> fields = new ArrayList<>();
    List<Map.Entry<PowerDisclosure, DisclosureChannel>> channels = new ArrayList<>();
    for (PowerDisclosure d : disclosures) {
      d.content().fields().entrySet().forEach(f -> fields.add(Map.entry(d, f)));
      d.content().channels().forEach(ch -> channels.add(Map.entry(d, ch)));
    }
    Statements.batch(c, "INSERT INTO lf_disclosure_field (unit_id, disclosure_id, field, content) "
        + "VALUES (?, ?, ?, ?)", fields, (ps, row) -> {
          sql.uuid(ps, 1, row.getKey().unitId().value());
          sql.uuid(ps, 2, row.getKey().id().value());
          ps.setString(3, row.getValue().getKey().name());
          Sql.text(ps, 4, row.getValue().getValue());
        });
    Statements.batch(c, "INSERT INTO lf_disclosure_channel (unit_id, disclosure_id, channel) VALUES (?, ?, ?)",
        channels, (ps, row) -> {
          sql.uuid(ps, 1, row.getKey().unitId().value());
          sql.uuid(ps, 2, row.getKey().id().value());
          ps.setString(3, row.getValue().name());
        });
  }

  /** Inserts disclosures (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<PowerDisclosure> disclosures) throws SQLException {
    Statements.batch(c, INSERT, disclosures, (ps, d) -> {
      store.sql().uuid(ps, 1, d.id().value());
      store.sql().uuid(ps, 2, d.unitId().value());
      bindColumns(ps, 3, d);
      ps.setLong(10, Statements.insertedVersion(d.version()));
    });
    insertChildren(c, disclosures);
  }

  @Override
  public Optional<PowerDisclosure> find(PowerDisclosureId id) {
    return store.records().find("read power disclosure " + id, "disclosure_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<PowerDisclosure> records) {
    store.insertBatch(PowerDisclosure.class, records);
  }

  @Override
  public void insert(PowerDisclosure d) {
    store.records().seen(d);
    store.write("insert power disclosure " + d.id(), c -> {
      insertAll(c, List.of(d));
      return null;
    });
  }

  @Override
  public void update(PowerDisclosure d) {
    store.write("update power disclosure " + d.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindColumns(ps, 1, d);
        store.sql().uuid(ps, 8, d.id().value());
        store.sql().uuid(ps, 9, d.unitId().value());
        ps.setLong(10, d.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("PowerDisclosure " + d.id(), d.version());
      }
      for (String table : List.of("lf_disclosure_field", "lf_disclosure_channel")) {
        Statements.update(c, "DELETE FROM " + table + " WHERE disclosure_id = ? AND unit_id = ?", ps -> {
          store.sql().uuid(ps, 1, d.id().value());
          store.sql().uuid(ps, 2, d.unitId().value());
        });
      }
      insertChildren(c, List.of(d));
      return null;
    });
  }

  @Override
  public List<PowerDisclosure> inUnit(UnitId unit) {
    return store.read("read the power disclosures of " + unit, c -> load(c, "unit_id = ?",
        List.of(unit.value())));
  }

  /** {@value InUnits#PER_STATEMENT} units in each statement, as {@link #inUnit} reads one. */
  @Override
  public java.util.Map<UnitId, List<PowerDisclosure>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the power disclosures of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, condition, chunk)));
  }
}
