package org.lianfang.application.ledger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.ArchiveObject;
import org.lianfang.DomainEvent;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.AccessTarget;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.Session;
import org.lianfang.cycle.FrozenYear;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.kinds.RecordsByKind;
import org.lianfang.kinds.Reference;
import org.lianfang.ledger.ArchiveEvent;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitReferences;
import org.lianfang.process.BusinessProcess;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;

/**
 * One import's state, the {@link ArchiveSink} the source feeds ({@link LedgerImports}): what it has written and what
 * the current unit and the units above it hold. Not thread-safe: one per import.
 */
final class Importing implements ArchiveSink {
  private final Session s;
  private final Store store;
  private final ImportMode mode;
  private final ImportWrites writes;
  private final ImportDigests digests;
  /** The current unit's entries as the archive gives them, with where they are, for their hashes. */
  private final List<Named> entries = new ArrayList<>();
  /** The place in the tree of each unit of the archive met so far, root first. */
  private final Map<UnitId, List<UnitId>> paths = new HashMap<>();
  /**
   * The ids of the records of kinds visible below (officials) of the units from the current one up to the top of
   * the archive, for the references of the current unit's records to them.
   */
  private final Deque<Map.Entry<UnitId, Set<AggregateId>>> above = new ArrayDeque<>();
  /** The unit's records met so far by id: the archive's, and the store's its references named. */
  private final Map<AggregateId, Aggregate<?>> met = new HashMap<>();
  /** The current unit's records as the archive holds them, by id, in the archive's order, with their locations. */
  private final Map<UUID, Held> held = new LinkedHashMap<>();
  /** The latest entry of the current unit's chain that names each record. */
  private final Map<UUID, Named> latest = new HashMap<>();
  /** The current unit's frozen registers as the archive holds them. */
  private final ImportRegisters registers = new ImportRegisters();
  private UnitId unit;
  /** Whether the store held the current unit before the import (a restore in steps going on after a refusal). */
  private boolean unitStored;
  /** The units a restore in steps has committed (on the writing thread, {@link ImportDigests}). */
  private final AtomicInteger committed = new AtomicInteger();
  private String sectionAt;
  private Optional<ChainHead> storedHead = Optional.empty();
  private Optional<ChainHead> head = Optional.empty();
  /** The current unit's last entry in the archive so far. */
  private JournalEntry last;

  Importing(Session s, ImportMode mode, ImportDigests digests) {
    this.s = s;
    this.store = s.store();
    this.mode = mode;
    this.writes = new ImportWrites(s.store());
    this.digests = digests;
  }

  ImportResult result() {
    return writes.result();
  }

  @Override
  public void section(Unit archived, RecordsByKind records, String at) {
    boolean first = paths.isEmpty();
    unit = archived.id();
    sectionAt = at;
    String unitAt = at + "/unit";
    Optional<UnitId> parent = archived.parent();
    List<UnitId> path;
    boolean stored = store.units().find(unit).isPresent();
    unitStored = stored;
    if (stored) {
      path = s.path(unit);
    } else if (parent.isEmpty()) {
      path = List.of(unit);
    } else if (paths.containsKey(parent.get())) {
      path = below(paths.get(parent.get()));
    } else if (store.units().find(parent.get()).isPresent()) {
      path = below(s.path(parent.get()));
    } else if (first) {
      path = List.of(unit); // a subtree of another store: its root's parent stays a reference to a unit outside
    } else {
      throw ImportChecks.dangling(unitAt + "/parent", "上级单位", "parent unit", parent.get());
    }
    access(path, path.size() == 1 && !stored, at);
    boolean resumes = mode == ImportMode.RESTORE_IN_STEPS && stored;
    if (first && mode != ImportMode.MERGE && !resumes && !store.units().roots().isEmpty()) {
      throw ImportChecks.refused(at, "ledger.not-empty", "恢复只能导入空的存储，而该存储已有单位",
          "a restore goes into an empty store only, and this store holds units");
    }
    paths.put(unit, path);
    if (parent.isEmpty() || !paths.containsKey(parent.get())) {
      above.clear();
    } else {
      while (!above.isEmpty() && !above.peek().getKey().equals(parent.get())) {
        above.pop();
      }
    }
    met.clear();
    held.clear();
    latest.clear();
    registers.take();
    Set<AggregateId> visible = new HashSet<>();
    above.push(Map.entry(unit, visible));

    held.put(unit.value(), new Held(AggregateKinds.UNITS, archived, unitAt,
        put(AggregateKinds.UNITS, archived, unitAt)));
    for (AggregateKind<?, ?> kind : AggregateKinds.ofUnit()) {
      String list = at + "/" + kind.name();
      List<?> items = records.asMap().get(kind);
      for (int i = 0; i < items.size(); i++) {
        String here = list + "/" + i;
        Aggregate<?> r = kind.cast(items.get(i));
        ArchiveObject state = put(kind, r, here);
        met.put(r.id(), r);
        held.put(r.id().value(), new Held(kind, r, here, state));
        if (kind.visibleBelow()) {
          visible.add(r.id());
        }
      }
    }
    storedHead = store.journal().head(unit);
    head = storedHead;
    last = null;
  }

  private List<UnitId> below(List<UnitId> parentPath) {
    List<UnitId> path = new ArrayList<>(parentPath);
    path.add(unit);
    return path;
  }

  /** Asked before any record of the unit is compared or written. */
  private void access(List<UnitId> path, boolean newRoot, String at) {
    Optional<Refusal> denied =
        newRoot ? s.deny(Operation.IMPORT_LEDGER, AccessTarget.newRoot()) : Optional.empty();
    if (denied.isEmpty()) {
      denied = s.deny(Operation.IMPORT_LEDGER, new AccessTarget(path, false));
    }
    if (denied.isPresent()) {
      Refusal r = denied.get();
      throw new ImportRefused(new Refusal(r.code(), r.messageZh(), r.messageEn(), List.of(new Refusal.Violation(at,
          "ledger.access", "操作人无权导入该单位：" + r.messageZh(), "the actor may not import this unit: "
              + r.messageEn()))));
    }
  }

  @Override
  public void register(FrozenYear register, String at) {
    registers.add(unit, register, at);
  }

  @Override
  public void entry(JournalEntry e, String at) {
    ImportChecks.entry(e, at);
    ImportChecks.link(e, last, at);
    latest.put(e.recordId(), new Named(e, at));
    entries.add(new Named(e, at));
    last = e;
    if (storedHead.isPresent() && e.sequence() <= storedHead.get().sequence()) {
      if (e.sequence() == storedHead.get().sequence() && !storedAs(storedHead.get(), e)) {
        throw ImportChecks.journalConflict(at);
      }
      return;
    }
    if (resuming()) {
      throw resumedDiffers(at);
    }
    JournalEntry write = mode != ImportMode.MERGE ? e
        : next(new ArchiveEvent.EntryMerged(unit, e), e.recordId(), e.recordDigest());
    writes.entry(write);
    head = Optional.of(write.head());
  }

  @Override
  public void endSection() {
    String journalAt = sectionAt + "/journal";
    if (storedHead.isPresent() && (last == null || last.sequence() < storedHead.get().sequence())) {
      List<JournalEntry> stored = last == null ? List.of() : store.journal().read(unit, last.sequence(), 1);
      if (stored.isEmpty() || !storedAs(stored.get(0).head(), last)) {
        throw ImportChecks.journalConflict(journalAt);
      }
    }
    List<Map.Entry<Held, Named>> digested = new ArrayList<>(held.size());
    for (Held h : held.values()) {
      digested.add(Map.entry(h, named(h)));
    }
    if (!latest.isEmpty()) {
      Named gone = latest.values().stream().min(java.util.Comparator.comparingLong(n -> n.entry().sequence()))
          .orElseThrow();
      throw ImportChecks.refused(gone.at(), "ledger.record", "该条目记载的记录 " + gone.entry().recordId()
          + " 不在该单位的记录中", "the record " + gone.entry().recordId()
          + " this entry changed is not among the unit's records");
    }
    List<Named> hashed = List.copyOf(entries);
    entries.clear();
    ChainDigest digest = store.journal().digest();
    ImportRegisters.Held frozen = registers.take();
    for (FrozenYear y : frozen.all()) {
      if (resuming() && store.registers().frozenOn(unit, y.year()).isEmpty()) {
        throw resumedDiffers(frozen.where().get(y.year()));
      }
      writes.register(unit, y, frozen.where().get(y.year()));
    }
    Runnable checks = () -> {
      hashed.forEach(n -> ImportChecks.hash(digest, n.entry(), n.at()));
      digested.forEach(d -> ImportChecks.agrees(digest, d.getKey().kind(), d.getKey().state() != null
          ? d.getKey().state() : AggregateKinds.state(d.getKey().record()), d.getValue().entry(), d.getKey().at()));
      frozen.check(digest, hashed.stream().map(Named::entry).toList(), hashed.stream().map(Named::at).toList());
    };
    if (mode == ImportMode.RESTORE_IN_STEPS) {
      ImportWrites unitWrites = writes.take(); // written in a transaction of its own once its hashes are checked
      String at = sectionAt;
      digests.submit(checks, () -> {
        store.transactions().inTransaction(() -> {
          unitWrites.flush(at);
          return null;
        });
        committed.incrementAndGet();
      });
    } else {
      digests.submit(checks, () -> { });
      writes.flush(sectionAt);
    }
  }

  /** Whether a restore in steps is going on in a unit an earlier run of it wrote, which must be whole already. */
  private boolean resuming() {
    return mode == ImportMode.RESTORE_IN_STEPS && unitStored;
  }

  /**
   * A unit a restore in steps wrote is committed whole, so going on, the archive's unit must be exactly the stored
   * one: a record or an entry more is not the restore going on but history added beside the store's commands.
   */
  private static ImportRefused resumedDiffers(String at) {
    return ImportChecks.refused(at, "ledger.resume", "分步恢复接着进行时，已写入的单位须与档案完全一致，而档案多出了这一项",
        "going on with a restore in steps, a unit already written must be the archive's exactly, and the archive has "
            + "this more");
  }

  /**
   * @param r why a restore in steps was refused
   * @return the refusal, with how many units were written before it ({@code ledger.partial}) when any were
   */
  Refusal partial(Refusal r) {
    if (mode != ImportMode.RESTORE_IN_STEPS || committed.get() == 0) {
      return r;
    }
    List<Refusal.Violation> violations = new ArrayList<>(r.violations());
    int written = committed.get();
    violations.add(new Refusal.Violation("/units", "ledger.partial", "分步恢复已写入该单位之前的 " + written
        + " 个单位；改正档案后再次分步恢复即可接着进行", "units written before it: " + written + "; restore the corrected "
        + "archive in steps again to go on", "档案", "archive"));
    return new Refusal(r.code(), r.messageZh(), r.messageEn(), violations);
  }

  /**
   * Whether the store's entry at an archived entry's sequence is that entry: the same (the store holds the archive's
   * chain, or the archive the store's), or one a merge appended to carry it. The chains are hash-linked, and each
   * merge appended its carriers only after the one before matched, so matching there means matching up to there.
   */
  private boolean storedAs(ChainHead stored, JournalEntry archived) {
    if (stored.hash().equals(archived.hash())) {
      return true;
    }
    List<JournalEntry> there = store.journal().read(unit, stored.sequence(), 1);
    ArchiveEvent carrier = new ArchiveEvent.EntryMerged(unit, archived);
    return !there.isEmpty() && there.get(0).eventType().equals(carrier.type())
        && there.get(0).payload().equals(CanonicalJson.of(carrier));
  }

  /** @return the latest entry naming the record, taken out of {@link #latest}; a refusal if none does */
  private Named named(Held h) {
    Named named = latest.remove(h.record().id().value());
    if (named == null) {
      throw ImportChecks.refused(h.at(), "ledger.record", "该单位的日志中没有任何条目记载此" + h.kind().labelZh(),
          "no entry of the unit's journal records this " + h.kind().labelEn());
    }
    return named;
  }

  private JournalEntry next(DomainEvent e, UUID recordId, String recordDigest) {
    return JournalChain.next(store.journal().digest(), head, unit, e.type(), s.actor().id(), s.now(),
        CanonicalJson.of(e), recordId, recordDigest);
  }

  /**
   * Checks a record (its references, its sizes, a process's rules) and writes it unless the store holds it.
   *
   * @return its state, once made for the checks (its digest is compared at the section's end), or null if the store
   *     holds it already
   */
  private <A extends Aggregate<I>, I extends AggregateId> ArchiveObject put(
      AggregateKind<A, I> kind, Object record, String at) {
    A value = kind.cast(record);
    for (Reference ref : kind.references(value)) {
      reference(value.unitId(), ref, at);
    }
    if (value instanceof BusinessProcess p) {
      ImportChecks.process(p, met.values(), at);
    }
    // a restore goes into an empty store (a restore in steps, into units it has not written yet): only the archive
    // itself could hold the record already (a conflict when the unit is written); a merge, or a restore in steps
    // going on in a unit it wrote, leaves alone what the store holds identically
    Repository<A, I> repository = kind.in(store);
    boolean fresh = mode == ImportMode.RESTORE || mode == ImportMode.RESTORE_IN_STEPS && !unitStored;
    Optional<A> existing = fresh ? Optional.empty() : repository.find(value.id());
    if (existing.isPresent()) {
      if (!existing.get().equals(value)) {
        throw new ImportRefused(new Refusal(Refusal.Code.RULE_VIOLATED,
            "存储中已有同一标识的不同记录", "the store already holds a different record with this id",
            List.of(new Refusal.Violation(at, "ledger.conflict", "存储中已有同一标识的不同" + kind.labelZh(),
                "the store already holds a different " + kind.labelEn() + " with this id"))));
      }
      return null;
    }
    if (resuming()) {
      throw resumedDiffers(at);
    }
    // a store's closed year takes no new record from an archive either, as from no command (S-16); the archive's own
    // closed years are written after its records, so they refuse nothing of it
    Optional<Refusal> closed = fresh ? Optional.empty() : s.closedYear(value);
    if (closed.isPresent()) {
      throw ImportChecks.refused(at, "ledger.closed-year", "该记录属于存储中已关闭的年度：" + closed.get().messageZh(),
          "the record belongs to a year the store has closed: " + closed.get().messageEn());
    }
    ArchiveObject state = AggregateKinds.state(value);
    ImportChecks.record(kind, value, state, at);
    writes.record(kind, value);
    return state;
  }

  /**
   * A reference must name a record of the unit (of a kind visible below: of the unit or a unit above it) that came
   * earlier in the archive or that the store has, and the part it names, if any, must be one of that record's.
   */
  private void reference(UnitId owner, Reference ref, String record) {
    Aggregate<?> target = met.get(ref.id());
    if (target == null && ref.kind().visibleBelow()) {
      for (Map.Entry<UnitId, Set<AggregateId>> frame : above) {
        if (frame.getValue().contains(ref.id())) {
          return; // met in a unit above; parts of records visible below are not checked
        }
      }
    }
    if (target == null) {
      target = stored(owner, ref);
    }
    if (target == null || ref.part().isPresent() && !hasPart(ref.kind(), target, ref.part().get())) {
      AggregateKind<?, ?> kind = ref.kind();
      String zh = (kind.visibleBelow() ? "本单位或上级单位的" : "本单位的") + kind.labelZh();
      String en = kind.labelEn() + (kind.visibleBelow() ? " of the unit or a unit above it" : " of the unit");
      throw ImportChecks.dangling(record + "/" + ref.at(), zh, en,
          ref.part().map(part -> ref.id() + "/" + part).orElse(String.valueOf(ref.id())));
    }
  }

  /** The record a reference names from the store, if it is the unit's (or above it, for a kind visible below). */
  private Aggregate<?> stored(UnitId owner, Reference ref) {
    Optional<? extends Aggregate<?>> found = find(ref.kind(), ref.id());
    if (found.isEmpty()) {
      return null;
    }
    Aggregate<?> r = found.get();
    if (!UnitReferences.holds(owner, r, ref.kind().visibleBelow(), () -> path(owner))) {
      return null;
    }
    if (r.unitId().equals(owner)) {
      met.put(r.id(), r);
    }
    return r;
  }

  private List<UnitId> path(UnitId owner) {
    List<UnitId> path = paths.get(owner);
    return path != null ? path : s.path(owner);
  }

  /** The reference's id is of its kind's id type: {@link Reference}'s factories take them typed alike. */
  @SuppressWarnings("unchecked")
  private <A extends Aggregate<I>, I extends AggregateId> Optional<A> find(AggregateKind<A, I> kind, AggregateId id) {
    return kind.in(store).find((I) id);
  }

  private static <A extends Aggregate<?>> boolean hasPart(
      AggregateKind<A, ?> kind, Aggregate<?> record, Object part) {
    return kind.hasPart(kind.cast(record), part);
  }

  /** A record of the current unit as the archive holds it, with its state if the checks made it. */
  private record Held(AggregateKind<?, ?> kind, Aggregate<?> record, String at, ArchiveObject state) {}

  /** An entry and where it is. */
  private record Named(JournalEntry entry, String at) {}
}
