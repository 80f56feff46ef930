package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.control.CommitmentDimension;
import org.lianfang.control.CommitmentLife;
import org.lianfang.control.CommitmentState;
import org.lianfang.control.CommitmentTerms;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.control.Verdict;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.spi.ServiceCommitments;

/** Service commitments in {@code lf_service_commitment}, one row each (schema version 14). */
final class JdbcServiceCommitments implements ServiceCommitments, BulkInsert<ServiceCommitment> {
  private static final String COLUMNS = "commitment_id, unit_id, dimension, content, target, time_limit_days, "
      + "holder, post_id, from_day, until_day, proposed, state, reviewed, published, started, ended, verdict, "
      + "explanation, version";
  private static final String INSERT = "INSERT INTO lf_service_commitment (" + COLUMNS + ") VALUES ("
      + "?, ".repeat(18) + "?)";
  private static final String UPDATE = "UPDATE lf_service_commitment SET " + String.join(" = ?, ",
      COLUMNS.substring("commitment_id, unit_id, ".length(), COLUMNS.length() - ", version".length()).split(", "))
      + " = ?, version = version + 1 WHERE commitment_id = ? AND unit_id = ? AND version = ?";
  private final JdbcStoreCore store;

  JdbcServiceCommitments(JdbcStoreCore store) {
    this.store = store;
  }

  /** @param condition which rows, its parameters each one of {@code values} in turn */
  private List<ServiceCommitment> load(Connection c, String condition, List<UUID> values) throws SQLException {
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_service_commitment WHERE " + condition
        + " ORDER BY commitment_id", InUnits.cyclically(store.sql(), condition, values), this::commitment);
  }

  private ServiceCommitment commitment(ResultSet rs) throws SQLException {
    Sql sql = store.sql();
    int limit = rs.getInt("time_limit_days");
    Optional<Integer> timeLimit = rs.wasNull() ? Optional.empty() : Optional.of(limit);
    UUID post = sql.uuid(rs, "post_id");
    CommitmentTerms terms = new CommitmentTerms(CommitmentDimension.valueOf(rs.getString("dimension")),
        Sql.requiredText(rs, "content"), Sql.requiredText(rs, "target"), timeLimit,
        new OfficialId(sql.uuid(rs, "holder")), Optional.ofNullable(post).map(PostId::new), Sql.day(rs, "from_day"),
        Sql.day(rs, "until_day"));
    String verdict = rs.getString("verdict");
    CommitmentLife life = new CommitmentLife(CommitmentState.valueOf(rs.getString("state")),
        Optional.ofNullable(Sql.day(rs, "reviewed")), Optional.ofNullable(Sql.day(rs, "published")),
        Optional.ofNullable(Sql.day(rs, "started")), Optional.ofNullable(Sql.day(rs, "ended")),
        Optional.ofNullable(verdict).map(Verdict::valueOf), Optional.ofNullable(rs.getString("explanation")));
    return ServiceCommitment.restore(new ServiceCommitmentId(sql.uuid(rs, "commitment_id")),
        new UnitId(sql.uuid(rs, "unit_id")), terms, Sql.day(rs, "proposed"), life, rs.getLong("version"));
  }

  /** Binds every column but the id, the unit and the version, from parameter {@code from} on. */
  private void bindColumns(PreparedStatement ps, int from, ServiceCommitment s) throws SQLException {
    Sql sql = store.sql();
    CommitmentTerms t = s.terms();
    CommitmentLife l = s.life();
    int k = from;
    ps.setString(k++, t.dimension().name());
    Sql.text(ps, k++, t.content());
    Sql.text(ps, k++, t.target());
    if (t.timeLimitDays().isPresent()) {
      ps.setInt(k++, t.timeLimitDays().get());
    } else {
      ps.setNull(k++, Types.INTEGER);
    }
    sql.uuid(ps, k++, t.holder().value());
    sql.uuid(ps, k++, t.post().map(PostId::value).orElse(null));
    Sql.day(ps, k++, t.from());
    Sql.day(ps, k++, t.until());
    Sql.day(ps, k++, s.proposed());
    ps.setString(k++, l.state().name());
    Sql.day(ps, k++, l.reviewed().orElse(null));
    Sql.day(ps, k++, l.published().orElse(null));
    Sql.day(ps, k++, l.started().orElse(null));
    Sql.day(ps, k++, l.ended().orElse(null));
    ps.setString(k++, l.verdict().map(Enum::name).orElse(null));
    Sql.text(ps, k, l.explanation().orElse(null));
  }

  /** Inserts commitments (new ones as version 1, restored ones at their version), in one batch. */
  @Override
  public void insertAll(Connection c, List<ServiceCommitment> commitments) throws SQLException {
    Statements.batch(c, INSERT, commitments, (ps, s) -> {
      store.sql().uuid(ps, 1, s.id().value());
      store.sql().uuid(ps, 2, s.unitId().value());
      bindColumns(ps, 3, s);
      ps.setLong(19, Statements.insertedVersion(s.version()));
    });
  }

  @Override
  public Optional<ServiceCommitment> find(ServiceCommitmentId id) {
    return store.records().find("read service commitment " + id, "commitment_id", id.value(), this::load);
  }

  /** One batch ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<ServiceCommitment> records) {
    store.insertBatch(ServiceCommitment.class, records);
  }

  @Override
  public void insert(ServiceCommitment s) {
    store.records().seen(s);
    store.write("insert service commitment " + s.id(), c -> {
      insertAll(c, List.of(s));
      return null;
    });
  }

  @Override
  public void update(ServiceCommitment s) {
    store.write("update service commitment " + s.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindColumns(ps, 1, s);
        store.sql().uuid(ps, 17, s.id().value());
        store.sql().uuid(ps, 18, s.unitId().value());
        ps.setLong(19, s.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("ServiceCommitment " + s.id(), s.version());
      }
      return null;
    });
  }

  @Override
  public List<ServiceCommitment> inUnit(UnitId unit) {
    return store.read("read the service commitments of " + unit, c -> load(c, "unit_id = ?",
        List.of(unit.value())));
  }

  /** {@value InUnits#PER_STATEMENT} units in each statement, as {@link #inUnit} reads one. */
  @Override
  public java.util.Map<UnitId, List<ServiceCommitment>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the service commitments of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, condition, chunk)));
  }
}
