package org.lianfang.jdbc;

import com.google.common.collect.Lists;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.monitoring.RoundOutcome;
import org.lianfang.spi.Outbox;

/**
 * The outbox in {@code lf_outbox} (schema version 17). A claim selects the ready rows {@code FOR UPDATE SKIP LOCKED}
 * (PostgreSQL, MariaDB 10.6 and later, H2 2.2 and later), so claimants racing never wait on each other's rows nor take
 * the same one, and writes each one's claim and lease in the same transaction: once it commits, the lease keeps the
 * row from others until it ends. Through ShardingSphere, whose PostgreSQL grammar lacks {@code SKIP LOCKED}, a claim
 * locks {@code FOR UPDATE}: a claimant waits for another's short claim to commit and then finds the rows it took
 * leased. A dispatcher's round on PostgreSQL (not through ShardingSphere) holds its rows by the locks alone ({@link
 * #round}).
 */
final class JdbcOutbox implements Outbox {
  /** How many times a write after the sends is tried when another transaction conflicts with it. */
  private static final int ATTEMPTS = 6;

  private static final String COLUMNS = "outbox_id, unit_id, idempotency_key, recipient, kind, link, subject_zh, "
      + "subject_en, body_zh, body_en, created_at, attempts, next_attempt_at, claimed_by, lease_until, last_error, "
      + "parked_at";
  private static final String INSERT = "INSERT INTO lf_outbox (" + COLUMNS + ") VALUES (" + "?, ".repeat(16) + "?)";
  /** The ready rows, to be locked as a claim locks ({@link JdbcStoreCore#lockSkippingLocked}). */
  private static final String READY = "SELECT " + COLUMNS + " FROM lf_outbox WHERE parked_at IS NULL AND "
      + "next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at LIMIT ?";
  /** The ready rows, locked, the transaction's idle timeout set to the lease as the first row is read. */
  private static final String READY_HELD = "SELECT " + COLUMNS + ", (SELECT set_config("
      + "'idle_in_transaction_session_timeout', ?, true)) AS idle_limit FROM lf_outbox WHERE parked_at IS NULL AND "
      + "next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at LIMIT ? "
      + "FOR UPDATE SKIP LOCKED";
  private static final String FAILED_HELD = "UPDATE lf_outbox SET attempts = attempts + 1, last_error = ?, "
      + "next_attempt_at = COALESCE(?, next_attempt_at), parked_at = ?, claimed_by = NULL, lease_until = NULL "
      + "WHERE outbox_id = ?";
  private static final String HOLD = "UPDATE lf_outbox SET claimed_by = ?, lease_until = ? WHERE outbox_id";
  private static final String HELD = " WHERE outbox_id = ? AND claimed_by = ?";
  private final JdbcStoreCore store;

  JdbcOutbox(JdbcStoreCore store) {
    this.store = store;
  }

  private OutboxMessage message(ResultSet rs) throws SQLException {
    Sql sql = store.sql();
    Notification n = new Notification(rs.getString("idempotency_key"), new UnitId(sql.uuid(rs, "unit_id")),
        rs.getString("recipient"), rs.getString("kind"), rs.getString("link"), Sql.requiredText(rs, "subject_zh"),
        Sql.requiredText(rs, "subject_en"), Sql.requiredText(rs, "body_zh"), Sql.requiredText(rs, "body_en"),
        Sql.instant(rs, "created_at"));
    String claimedBy = rs.getString("claimed_by");
    return new OutboxMessage(sql.uuid(rs, "outbox_id"), n, rs.getInt("attempts"), Sql.instant(rs, "next_attempt_at"),
        Optional.ofNullable(claimedBy), Optional.ofNullable(claimedBy == null ? null : Sql.instant(rs, "lease_until")),
        Optional.ofNullable(rs.getString("last_error")), Optional.ofNullable(Sql.instant(rs, "parked_at")));
  }

  @Override
  public void add(List<OutboxMessage> messages) {
    if (messages.isEmpty()) {
      return;
    }
    store.write("add to the outbox", c -> {
      Statements.batch(c, INSERT, messages, this::bind);
      return null;
    });
  }

  private void bind(PreparedStatement ps, OutboxMessage m) throws SQLException {
    Sql sql = store.sql();
    Notification n = m.notification();
    sql.uuid(ps, 1, m.id());
    sql.uuid(ps, 2, n.unitId().value());
    ps.setString(3, n.idempotencyKey());
    ps.setString(4, n.recipient());
    ps.setString(5, n.kind());
    ps.setString(6, n.link());
    Sql.text(ps, 7, n.subjectZh());
    Sql.text(ps, 8, n.subjectEn());
    Sql.text(ps, 9, n.bodyZh());
    Sql.text(ps, 10, n.bodyEn());
    Sql.instant(ps, 11, n.createdAt());
    ps.setInt(12, m.attempts());
    Sql.instant(ps, 13, m.nextAttemptAt());
    ps.setString(14, m.claimedBy().orElse(null));
    Sql.instant(ps, 15, m.leaseUntil().orElse(null));
    Sql.text(ps, 16, m.lastError().orElse(null));
    Sql.instant(ps, 17, m.parkedAt().orElse(null));
  }

  /**
   * One transaction: the ready rows selected {@code FOR UPDATE SKIP LOCKED} (through ShardingSphere {@code FOR
   * UPDATE}) and held by one {@code UPDATE … WHERE outbox_id IN (…)}. Measured on PostgreSQL: one {@code UPDATE …
   * RETURNING} over the locking select was slower.
   */
  @Override
  public List<OutboxMessage> claim(String claimant, Instant now, Duration lease, int max) {
    List<OutboxMessage> claimed = new ArrayList<>();
    Instant until = now.plus(lease);
    store.write("claim from the outbox", c -> {
      List<OutboxMessage> ready = Statements.query(c, READY + store.lockSkippingLocked(c), ps -> {
        Sql.instant(ps, 1, now);
        Sql.instant(ps, 2, now);
        ps.setInt(3, max);
      }, this::message);
      // one statement holds a batch (up to the store's IN-list size)
      for (List<OutboxMessage> part : Lists.partition(ready, InUnits.PER_STATEMENT)) {
        Statements.update(c, HOLD + InUnits.in(part.size()), ps -> {
          ps.setString(1, claimant);
          Sql.instant(ps, 2, until);
          for (int i = 0; i < part.size(); i++) {
            store.sql().uuid(ps, i + 3, part.get(i).id());
          }
        });
      }
      claimed.addAll(held(ready, claimant, until));
      return null;
    });
    return claimed;
  }

  private static List<OutboxMessage> held(List<OutboxMessage> rows, String claimant, Instant until) {
    List<OutboxMessage> held = new ArrayList<>(rows.size());
    for (OutboxMessage m : rows) {
      held.add(new OutboxMessage(m.id(), m.notification(), m.attempts(), m.nextAttemptAt(), Optional.of(claimant),
          Optional.of(until), m.lastError(), m.parkedAt()));
    }
    return held;
  }

  /**
   * On PostgreSQL a round holds its rows by their row locks, in one transaction around the sending, and writes no
   * lease: the locking select, the sends, the deletion of what was delivered and the failures, one commit. That is the
   * raw claim-and-delete loop's own work (issue 12's {@code outbox-bench}), where a written lease cost a second version
   * of every row. The lease becomes the server's: the select sets {@code idle_in_transaction_session_timeout} to it
   * for this transaction ({@code set_config(…, true)}), so the server ends a round whose instance stalls (or dies
   * without closing its connection) once it has sent nothing to the server for that long, and the rows are free
   * again; a connection that closes frees them at once. The rows are handed to the sending as held until a tenth
   * short of the lease, a margin for the round's last writes. Only the rows the round selected are deleted or
   * marked failed. The other databases take the default round, with a lease written: MariaDB's idle timeout is a
   * session variable, which a pooled connection would keep, and H2 has none; so does a round called inside a
   * transaction it does not own (a caller's, or the host's), which would send before that transaction commits, and a
   * round through ShardingSphere, where without {@code SKIP LOCKED} the others would wait for its sending.
   */
  @Override
  public int round(String claimant, Instant now, Duration lease, int max,
      Function<List<OutboxMessage>, RoundOutcome> sending) {
    if (store.dialect() != Dialect.POSTGRESQL || !store.jdbcTransactions().mayCommitOnAnotherThread()
        || store.throughShardingSphere()) {
      // a round inside a caller's or the host's transaction would send before that transaction commits, and the
      // rows it wrote itself are no one else's to skip: the lease, written and committed by the claim, as before;
      // through ShardingSphere, without SKIP LOCKED, a round holding its rows by their locks would hold up the others'
      // for the whole of its sending
      return Outbox.super.round(claimant, now, lease, max, sending);
    }
    int[] deleted = new int[1];
    // the rows are handed over as held a tenth short of the lease, so that a dispatcher leaving a row whose send could
    // outlast its hold (Dispatcher) records its round before the server's timer, which starts after the select, ends it
    Instant until = now.plus(lease.minus(lease.dividedBy(10)));
    store.write("dispatch a round of the outbox", c -> {
      List<OutboxMessage> ready = Statements.query(c, READY_HELD, ps -> {
        ps.setString(1, String.valueOf(Math.max(1, Math.min(lease.toMillis(), Integer.MAX_VALUE))));
        Sql.instant(ps, 2, now);
        Sql.instant(ps, 3, now);
        ps.setInt(4, max);
      }, this::message);
      RoundOutcome outcome = sending.apply(held(ready, claimant, until));
      java.util.Set<UUID> selected = new java.util.HashSet<>();
      ready.forEach(m -> selected.add(m.id()));
      List<RoundOutcome.Failure> failed = outcome.failed().stream().filter(f -> selected.contains(f.id())).toList();
      List<UUID> delivered = outcome.delivered().stream().filter(selected::contains).toList();
      if (!failed.isEmpty()) {
        Statements.batch(c, FAILED_HELD, failed, (ps, f) -> {
          Sql.text(ps, 1, OutboxMessage.cut(f.error()));
          Sql.instant(ps, 2, f.retryAt().orElse(null));
          Sql.instant(ps, 3, f.retryAt().isPresent() ? null : f.at());
          store.sql().uuid(ps, 4, f.id());
        });
      }
      deleted[0] = delete(c, delivered, Optional.empty()); // only rows this round holds
      return null;
    });
    return deleted[0];
  }

  @Override
  public int delivered(List<UUID> ids, String claimant) {
    if (ids.isEmpty()) {
      return 0;
    }
    int[] n = new int[1];
    again(() -> store.write("delete delivered notifications", c -> {
      n[0] = delete(c, ids, Optional.of(claimant));
      return null;
    }));
    return n[0];
  }

  /**
   * Runs a write that follows a round's sends (deleting the rows delivered, recording a failure) again when the
   * database broke it as a deadlock with another dispatcher's (MariaDB does, under load): it touches only rows the
   * claimant holds, so repeating it is safe, and giving up would leave delivered rows to be sent twice after their
   * lease. Only in a transaction of its own: a conflict in a caller's rolls the caller's work back too.
   */
  private void again(Runnable write) {
    for (int attempt = 1; ; attempt++) {
      try {
        write.run();
        return;
      } catch (StaleAggregateException e) {
        if (store.inTransaction() || attempt == ATTEMPTS) {
          throw e;
        }
        try {
          Thread.sleep(1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(10 * attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** Deletes rows, only those the claimant holds by its lease if one is given, and all of them if not. */
  private int delete(java.sql.Connection c, List<UUID> ids, Optional<String> claimant) throws SQLException {
    int n = 0;
    int first = claimant.isPresent() ? 2 : 1;
    for (List<UUID> part : Lists.partition(ids, InUnits.PER_STATEMENT)) {
      n += Statements.update(c, "DELETE FROM lf_outbox WHERE " + (claimant.isPresent() ? "claimed_by = ? AND " : "")
          + "outbox_id" + InUnits.in(part.size()), ps -> {
            if (claimant.isPresent()) {
              ps.setString(1, claimant.get());
            }
            for (int i = 0; i < part.size(); i++) {
              store.sql().uuid(ps, i + first, part.get(i));
            }
          });
    }
    return n;
  }

  @Override
  public boolean failed(UUID id, String claimant, String error, Optional<Instant> retryAt, Instant now) {
    int[] n = new int[1];
    String set = retryAt.isPresent()
        ? "UPDATE lf_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_by = NULL, "
            + "lease_until = NULL"
        : "UPDATE lf_outbox SET attempts = attempts + 1, last_error = ?, parked_at = ?, claimed_by = NULL, "
            + "lease_until = NULL";
    again(() -> store.write("record a failed delivery", c -> {
      n[0] = Statements.update(c, set + HELD, ps -> {
        Sql.text(ps, 1, OutboxMessage.cut(error));
        Sql.instant(ps, 2, retryAt.orElse(now));
        store.sql().uuid(ps, 3, id);
        ps.setString(4, claimant);
      });
      return null;
    }));
    return n[0] == 1;
  }

  @Override
  public List<OutboxMessage> parked(int max) {
    return store.read("read the parked notifications", c -> Statements.query(c, "SELECT " + COLUMNS
        + " FROM lf_outbox WHERE parked_at IS NOT NULL ORDER BY parked_at, outbox_id LIMIT ?",
        ps -> ps.setInt(1, max), this::message));
  }

  @Override
  public boolean retry(UUID id, Instant now) {
    int[] n = new int[1];
    store.write("retry a parked notification", c -> {
      n[0] = Statements.update(c, "UPDATE lf_outbox SET attempts = 0, next_attempt_at = ?, parked_at = NULL "
          + "WHERE outbox_id = ? AND parked_at IS NOT NULL", ps -> {
            Sql.instant(ps, 1, now);
            store.sql().uuid(ps, 2, id);
          });
      return null;
    });
    return n[0] == 1;
  }

  @Override
  public Optional<OutboxMessage> find(UUID id) {
    return store.read("read an outbox row", c -> Statements.first(Statements.query(c, "SELECT " + COLUMNS
        + " FROM lf_outbox WHERE outbox_id = ?", ps -> store.sql().uuid(ps, 1, id), this::message)));
  }

  @Override
  public long size() {
    return store.read("count the outbox", c -> Statements.first(Statements.query(c,
        "SELECT COUNT(*) AS n FROM lf_outbox", ps -> { }, rs -> rs.getLong("n"))).orElse(0L));
  }
}
