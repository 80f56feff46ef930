package org.lianfang.application.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.ConflictException;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.internal.RegisterDigests;
import org.lianfang.cycle.FrozenYear;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.spi.Store;

/**
 * What an import writes of the unit it is reading, held until the unit's section has been checked whole and then
 * written in a few calls: each kind's new records in one {@link org.lianfang.spi.Repository#insertAll}, in the kinds'
 * order, its frozen registers ({@link org.lianfang.spi.Registers#restore}), and the unit's entries in one {@link
 * org.lianfang.spi.Journal#appendAll}, which a store may send in batches (the JDBC store does: a restore of a city is
 * its bulk load). Not thread-safe: one per import.
 */
final class ImportWrites {
  private final Store store;
  private final Map<AggregateKind<?, ?>, List<Aggregate<?>>> records = new LinkedHashMap<>();
  private final List<JournalEntry> entries = new ArrayList<>();
  /** The frozen registers to write, each with its unit and where it is. */
  private final List<Register> registers = new ArrayList<>();
  /** What every writer taken from the same first one has written. */
  private final Tally written;

  ImportWrites(Store store) {
    this(store, new Tally());
  }

  private ImportWrites(Store store, Tally written) {
    this.store = store;
    this.written = written;
  }

  /** Records written by kind, and entries. */
  private static final class Tally {
    private final Map<AggregateKind<?, ?>, Long> records = new HashMap<>();
    private long entries;
  }

  /**
   * Hands what is held to a writer of its own, to write later (a restore in steps holds a few units until their
   * hashes are checked), counting into the same result.
   *
   * @return the writer holding this one's records and entries; this one holds nothing after
   */
  ImportWrites take() {
    ImportWrites taken = new ImportWrites(store, written);
    taken.records.putAll(records);
    taken.entries.addAll(entries);
    taken.registers.addAll(registers);
    records.clear();
    entries.clear();
    registers.clear();
    return taken;
  }

  /** @param kind its kind @param record a record to write with its unit */
  void record(AggregateKind<?, ?> kind, Aggregate<?> record) {
    records.computeIfAbsent(kind, k -> new ArrayList<>()).add(record);
  }

  /**
   * @param unit its unit
   * @param register a frozen register to write with the unit's records
   * @param at where it is, for a refusal
   */
  void register(UnitId unit, FrozenYear register, String at) {
    registers.add(new Register(unit, register, at));
  }

  /** A register to write. */
  private record Register(UnitId unit, FrozenYear year, String at) {}

  /** @param entry an entry to append with its unit, after those held before it */
  void entry(JournalEntry entry) {
    entries.add(entry);
  }

  /**
   * Writes what is held: the records kind by kind, then the entries.
   *
   * @param at where the unit's section is, for a refusal
   * @throws ImportRefused if the store refuses a record ({@code ledger.conflict}: an id or a code taken, or a writer
   *     that got there first), holds another register of a year ({@code ledger.conflict}), or refuses the entries
   *     ({@code ledger.journal-conflict}: a writer moved the unit's head)
   */
  void flush(String at) {
    try {
      for (AggregateKind<?, ?> kind : AggregateKinds.all()) {
        List<Aggregate<?>> held = records.remove(kind);
        if (held != null) {
          insertAll(kind, held);
          written.records.merge(kind, (long) held.size(), Long::sum);
        }
      }
    } catch (ConflictException e) {
      // a code or an id another record holds, or a writer that got there first; any other failure propagates
      throw new ImportRefused(new Refusal(Refusal.Code.RULE_VIOLATED, "存储拒绝写入该单位的记录",
          "the store refused to write the unit's records", List.of(new Refusal.Violation(at, "ledger.conflict",
              "某条记录的标识或编码已被其他记录占用（档案中重复，或另一写入方同时写入；可重试）",
              "a record's id or code is taken by another record (twice in the archive, or written by another "
                  + "writer at the same time: retry)"))));
    }
    for (Register r : registers) {
      try {
        write(r.unit(), r.year(), r.at());
      } catch (ConflictException e) { // another writer froze the year meanwhile
        throw ImportChecks.refused(r.at(), "ledger.conflict", "另一写入方同时写入了该单位 " + r.year().year()
            + " 年度的冻结台账（可重试）", "another writer wrote the unit's register of " + r.year().year()
            + " at the same time: retry");
      }
    }
    registers.clear();
    try {
      store.journal().appendAll(entries);
    } catch (ConflictException e) {
      throw ImportChecks.journalConflict(at + "/journal");
    }
    written.entries += entries.size();
    entries.clear();
  }

  /**
   * Writes a register, unless the store holds the unit's register of that year already (a merge, or a restore in steps
   * going on): then the one held must be frozen on the same day with the same counts and digest.
   */
  private void write(UnitId unit, FrozenYear y, String at) {
    if (store.registers().frozenOn(unit, y.year()).isEmpty()) {
      store.registers().restore(unit, y.year(), y.frozenOn(), y.points(), y.measures());
      return;
    }
    ChainDigest digest = store.journal().digest();
    if (!store.registers().frozenOn(unit, y.year()).equals(java.util.Optional.of(y.frozenOn()))
        || !RegisterDigests.of(digest, y.year(), y.points(), y.measures()).equals(RegisterDigests.of(digest,
            y.year(), store.registers().points(unit, y.year()), store.registers().measures(unit, y.year())))) {
      throw ImportChecks.refused(at, "ledger.conflict", "存储中已有该单位 " + y.year() + " 年度的另一份冻结台账",
          "the store holds another register of " + y.year() + " for the unit");
    }
  }

  private <A extends Aggregate<I>, I extends AggregateId> void insertAll(
      AggregateKind<A, I> kind, List<Aggregate<?>> held) {
    kind.in(store).insertAll(held.stream().map(kind::cast).toList());
  }

  /** @return what was written so far */
  ImportResult result() {
    return new ImportResult(written.records, written.entries);
  }
}
