package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianfang.JournalConflictException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Deferred;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.spi.Journal;

/**
 * The journal in {@code lf_journal}, each chain's head in {@code lf_journal_head}. The database keeps a chain single
 * under concurrent writers (ARCHITECTURE.md decision 3): the head moves only by a compare-and-set update of its row
 * (or the insert of a first head, unique per unit), and {@code (unit_id, sequence)} is the journal's primary key, so
 * two writers can never both append the same sequence: the second gets a {@link JournalConflictException} and its
 * transaction rolls back.
 */
final class JdbcJournal implements Journal, BulkInsert<JournalEntry> {
  /** What reading a head reads: writes held back for other tables need not be sent before it. */
  private static final Set<String> HEAD = Set.of("lf_journal_head");
  private final JdbcStoreCore store;
  private final ArchiveDigest digest;

  JdbcJournal(JdbcStoreCore store, ArchiveDigest digest) {
    this.store = store;
    this.digest = digest;
  }

  /** The archive's digest, as {@code lf_archive} records it ({@link ArchiveDigest}). */
  @Override
  public ChainDigest digest() {
    return digest.get();
  }

  /**
   * Inside a transaction the head's row is locked ({@code FOR UPDATE}; on H2 by {@link #lockH2}) and remembered
   * ({@link LockedHead}): a command that is about to append locks its unit's chain, so a second command on the same
   * unit waits for the first to commit and then continues the new head instead of failing (decision 3: "a lock on the
   * chain head"), and reads it once. Outside a transaction it is a plain read.
   */
  @Override
  public Optional<ChainHead> head(UnitId unit) {
    if (!store.inTransaction()) {
      return read(unit, "");
    }
    Object locked = store.remembered().get(new LockedHead(unit));
    if (locked != null) {
      return Optional.of((ChainHead) locked);
    }
    Optional<ChainHead> head = locked(unit);
    head.ifPresent(h -> store.remembered().put(new LockedHead(unit), h));
    return head;
  }

  private Optional<ChainHead> locked(UnitId unit) {
    if (store.dialect() == Dialect.H2) {
      return lockH2(unit);
    }
    if (store.dialect() != Dialect.MYSQL) {
      return read(unit, " FOR UPDATE");
    }
    // MySQL/MariaDB: lock only a head that exists. Locking a missing row takes a gap lock there, and new units'
    // heads all fall in the same gap, so first appends in different units would wait on each other; a unit's first
    // head is guarded by its primary key instead.
    Optional<ChainHead> head = read(unit, "");
    return head.isPresent() ? read(unit, " FOR UPDATE") : head;
  }

  /**
   * On H2 the head is locked by an update that changes nothing and read from its {@code FINAL TABLE}: the same lock and
   * the same row as {@code FOR UPDATE}, which H2 parses again at every execution (it keeps no parsed {@code FOR
   * UPDATE} query in its statement cache), where this statement is parsed once per connection. A profile of
   * identification on H2 put the head's read at 111 samples of 1,573 with {@code FOR UPDATE}, 41 with this.
   */
  private Optional<ChainHead> lockH2(UnitId unit) {
    return store.readOnly("lock the journal head of " + unit, HEAD, c -> Statements.first(Statements.query(c,
        "SELECT sequence, hash FROM FINAL TABLE (UPDATE lf_journal_head SET sequence = sequence WHERE unit_id = ?)",
        ps -> store.sql().uuid(ps, 1, unit.value()),
        rs -> new ChainHead(unit, rs.getLong("sequence"), rs.getString("hash")))));
  }

  private Optional<ChainHead> read(UnitId unit, String lock) {
    return store.readOnly("read the journal head of " + unit, HEAD, c -> Statements.first(Statements.query(c,
        "SELECT sequence, hash FROM lf_journal_head WHERE unit_id = ?" + lock,
        ps -> store.sql().uuid(ps, 1, unit.value()),
        rs -> new ChainHead(unit, rs.getLong("sequence"), rs.getString("hash")))));
  }

  /**
   * The key under which a transaction remembers a unit's head it has locked ({@code FOR UPDATE}): no other transaction
   * can move it until this one ends, so the head is known without reading it again. Remembered by {@link #head} (a
   * head that exists), by {@link CodeCounter} (which locks the head as it takes a number) and, in a PostgreSQL
   * command's transaction, by {@link JdbcRiskPoints#find} (with the point); moved by every append and by a bulk load;
   * forgotten, with everything the transaction remembers, when a nested call rolls back.
   *
   * @param unit the unit
   */
  record LockedHead(UnitId unit) {}

  @Override
  public void append(JournalEntry e) {
    if (e.sequence() > 1 && store.dialect() == Dialect.POSTGRESQL) {
      store.defer(appendMovingHead(e));
      store.remembered().computeIfPresent(new LockedHead(e.unitId()), (k, v) -> e.head()); // held or sent, it moved
      return;
    }
    store.write("append to the journal of " + e.unitId(), c -> {
      if (e.sequence() > 1 && store.dialect() == Dialect.H2) {
        appendMovingHead(c, e);
        return null;
      }
      if (!moveHead(c, e)) {
        throw notContinuing(e);
      }
      try {
        insertAll(c, List.of(e));
      } catch (SQLException x) {
        if (Statements.isDuplicate(x)) {
          throw existsAlready(e, x);
        }
        throw x;
      }
      return null;
    });
    store.remembered().computeIfPresent(new LockedHead(e.unitId()), (k, v) -> e.head()); // locked, and moved here
  }

  /**
   * Appends each unit's entries after checking that they continue its head (locked, as {@link #head} locks it) and
   * each other, then moves each head once and inserts every entry in batches: a ledger's restore of a city (its bulk
   * load) writes a unit's journal in a few statements, not two per entry.
   *
   * @throws JournalConflictException if an entry does not continue its chain, or another writer started or moved a
   *     head meanwhile; nothing of the call is written
   */
  @Override
  public void appendAll(List<JournalEntry> entries) {
    if (entries.size() < 2) {
      entries.forEach(this::append);
      return;
    }
    Map<UnitId, List<JournalEntry>> byUnit = new LinkedHashMap<>();
    entries.forEach(e -> byUnit.computeIfAbsent(e.unitId(), u -> new ArrayList<>()).add(e));
    Map<UnitId, Optional<ChainHead>> heads = new LinkedHashMap<>();
    for (Map.Entry<UnitId, List<JournalEntry>> chain : byUnit.entrySet()) {
      Optional<ChainHead> head = head(chain.getKey());
      Optional<ChainHead> at = head;
      for (JournalEntry e : chain.getValue()) {
        if (!JournalChain.continues(at, e)) {
          throw notContinuing(e);
        }
        at = Optional.of(e.head());
      }
      heads.put(chain.getKey(), head);
    }
    store.write("append " + entries.size() + " entries to the journal", c -> {
      for (Map.Entry<UnitId, List<JournalEntry>> chain : byUnit.entrySet()) {
        List<JournalEntry> es = chain.getValue();
        JournalEntry last = es.get(es.size() - 1);
        Optional<ChainHead> head = heads.get(chain.getKey());
        if (head.isEmpty()) {
          startHead(c, last);
        } else if (!moveHead(c, head.get(), last)) {
          throw new JournalConflictException("journal of unit " + last.unitId() + ": another writer moved the head");
        }
      }
      insertAll(c, entries);
      return null;
    });
    byUnit.forEach((unit, es) -> store.remembered().computeIfPresent(new LockedHead(unit),
        (k, v) -> es.get(es.size() - 1).head()));
  }

  /** The head's compare-and-set update, which both one-statement appends below take their row from. */
  private static final String MOVE =
      "UPDATE lf_journal_head SET sequence = ?, hash = ? WHERE unit_id = ? AND sequence = ? AND hash = ?";
  /** The entry's insert after the head's update, taking its row from the head only if it moved to the entry. */
  private static final String INSERT_ENTRY = "INSERT INTO lf_journal (unit_id, sequence, event_type, actor_id, "
      + "at_ms, payload, record_id, record_digest, previous_hash, hash) SELECT unit_id, ?, ?, ?, ?, ?, ?, ?, ?, ? "
      + "FROM lf_journal_head WHERE unit_id = ? AND sequence = ? AND hash = ?";
  private static final String INSERT_MOVED = "INSERT INTO lf_journal (unit_id, sequence, event_type, actor_id, at_ms, "
      + "payload, record_id, record_digest, previous_hash, hash) SELECT unit_id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM ";

  /**
   * On PostgreSQL the head's compare-and-set update and the entry's insert are one write the transaction holds back
   * and sends with the command's other writes, in one round trip ({@link Deferred}): the insert takes its row from
   * the head only if the update moved it to this entry, so when another writer moved the head first nothing is
   * inserted and the command fails; an entry another writer appended first is a duplicate key.
   */
  private Deferred appendMovingHead(JournalEntry e) {
    return new Deferred("append to the journal of " + e.unitId(), List.of(
        new Deferred.Part("lf_journal_head", MOVE, (ps, k) -> bindMove(ps, k, e),
            rows -> rows == 1 ? Optional.empty() : Optional.of(notContinuing(e))),
        new Deferred.Part("lf_journal", INSERT_ENTRY, (ps, k) -> {
              int next = bindMoved(ps, k, e);
              store.sql().uuid(ps, next, e.unitId().value());
              ps.setLong(next + 1, e.sequence());
              ps.setString(next + 2, e.hash());
              return next + 3;
            }, rows -> rows == 1 ? Optional.empty() : Optional.of(notContinuing(e)))),
        x -> Statements.isDuplicate(x) && String.valueOf(x.getMessage()).contains("lf_journal_pkey")
            ? Optional.of(existsAlready(e, x)) : Optional.empty());
  }

  /** On H2 the same in one statement through {@code FINAL TABLE}; MySQL and MariaDB have neither and take two. */
  private void appendMovingHead(Connection c, JournalEntry e) throws SQLException {
    int inserted;
    try {
      inserted = Statements.update(c, INSERT_MOVED + "FINAL TABLE (" + MOVE + ")",
          ps -> bindMove(ps, bindMoved(ps, 1, e), e));
    } catch (SQLException x) {
      if (Statements.isDuplicate(x)) {
        throw existsAlready(e, x);
      }
      throw x;
    }
    if (inserted != 1) {
      throw notContinuing(e);
    }
  }

  private int bindMove(PreparedStatement ps, int k, JournalEntry e) throws SQLException {
    ps.setLong(k, e.sequence());
    ps.setString(k + 1, e.hash());
    store.sql().uuid(ps, k + 2, e.unitId().value());
    ps.setLong(k + 3, e.sequence() - 1);
    ps.setString(k + 4, e.previousHash());
    return k + 5;
  }

  private int bindMoved(PreparedStatement ps, int k, JournalEntry e) throws SQLException {
    ps.setLong(k, e.sequence());
    ps.setString(k + 1, e.eventType());
    ps.setString(k + 2, e.actorId());
    Sql.instant(ps, k + 3, e.at());
    ps.setString(k + 4, e.payload());
    store.sql().uuid(ps, k + 5, e.recordId());
    ps.setString(k + 6, e.recordDigest());
    ps.setString(k + 7, e.previousHash());
    ps.setString(k + 8, e.hash());
    return k + 9;
  }

  private static JournalConflictException notContinuing(JournalEntry e) {
    return new JournalConflictException("journal of unit " + e.unitId() + ": entry " + e.sequence()
        + " does not continue the chain's head (another writer appended first)");
  }

  /** @return the conflict a duplicate key on inserting an entry means: another writer appended it first */
  private static JournalConflictException existsAlready(JournalEntry e, SQLException duplicate) {
    return new JournalConflictException("journal of unit " + e.unitId() + ": entry " + e.sequence()
        + " exists already", Statements.withheld(duplicate));
  }

  /** Inserts entries in batches; the caller has checked that they continue their chains and moved the heads. */
  @Override
  public void insertAll(Connection c, List<JournalEntry> entries) throws SQLException {
    Statements.batch(c, "INSERT INTO lf_journal (unit_id, sequence, event_type, actor_id, at_ms, payload, "
        + "record_id, record_digest, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries,
        (ps, e) -> {
          store.sql().uuid(ps, 1, e.unitId().value());
          ps.setLong(2, e.sequence());
          ps.setString(3, e.eventType());
          ps.setString(4, e.actorId());
          Sql.instant(ps, 5, e.at());
          ps.setString(6, e.payload());
          store.sql().uuid(ps, 7, e.recordId());
          ps.setString(8, e.recordDigest());
          ps.setString(9, e.previousHash());
          ps.setString(10, e.hash());
        });
  }

  /** Moves the head to the entry if the entry continues it; false if another writer moved it first. */
  private boolean moveHead(Connection c, JournalEntry e) throws SQLException {
    if (e.sequence() == 1) {
      if (!e.previousHash().equals(JournalChain.GENESIS)) {
        return false;
      }
      try {
        Statements.update(c, "INSERT INTO lf_journal_head (unit_id, sequence, hash) VALUES (?, 1, ?)", ps -> {
          store.sql().uuid(ps, 1, e.unitId().value());
          ps.setString(2, e.hash());
        });
        return true;
      } catch (SQLException x) {
        if (Statements.isDuplicate(x)) {
          return false;
        }
        throw x;
      }
    }
    return Statements.update(c, MOVE, ps -> bindMove(ps, 1, e)) == 1;
  }

  /** Starts a unit's head at the last of its first entries; a conflict if another writer started it first. */
  private void startHead(Connection c, JournalEntry last) throws SQLException {
    try {
      Statements.update(c, "INSERT INTO lf_journal_head (unit_id, sequence, hash) VALUES (?, ?, ?)", ps -> {
        store.sql().uuid(ps, 1, last.unitId().value());
        ps.setLong(2, last.sequence());
        ps.setString(3, last.hash());
      });
    } catch (SQLException x) {
      if (Statements.isDuplicate(x)) {
        throw new JournalConflictException("journal of unit " + last.unitId() + ": another writer started the "
            + "chain first", Statements.withheld(x));
      }
      throw x;
    }
  }

  /** Moves a unit's head from where it was read to the last of the entries appended; false if it moved meanwhile. */
  private boolean moveHead(Connection c, ChainHead from, JournalEntry last) throws SQLException {
    return Statements.update(c, MOVE, ps -> {
      ps.setLong(1, last.sequence());
      ps.setString(2, last.hash());
      store.sql().uuid(ps, 3, last.unitId().value());
      ps.setLong(4, from.sequence());
      ps.setString(5, from.hash());
    }) == 1;
  }

  @Override
  public List<JournalEntry> read(UnitId unit, long fromSequence, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    return store.read("read the journal of " + unit, c -> Statements.query(c,
        "SELECT unit_id, sequence, event_type, actor_id, at_ms, payload, record_id, record_digest, previous_hash, "
            + "hash FROM lf_journal WHERE unit_id = ? AND sequence >= ? ORDER BY sequence LIMIT ?", ps -> {
              store.sql().uuid(ps, 1, unit.value());
              ps.setLong(2, fromSequence);
              ps.setInt(3, limit);
            }, rs -> new JournalEntry(unit, rs.getLong("sequence"), rs.getString("event_type"),
                rs.getString("actor_id"), Sql.instant(rs, "at_ms"), rs.getString("payload"),
                store.sql().uuid(rs, "record_id"), rs.getString("record_digest"), rs.getString("previous_hash"),
                rs.getString("hash"))));
  }
}
