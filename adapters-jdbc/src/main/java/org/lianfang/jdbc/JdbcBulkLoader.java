package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.JournalConflictException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.kinds.RecordsByKind;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;

/**
 * The bulk path for loading a whole city (from a migration, a ledger import or a benchmark): each call writes many
 * records (new ones, version 0, as version 1; restored ones at their version) and continues their units' journal
 * chains in one transaction, with one prepared statement per
 * table sent in batches — no round trip per row. Records are taken as they are: the caller vouches that they are
 * valid and new; a duplicate id or code fails the whole call with a {@link org.lianfang.StaleAggregateException}. The
 * journal entries of each unit must continue that unit's chain — its stored head, then each other — and match their
 * hashes, or the whole call fails with a {@link JournalConflictException}. Thread-safe.
 */
public final class JdbcBulkLoader {
  private final JdbcStore store;

  JdbcBulkLoader(JdbcStore store) {
    this.store = store;
  }

  /**
   * What one call loads: records of every kind ({@link AggregateKinds#all()}), inserted kind by kind in that order,
   * and journal entries. Lists may be empty; a unit's parent before it.
   *
   * @param records the records, over the kinds of {@link AggregateKinds#all()}
   * @param journal journal entries, each unit's in sequence order
   */
  public record Batch(RecordsByKind records, List<JournalEntry> journal) {
    /**
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the records are not over every kind
     */
    public Batch {
      if (!records.kinds().equals(AggregateKinds.all())) {
        throw new IllegalArgumentException("a batch holds the kinds " + AggregateKinds.all() + ", not "
            + records.kinds());
      }
      journal = List.copyOf(journal);
    }

    /** @param journal journal entries, each unit's in sequence order @return a batch of those and no records */
    public static Batch of(List<JournalEntry> journal) {
      return new Batch(RecordsByKind.none(AggregateKinds.all()), journal);
    }

    /**
     * @param kind a kind
     * @param records records of that kind
     * @param <A> the aggregate
     * @return this batch with those records in place of the ones it had of that kind
     */
    public <A extends Aggregate<?>> Batch with(AggregateKind<A, ?> kind, List<? extends A> records) {
      return new Batch(this.records.with(kind, records), journal);
    }

    /** @return how many rows of aggregates and journal entries the batch holds (child rows not counted) */
    public long size() {
      return (long) records.size() + journal.size();
    }
  }

  /**
   * Loads a batch in one transaction (or in the caller's transaction, as a savepoint).
   *
   * @param batch what to load
   */
  public void load(Batch batch) {
    Objects.requireNonNull(batch, "batch");
    store.transactions().inTransaction(() -> {
      store.write("bulk-load " + batch.size() + " records", c -> {
        for (AggregateKind<?, ?> kind : batch.records().kinds()) {
          insert(c, kind, batch.records());
        }
        appendChains(c, batch.journal());
        return null;
      });
      return null;
    });
  }

  /** Each kind's repository inserts its own records, with its own SQL, batched. */
  private <A extends Aggregate<I>, I extends AggregateId> void insert(
      Connection c, AggregateKind<A, I> kind, RecordsByKind records) throws SQLException {
    store.bulkInsert(kind.type()).insertAll(c, records.records(kind));
  }

  private void appendChains(Connection c, List<JournalEntry> entries) throws SQLException {
    Map<UnitId, List<JournalEntry>> byUnit = new LinkedHashMap<>();
    entries.forEach(e -> byUnit.computeIfAbsent(e.unitId(), u -> new ArrayList<>()).add(e));
    List<JournalEntry> rows = new ArrayList<>(entries.size());
    for (Map.Entry<UnitId, List<JournalEntry>> chain : byUnit.entrySet()) {
      Optional<ChainHead> head = store.journal().head(chain.getKey());
      long sequence = head.map(ChainHead::sequence).orElse(0L);
      String previous = head.map(ChainHead::hash).orElse(JournalChain.GENESIS);
      for (JournalEntry e : chain.getValue()) {
        if (e.sequence() != sequence + 1 || !e.previousHash().equals(previous)
            || !JournalChain.expectedHash(e).equals(e.hash())) {
          throw new JournalConflictException("journal of unit " + e.unitId() + ": entry " + e.sequence()
              + " does not continue the chain at " + sequence + " or does not match its hash");
        }
        sequence = e.sequence();
        previous = e.hash();
      }
      rows.addAll(chain.getValue());
      JournalEntry last = chain.getValue().get(chain.getValue().size() - 1);
      if (head.isEmpty()) {
        try {
          Statements.update(c, "INSERT INTO lf_journal_head (unit_id, sequence, hash) VALUES (?, ?, ?)", ps -> {
            store.sql().uuid(ps, 1, last.unitId().value());
            ps.setLong(2, last.sequence());
            ps.setString(3, last.hash());
          });
        } catch (SQLException x) {
          if (Statements.isDuplicate(x)) {
            throw new JournalConflictException("journal of unit " + last.unitId() + ": another writer started the "
                + "chain first", org.lianfang.jdbc.internal.Statements.withheld(x));
          }
          throw x;
        }
      } else if (Statements.update(c, "UPDATE lf_journal_head SET sequence = ?, hash = ? WHERE unit_id = ? "
          + "AND sequence = ? AND hash = ?", ps -> {
            ps.setLong(1, last.sequence());
            ps.setString(2, last.hash());
            store.sql().uuid(ps, 3, last.unitId().value());
            ps.setLong(4, head.get().sequence());
            ps.setString(5, head.get().hash());
          }) != 1) {
        throw new JournalConflictException("journal of unit " + last.unitId() + ": another writer moved the head");
      }
      // a command that locked this head before loading in its transaction goes on from the head moved here
      store.remembered().computeIfPresent(new JdbcJournal.LockedHead(last.unitId()), (k, v) -> last.head());
    }
    store.bulkInsert(JournalEntry.class).insertAll(c, rows);
  }
}
