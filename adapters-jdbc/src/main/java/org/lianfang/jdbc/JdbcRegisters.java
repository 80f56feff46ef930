package org.lianfang.jdbc;

import com.google.common.collect.Lists;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.cycle.FrozenRecords;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.risk.RiskPoint;
import org.lianfang.spi.Registers;

/**
 * The frozen registers in the tables of schema version 29: {@code lf_register} names each unit's frozen years, and
 * each table of a risk point or a control measure has a twin {@code lf_reg_…} with its columns in its order and the
 * year last. Freezing is one {@code INSERT … SELECT} per table, the live rows and the year; a register is read by the
 * live tables' statements on the twins ({@link #twins}), and an archive's is written by the live inserts on them
 * ({@link #twinInserts}). Thread-safe.
 */
final class JdbcRegisters implements Registers {
  /** The live tables of a point and of a measure, each with its twin. */
  static final List<String> TABLES = List.of("lf_risk_point", "lf_risk_source", "lf_risk_rule", "lf_risk_review",
      "lf_risk_comment", "lf_risk_custom", "lf_control_measure", "lf_control_measure_point", "lf_control_evidence");
  /** A register's header: the unit, the year, the day it froze. */
  private static final String HEADER =
      "INSERT INTO lf_register (unit_id, register_year, frozen_on) VALUES (?, ?, ?)";
  /**
   * PostgreSQL's freeze, the year written in ({@code %1$d}): the header's insert and the nine copies as data-modifying
   * {@code WITH} queries, each copy taking the unit as its parameter, and as its rows the ids and versions that the
   * copies of the points and the measures return.
   */
  private static final String IN_ONE = "WITH h AS (" + HEADER + ")" + String.join("", TABLES.stream()
      .map(t -> ", " + t.substring("lf_".length()) + " AS (INSERT INTO " + twin(t) + " SELECT t.*, %1$d FROM " + t
          + " t WHERE t.unit_id = ?" + (t.equals("lf_risk_point") ? " RETURNING risk_point_id, version"
              : t.equals("lf_control_measure") ? " RETURNING measure_id, version" : "") + ")").toList())
      + " SELECT risk_point_id, version FROM risk_point UNION ALL SELECT measure_id, version FROM control_measure";

  /** The condition on a single unit of the frozen reads. */
  private static final String ONE = "unit_id = ?";
  /** A single-row insert: its table, its columns and its values. */
  private static final Pattern INSERT = Pattern.compile("INSERT INTO (lf_\\w+) \\(([^()]*)\\) VALUES \\(([^()]*)\\)");

  private final JdbcStoreCore store;
  private final JdbcRiskPoints points;
  private final JdbcControlMeasures measures;

  JdbcRegisters(JdbcStoreCore store, JdbcRiskPoints points, JdbcControlMeasures measures) {
    this.store = store;
    this.points = points;
    this.measures = measures;
  }

  /** @param table a live table of {@link #TABLES} @return its register's twin */
  static String twin(String table) {
    return "lf_reg_" + table.substring("lf_".length());
  }

  /** @param sql a statement on the live tables of a point or a measure @return the same on their twins */
  static String twins(String sql) {
    return sql.replace("FROM lf_risk_", "FROM lf_reg_risk_").replace("FROM lf_control_", "FROM lf_reg_control_");
  }

  /**
   * On PostgreSQL one statement ({@link #IN_ONE}): one round trip, planned once per connection. Elsewhere, and through
   * ShardingSphere-JDBC (its parser refuses a {@code WITH} of data-modifying queries), the header, the nine copies in
   * one batch, then the ids and versions read back from the register.
   */
  @Override
  public List<String> freeze(UnitId unit, Year year, LocalDate day) {
    List<String> frozen = new ArrayList<>();
    store.write("freeze the register of " + year + " of unit " + unit, c -> {
      if (store.dialect() == Dialect.POSTGRESQL && !store.throughShardingSphere(c)) {
        frozen.addAll(inOne(c, unit, year, day));
        return null;
      }
      header(c, unit, year, day);
      // one batch of the nine copies, sent together rather than one statement each; the unit's id is written in as
      // text, which a UUID's canonical form makes safe
      try (Statement st = c.createStatement()) {
        for (String table : TABLES) {
          st.addBatch("INSERT INTO " + twin(table) + " SELECT t.*, " + year.getValue() + " FROM " + table
              + " t WHERE t.unit_id = '" + unit.value() + "'");
        }
        st.executeBatch();
      }
      frozen.addAll(Statements.query(c, "SELECT risk_point_id, version FROM lf_reg_risk_point WHERE unit_id = ? AND "
          + "register_year = ? UNION ALL SELECT measure_id, version FROM lf_reg_control_measure WHERE unit_id = ? "
          + "AND register_year = ?", ps -> {
            store.sql().uuid(ps, 1, unit.value());
            ps.setInt(2, year.getValue());
            store.sql().uuid(ps, 3, unit.value());
            ps.setInt(4, year.getValue());
          }, this::version));
      return null;
    });
    frozen.sort(null);
    return frozen;
  }

  private List<String> inOne(Connection c, UnitId unit, Year year, LocalDate day) throws SQLException {
    try {
      return Statements.query(c, String.format(Locale.ROOT, IN_ONE, year.getValue()), ps -> {
        store.sql().uuid(ps, 1, unit.value());
        ps.setInt(2, year.getValue());
        Sql.day(ps, 3, day);
        for (int k = 0; k < TABLES.size(); k++) {
          store.sql().uuid(ps, 4 + k, unit.value());
        }
      }, this::version);
    } catch (SQLException e) {
      if (Statements.isDuplicate(e)) {
        throw frozenAlready(unit, year, e);
      }
      throw e;
    }
  }

  private String version(ResultSet rs) throws SQLException {
    return Registers.version(store.sql().uuid(rs, 1), rs.getLong(2));
  }

  private static StaleAggregateException frozenAlready(UnitId unit, Year year, SQLException e) {
    return new StaleAggregateException("the register of " + year + " of unit " + unit + " is frozen already", e);
  }

  /** Names the unit's year as frozen, refused as stale when it is already. */
  private void header(Connection c, UnitId unit, Year year, LocalDate day) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(HEADER)) {
      store.sql().uuid(ps, 1, unit.value());
      ps.setInt(2, year.getValue());
      Sql.day(ps, 3, day);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (Statements.isDuplicate(e)) {
        throw frozenAlready(unit, year, e);
      }
      throw e;
    }
  }

  @Override
  public void restore(UnitId unit, Year year, LocalDate day, List<RiskPoint> points,
      List<ControlMeasure> measures) {
    if (points.stream().anyMatch(p -> !p.unitId().equals(unit))
        || measures.stream().anyMatch(m -> !m.unitId().equals(unit))) {
      throw new IllegalArgumentException("a register holds records of its unit " + unit + " only");
    }
    store.write("restore the register of " + year + " of unit " + unit, c -> {
      header(c, unit, year, day);
      UnaryOperator<String> twins = twinInserts(year);
      this.points.insertFrozen(c, points, twins);
      this.measures.insertFrozen(c, measures, twins);
      return null;
    });
  }

  /**
   * @param year a register's year
   * @return what makes a live table's single-row insert into its twin's, the year added as the last column
   */
  static UnaryOperator<String> twinInserts(Year year) {
    return sql -> {
      Matcher m = INSERT.matcher(sql);
      if (!m.matches() || !TABLES.contains(m.group(1))) {
        throw new IllegalArgumentException("not a single-row insert into a table of a point or a measure: " + sql);
      }
      return "INSERT INTO " + twin(m.group(1)) + " (" + m.group(2) + ", register_year) VALUES (" + m.group(3) + ", "
          + year.getValue() + ")";
    };
  }

  @Override
  public Optional<LocalDate> frozenOn(UnitId unit, Year year) {
    return store.read("read the register of " + year + " of unit " + unit, c -> Statements.first(Statements.query(c,
        "SELECT frozen_on FROM lf_register WHERE unit_id = ? AND register_year = ?", ps -> {
          store.sql().uuid(ps, 1, unit.value());
          ps.setInt(2, year.getValue());
        }, rs -> Sql.day(rs, 1))));
  }

  @Override
  public List<RiskPoint> points(UnitId unit, Year year) {
    return store.read("read the register of " + year + " of unit " + unit, c -> points.frozen(c, ONE,
        List.of(unit.value()), year));
  }

  @Override
  public List<ControlMeasure> measures(UnitId unit, Year year) {
    return store.read("read the register of " + year + " of unit " + unit, c -> measures.frozen(c, ONE,
        List.of(unit.value()), year));
  }

  /** {@value InUnits#PER_STATEMENT} units in each five statements: the days, the points' two, the measures' two. */
  @Override
  public Map<UnitId, FrozenRecords> frozen(Collection<UnitId> units, Year year) {
    return store.read("read the registers of " + year + " of " + units.size() + " units", c -> {
      Map<UnitId, LocalDate> days = new LinkedHashMap<>();
      units.forEach(u -> days.putIfAbsent(u, null));
      for (List<UnitId> chunk : Lists.partition(List.copyOf(days.keySet()), InUnits.PER_STATEMENT)) {
        Statements.query(c, "SELECT unit_id, frozen_on FROM lf_register WHERE unit_id" + InUnits.in(chunk.size())
            + " AND register_year = ?", ps -> {
              for (int k = 0; k < chunk.size(); k++) {
                store.sql().uuid(ps, k + 1, chunk.get(k).value());
              }
              ps.setInt(chunk.size() + 1, year.getValue());
            }, rs -> days.put(new UnitId(store.sql().uuid(rs, 1)), Sql.day(rs, 2)));
      }
      List<UnitId> frozen = days.keySet().stream().filter(u -> days.get(u) != null).toList();
      Map<UnitId, List<RiskPoint>> frozenPoints = InUnits.read(frozen, (condition, chunk) -> points.frozen(c,
          condition, chunk, year));
      Map<UnitId, List<ControlMeasure>> frozenMeasures = InUnits.read(frozen, (condition, chunk) -> measures.frozen(
          c, condition, chunk, year));
      Map<UnitId, FrozenRecords> found = new LinkedHashMap<>();
      frozen.forEach(u -> found.put(u, new FrozenRecords(days.get(u), frozenPoints.get(u), frozenMeasures.get(u))));
      return found;
    });
  }

  @Override
  public List<Year> years(UnitId unit) {
    return store.read("read the registers of unit " + unit, c -> Statements.query(c,
        "SELECT register_year FROM lf_register WHERE unit_id = ? ORDER BY register_year",
        ps -> store.sql().uuid(ps, 1, unit.value()), rs -> Year.of(rs.getInt(1))));
  }
}
