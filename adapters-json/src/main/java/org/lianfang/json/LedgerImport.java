package org.lianfang.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.ConflictException;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.kinds.Reference;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitReferences;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessProblem;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;

/**
 * Imports a ledger document into any {@link Store}: all or nothing, in one of the store's transactions, reading the
 * document as a stream (memory grows with the largest unit, not with the document).
 *
 * <ul>
 *   <li>Every record and journal entry is written as it is in the document (ids, versions, hashes), so the chains
 *       still verify and the store's later commands continue them.
 *   <li>A record the store already holds identically is left alone, so importing the same document twice changes
 *       nothing the second time; one the store holds differently refuses the document ({@code ledger.conflict}), as
 *       does a journal that is not a continuation of the store's chain ({@code ledger.journal-conflict}).
 *   <li>A unit's parent, and every reference its kind declares ({@link AggregateKind#references}: a tenure's post
 *       and official, a power item's posts, a step's post and powers, a risk point's post, step, power item and
 *       owners), must name a record of the unit that comes earlier in the document or that the store has
 *       ({@code ledger.dangling}); officials, a kind {@link AggregateKind#visibleBelow() visible below}, may also be
 *       on the staff of a unit above it. Processes must hold as {@code DefineProcess} requires
 *       ({@code ledger.process}); the texts each kind declares sized must fit the commands' sizes
 *       ({@code json.size}). Other rules between references that the commands
 *       apply (a risk point's power item exercised by its post, its step handled by its post) are not re-checked:
 *       a ledger records what was accepted when it was written.
 *   <li>Anything {@link LedgerReader} refuses is refused the same way; nothing is then written.
 * </ul>
 *
 * <p>A store failure other than a conflict (a lost connection, say) propagates as the store's exception, after the
 * transaction rolled back. An import checks no access: like restoring a database backup it is an administrative act
 * of the host, which
 * decides who may start it. Thread-safe; concurrent imports are serialized or made to conflict by the store.
 */
public final class LedgerImport {
  private final Store store;

  private LedgerImport(Store store) {
    this.store = store;
  }

  /** @param store where to import @return the importer */
  public static LedgerImport into(Store store) {
    return new LedgerImport(Objects.requireNonNull(store, "store"));
  }

  /**
   * Imports a document.
   *
   * @param in the document; left open
   * @return what was read and written, or why the document was refused (then the store is unchanged)
   * @throws IOException if the stream itself fails (then the store is unchanged)
   */
  public Outcome<ImportReport> from(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    try {
      return Outcome.accepted(store.transactions().inTransaction(() -> {
        Importing importing = new Importing();
        Outcome<LedgerCounts> read;
        try {
          read = LedgerReader.standard().read(in, importing);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (read instanceof Outcome.Refused<LedgerCounts> r) {
          throw new DocumentRefusedException(r.refusal());
        }
        return new ImportReport(read.orElseThrow(), importing.written());
      }));
    } catch (DocumentRefusedException e) {
      return Outcome.refused(e.refusal());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One import's state: what it has written and what the current section and its ancestors hold. */
  private final class Importing implements LedgerHandler {
    /** Records written so far by kind, and journal entries: counted as they go, made into counts once at the end. */
    private final Map<AggregateKind<?, ?>, Long> written = new HashMap<>();
    private long entriesWritten;
    private final Map<UnitId, Optional<UnitId>> parents = new HashMap<>();
    /**
     * The ids of the records of kinds visible below (officials) of the units from the current one up to the top of
     * the document, for the references of the current unit's records to them.
     */
    private final Deque<Map.Entry<UnitId, Set<AggregateId>>> above = new ArrayDeque<>();
    /** The unit's records met so far by id: the section's, and the store's its references named. */
    private final Map<AggregateId, Aggregate<?>> met = new HashMap<>();
    private Optional<ChainHead> storedHead = Optional.empty();
    private long lastSequence;
    private String lastHash;
    private String sectionAt;

    @Override
    public void section(LedgerSection s, String at) {
      Unit unit = s.unit();
      UnitId id = unit.id();
      sectionAt = at;
      if (unit.parent().isPresent()) {
        UnitId parent = unit.parent().get();
        if (!parents.containsKey(parent) && store.units().find(parent).isEmpty()) {
          throw dangling(Documents.child(Documents.child(at, "unit"), "parent"), "上级单位", "parent unit", parent);
        }
        while (!above.isEmpty() && !above.peek().getKey().equals(parent)) {
          above.pop();
        }
      } else {
        above.clear();
      }
      parents.put(id, unit.parent());
      met.clear();
      Set<AggregateId> visible = new HashSet<>();
      above.push(Map.entry(id, visible));

      put(AggregateKinds.UNITS, unit, Documents.child(at, "unit"));
      for (AggregateKind<?, ?> kind : AggregateKinds.ofUnit()) {
        String list = Documents.child(at, kind.name());
        List<?> records = s.records().asMap().get(kind);
        for (int i = 0; i < records.size(); i++) {
          String here = Documents.child(list, i);
          Aggregate<?> r = put(kind, records.get(i), here);
          met.put(r.id(), r);
          if (kind.visibleBelow()) {
            visible.add(r.id());
          }
        }
      }
      storedHead = store.journal().head(id);
      lastSequence = 0;
      lastHash = null;
    }

    LedgerCounts written() {
      return new LedgerCounts(written, entriesWritten);
    }

    @Override
    public void journalEntry(JournalEntry e, String at) {
      lastSequence = e.sequence();
      lastHash = e.hash();
      if (storedHead.isPresent() && e.sequence() <= storedHead.get().sequence()) {
        if (e.sequence() == storedHead.get().sequence() && !e.hash().equals(storedHead.get().hash())) {
          throw journalConflict(at);
        }
        return;
      }
      try {
        store.journal().append(e);
      } catch (ConflictException x) {
        throw journalConflict(at);
      }
      entriesWritten++;
    }

    @Override
    public void endSection(LedgerSection s) {
      if (storedHead.isPresent() && lastSequence < storedHead.get().sequence()) {
        List<JournalEntry> stored = store.journal().read(s.unit().id(), lastSequence, 1);
        if (stored.isEmpty() || !stored.get(0).hash().equals(lastHash)) {
          throw journalConflict(Documents.child(sectionAt, "journal"));
        }
      }
    }

    /**
     * Checks a record (its references, its sizes, a process's rules) and writes it unless the store holds it already.
     *
     * @return the record, typed
     */
    private <A extends Aggregate<I>, I extends AggregateId> A put(AggregateKind<A, I> kind, Object record, String at) {
      A value = kind.cast(record);
      for (Reference ref : kind.references(value)) {
        reference(value.unitId(), ref, at);
      }
      if (value instanceof BusinessProcess p) {
        process(p, at);
      }
      Repository<A, I> repository = kind.in(store);
      Optional<A> existing = repository.find(value.id());
      if (existing.isPresent()) {
        if (!existing.get().equals(value)) {
          throw new DocumentRefusedException(new Refusal(Refusal.Code.RULE_VIOLATED,
              "存储中已有同一标识的不同记录", "the store already holds a different record with this id",
              List.of(new Refusal.Violation(at, "ledger.conflict", "存储中已有同一标识的不同记录：" + existing.get(),
                  "the store already holds a different record with this id: " + existing.get()))));
        }
        return value;
      }
      limits(kind, value, at);
      try {
        repository.insert(value);
      } catch (ConflictException e) {
        // a code another record holds, or a writer that got there first; any other store failure propagates
        throw new DocumentRefusedException(new Refusal(Refusal.Code.RULE_VIOLATED, "存储拒绝写入此记录",
            "the store refused to write this record", List.of(new Refusal.Violation(at, "ledger.conflict",
                "编码已被其他记录占用，或另一写入方同时写入了它（可重试）：" + e.getMessage(),
                "its code is taken by another record, or another writer wrote it at the same time (retry): "
                    + e.getMessage()))));
      }
      written.merge(kind, 1L, Long::sum);
      return value;
    }

    /** Codes and names within the sizes the commands allow, so a store's columns always take them. */
    private <A extends Aggregate<?>> void limits(AggregateKind<A, ?> kind, A value, String at) {
      for (AggregateKind.SizedText<A> t : kind.sizedTexts()) {
        String text = t.text().apply(value);
        if (text.isBlank() || text.length() > t.max()) {
          throw new DocumentRefusedException(Documents.refusal(Documents.child(at, t.field()), "json.size",
              t.field() + " 须为 1 到 " + t.max() + " 个字符，且不能全为空白",
              t.field() + " must have 1 to " + t.max() + " characters, not all blank"));
        }
      }
    }

    /**
     * A reference must name a record of the unit (of a kind visible below: of the unit or a unit above it) that came
     * earlier in the document or that the store has, and the part it names, if any, must be one of that record's.
     */
    private void reference(UnitId unit, Reference ref, String record) {
      Aggregate<?> target = met.get(ref.id());
      if (target == null && ref.kind().visibleBelow()) {
        for (Map.Entry<UnitId, Set<AggregateId>> frame : above) {
          if (frame.getValue().contains(ref.id())) {
            return; // met in a section above; parts of records visible below are not checked
          }
        }
      }
      if (target == null) {
        target = stored(unit, ref);
      }
      if (target == null || ref.part().isPresent() && !hasPart(ref.kind(), target, ref.part().get())) {
        String at = record;
        for (String name : ref.at().split("/")) {
          at = Documents.child(at, name);
        }
        AggregateKind<?, ?> kind = ref.kind();
        String zh = (kind.visibleBelow() ? "本单位或上级单位的" : "本单位的") + kind.labelZh();
        String en = kind.labelEn() + (kind.visibleBelow() ? " of the unit or a unit above it" : " of the unit");
        throw dangling(at, zh, en, ref.part().map(part -> ref.id() + "/" + part).orElse(String.valueOf(ref.id())));
      }
    }

    /** The record a reference names from the store, if it is the unit's (or above it, for a kind visible below). */
    private Aggregate<?> stored(UnitId unit, Reference ref) {
      Optional<? extends Aggregate<?>> found = find(ref.kind(), ref.id());
      if (found.isEmpty()) {
        return null;
      }
      Aggregate<?> r = found.get();
      if (!UnitReferences.holds(unit, r, ref.kind().visibleBelow(), () -> path(unit))) {
        return null;
      }
      if (r.unitId().equals(unit)) {
        met.put(r.id(), r);
      }
      return r;
    }

    /** The reference's id is of its kind's id type: {@link Reference}'s factories take them typed alike. */
    @SuppressWarnings("unchecked")
    private <A extends Aggregate<I>, I extends AggregateId> Optional<A> find(AggregateKind<A, I> kind, AggregateId id) {
      return kind.in(store).find((I) id);
    }

    private <A extends Aggregate<?>> boolean hasPart(AggregateKind<A, ?> kind, Aggregate<?> record, Object part) {
      return kind.hasPart(kind.cast(record), part);
    }

    /**
     * A process must be as DefineProcess would accept it: steps unique, flows between its steps, all reachable, a
     * step's powers held by its post. Its steps' posts and powers were checked just before, so what this import met
     * of the unit holds every one the process names: no need to load the unit's from the store.
     */
    private void process(BusinessProcess p, String at) {
      Set<PostId> posts = new HashSet<>();
      Map<PowerItemId, Set<PostId>> powers = new HashMap<>();
      for (Aggregate<?> r : met.values()) {
        if (r instanceof Post post) {
          posts.add(post.id());
        } else if (r instanceof PowerItem item) {
          powers.put(item.id(), item.posts());
        }
      }
      List<ProcessProblem> problems = p.problems(posts, powers);
      if (!problems.isEmpty()) {
        ProcessProblem first = problems.get(0);
        throw new DocumentRefusedException(Documents.refusal(at, "ledger.process",
            "流程不成立：" + first.zh(), "the process does not hold: " + first.en()));
      }
    }

    private Set<UnitId> path(UnitId unit) {
      Set<UnitId> path = new HashSet<>();
      Optional<UnitId> u = Optional.of(unit);
      while (u.isPresent() && path.add(u.get())) {
        UnitId id = u.get();
        u = parents.containsKey(id) ? parents.get(id) : store.units().find(id).flatMap(Unit::parent);
      }
      return path;
    }

    private DocumentRefusedException dangling(String at, String zh, String en, Object id) {
      return new DocumentRefusedException(new Refusal(Refusal.Code.UNKNOWN_REFERENCE,
          "引用了文档和存储中都没有的" + zh, "refers to a " + en + " that neither the document nor the store has",
          List.of(new Refusal.Violation(at, "ledger.dangling", "引用了文档和存储中都没有的" + zh + "：" + id,
              "refers to a " + en + " that neither the document (before this point) nor the store has: " + id))));
    }

    private DocumentRefusedException journalConflict(String at) {
      return new DocumentRefusedException(new Refusal(Refusal.Code.RULE_VIOLATED,
          "日志与存储中的日志链不一致", "the journal does not continue the store's chain",
          List.of(new Refusal.Violation(at, "ledger.journal-conflict", "日志与存储中该单位的日志链不一致",
              "the journal is not the store's chain of the unit, nor a continuation of it"))));
    }
  }
}
