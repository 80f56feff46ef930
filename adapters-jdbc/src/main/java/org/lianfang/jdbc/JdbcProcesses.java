package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.Flow;
import org.lianfang.process.ProcessId;
import org.lianfang.process.ProcessStep;
import org.lianfang.process.StepId;
import org.lianfang.spi.Processes;

/** Processes in {@code lf_process}, their steps and flows in order in {@code lf_process_step} and {@code _flow}. */
final class JdbcProcesses implements Processes, BulkInsert<BusinessProcess> {
  private final JdbcStoreCore store;

  JdbcProcesses(JdbcStoreCore store) {
    this.store = store;
  }

  private List<BusinessProcess> load(Connection c, String condition, List<UUID> values) throws SQLException {
    return store.consistently(c, "lf_process", "process_id", condition,
        InUnits.cyclically(store.sql(), values.size(), values), () -> loadOnce(c, condition, values));
  }

  private List<BusinessProcess> loadOnce(Connection c, String condition, List<UUID> values) throws SQLException {
    Sql sql = store.sql();
    Statements.Binder bind = InUnits.cyclically(sql, values.size(), values);
    Map<UUID, List<ProcessStep>> steps = new HashMap<>();
    Statements.query(c, "SELECT process_id, step_code, name, post_id, powers FROM lf_process_step WHERE " + condition
        + " ORDER BY process_id, ordinal", bind,
        rs -> steps.computeIfAbsent(sql.uuid(rs, "process_id"), k -> new ArrayList<>()).add(new ProcessStep(
            new StepId(rs.getString("step_code")), rs.getString("name"), new PostId(sql.uuid(rs, "post_id")),
            Sql.uuids(rs.getString("powers")).stream().map(PowerItemId::new).collect(Collectors.toSet()))));
    Map<UUID, List<Flow>> flows = new HashMap<>();
    Statements.query(c, "SELECT process_id, from_code, to_code FROM lf_process_flow WHERE " + condition
        + " ORDER BY process_id, ordinal", bind,
        rs -> flows.computeIfAbsent(sql.uuid(rs, "process_id"), k -> new ArrayList<>())
            .add(new Flow(new StepId(rs.getString("from_code")), new StepId(rs.getString("to_code")))));
    return Statements.query(c, "SELECT process_id, unit_id, code, name, version FROM lf_process WHERE " + condition
        + " ORDER BY process_id", bind, rs -> {
          UUID id = sql.uuid(rs, "process_id");
          return BusinessProcess.restore(new ProcessId(id), new UnitId(sql.uuid(rs, "unit_id")), rs.getString("code"),
              rs.getString("name"), steps.getOrDefault(id, List.of()), flows.getOrDefault(id, List.of()),
              rs.getLong("version"));
        });
  }

  private void insertChildren(Connection c, List<BusinessProcess> processes) throws SQLException {
    Sql sql = store.sql();
    List<Object[]> steps = new ArrayList<>();
    List<Object[]> flows = new ArrayList<>();
    for (BusinessProcess p : processes) {
      for (int i = 0; i < p.steps().size(); i++) {
        steps.add(new Object[] {p, i, p.steps().get(i)});
      }
      for (int i = 0; i < p.flows().size(); i++) {
        flows.add(new Object[] {p, i, p.flows().get(i)});
      }
    }
    Statements.batch(c, "INSERT INTO lf_process_step (unit_id, process_id, ordinal, step_code, name, post_id, powers) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?)", steps, (ps, row) -> {
          BusinessProcess p = (BusinessProcess) row[0];
          ProcessStep s = (ProcessStep) row[2];
          sql.uuid(ps, 1, p.unitId().value());
          sql.uuid(ps, 2, p.id().value());
          ps.setInt(3, (Integer) row[1]);
          ps.setString(4, s.id().code());
          ps.setString(5, s.name());
          sql.uuid(ps, 6, s.post().value());
          Sql.text(ps, 7, Sql.uuids(s.powers().stream().map(PowerItemId::value).toList()));
        });
    Statements.batch(c, "INSERT INTO lf_process_flow (unit_id, process_id, ordinal, from_code, to_code) "
        + "VALUES (?, ?, ?, ?, ?)", flows, (ps, row) -> {
          BusinessProcess p = (BusinessProcess) row[0];
          Flow f = (Flow) row[2];
          sql.uuid(ps, 1, p.unitId().value());
          sql.uuid(ps, 2, p.id().value());
          ps.setInt(3, (Integer) row[1]);
          ps.setString(4, f.from().code());
          ps.setString(5, f.to().code());
        });
  }

  /**
   * Inserts processes (new ones as version 1, restored ones at their version), with their steps and flows, one
   * batch per table.
   */
  @Override
  public void insertAll(Connection c, List<BusinessProcess> processes) throws SQLException {
    Statements.batch(c, "INSERT INTO lf_process (process_id, unit_id, code, name, version) VALUES (?, ?, ?, ?, ?)",
        processes, (ps, p) -> {
          store.sql().uuid(ps, 1, p.id().value());
          store.sql().uuid(ps, 2, p.unitId().value());
          ps.setString(3, p.code());
          ps.setString(4, p.name());
          ps.setLong(5, Statements.insertedVersion(p.version()));
        });
    insertChildren(c, processes);
  }

  @Override
  public Optional<BusinessProcess> find(ProcessId id) {
    return store.records().find("read process " + id, "process_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<BusinessProcess> records) {
    store.insertBatch(BusinessProcess.class, records);
  }

  @Override
  public void insert(BusinessProcess p) {
    store.records().seen(p);
    store.write("insert process " + p.code(), c -> {
      insertAll(c, List.of(p));
      return null;
    });
  }

  @Override
  public void update(BusinessProcess p) {
    store.write("update process " + p.code(), c -> {
      int n = Statements.update(c, "UPDATE lf_process SET code = ?, name = ?, version = version + 1 "
          + "WHERE process_id = ? AND unit_id = ? AND version = ?", ps -> {
            ps.setString(1, p.code());
            ps.setString(2, p.name());
            store.sql().uuid(ps, 3, p.id().value());
            store.sql().uuid(ps, 4, p.unitId().value());
            ps.setLong(5, p.version());
          });
      if (n == 0) {
        throw new StaleAggregateException("BusinessProcess " + p.id(), p.version());
      }
      for (String table : List.of("lf_process_step", "lf_process_flow")) {
        Statements.update(c, "DELETE FROM " + table + " WHERE process_id = ? AND unit_id = ?", ps -> {
          store.sql().uuid(ps, 1, p.id().value());
          store.sql().uuid(ps, 2, p.unitId().value());
        });
      }
      insertChildren(c, List.of(p));
      return null;
    });
  }

  @Override
  public List<BusinessProcess> inUnit(UnitId unit) {
    return store.read("read the processes of " + unit, c -> load(c, "unit_id = ?", List.of(unit.value())));
  }
}
