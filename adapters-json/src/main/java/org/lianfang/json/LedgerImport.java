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
import org.lianfang.Limits;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitReferences;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessId;
import org.lianfang.process.ProcessStep;
import org.lianfang.process.StepId;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;
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
 *   <li>Every reference (a unit's parent, a tenure's post and official, a power item's posts, a step's post and
 *       powers, a risk point's post, step, power item and owners) must name a record that comes earlier in the
 *       document or that the store has ({@code ledger.dangling}). Officials must be on the staff of the unit or a
 *       unit above it; processes must hold as {@code DefineProcess} requires ({@code ledger.process}); codes and
 *       names must fit the commands' sizes ({@code json.size}). Other rules between references that the commands
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
    /** Officials of the units from the current one up to the top of the document, for owner and holder checks. */
    private final Deque<Map.Entry<UnitId, Set<OfficialId>>> staff = new ArrayDeque<>();
    /** The unit's posts and power items (with their posts) met so far: the section's and the store's it named. */
    private final Set<PostId> posts = new HashSet<>();
    private final Map<PowerItemId, Set<PostId>> powers = new HashMap<>();
    private final Map<ProcessId, Set<StepId>> steps = new HashMap<>();
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
        while (!staff.isEmpty() && !staff.peek().getKey().equals(parent)) {
          staff.pop();
        }
      } else {
        staff.clear();
      }
      parents.put(id, unit.parent());
      posts.clear();
      powers.clear();
      steps.clear();
      Set<OfficialId> own = new HashSet<>();
      staff.push(Map.entry(id, own));

      put(AggregateKinds.UNITS, unit, Documents.child(at, "unit"));
      for (AggregateKind<?, ?> kind : AggregateKinds.ofUnit()) {
        String list = Documents.child(at, kind.name());
        List<?> records = s.records().asMap().get(kind);
        for (int i = 0; i < records.size(); i++) {
          Aggregate<?> r = (Aggregate<?>) records.get(i);
          String here = Documents.child(list, i);
          references(id, r, here);
          put(kind, r, here);
          met(r, own);
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
     * Every reference of a record must name a record of the unit (an official: of the unit or a unit above it) that
     * came earlier in the document or that the store has.
     */
    private void references(UnitId id, Aggregate<?> record, String here) {
      if (record instanceof Tenure t) {
        post(id, t.postId(), Documents.child(here, "postId"));
        official(id, t.officialId(), Documents.child(here, "officialId"));
      } else if (record instanceof PowerItem p) {
        int i = 0;
        for (PostId post : sorted(p.posts())) {
          post(id, post, Documents.child(Documents.child(here, "posts"), i++));
        }
      } else if (record instanceof BusinessProcess p) {
        for (int i = 0; i < p.steps().size(); i++) {
          ProcessStep step = p.steps().get(i);
          String stepAt = Documents.child(Documents.child(here, "steps"), i);
          post(id, step.post(), Documents.child(stepAt, "post"));
          int j = 0;
          for (PowerItemId power : sorted(step.powers())) {
            power(id, power, Documents.child(Documents.child(stepAt, "powers"), j++));
          }
        }
        process(p, here);
      } else if (record instanceof RiskPoint r) {
        RiskLocation l = r.location();
        String loc = Documents.child(here, "location");
        l.post().ifPresent(p -> post(id, p, Documents.child(loc, "post")));
        l.powerItem().ifPresent(p -> power(id, p, Documents.child(loc, "powerItem")));
        l.step().ifPresent(ref -> step(id, ref.process(), ref.step(), Documents.child(loc, "step")));
        if (r.owners().isPresent()) {
          OwnerChain o = r.owners().get();
          String owners = Documents.child(here, "owners");
          official(id, o.directOwner(), Documents.child(owners, "directOwner"));
          official(id, o.sectionHead(), Documents.child(owners, "sectionHead"));
          official(id, o.responsibleLeader(), Documents.child(owners, "responsibleLeader"));
        }
      }
    }

    /** What later records of the section may refer to. */
    private void met(Aggregate<?> record, Set<OfficialId> own) {
      if (record instanceof Post p) {
        posts.add(p.id());
      } else if (record instanceof Official o) {
        own.add(o.id());
      } else if (record instanceof PowerItem p) {
        powers.put(p.id(), p.posts());
      } else if (record instanceof BusinessProcess p) {
        steps.put(p.id(), p.steps().stream().map(ProcessStep::id).collect(java.util.stream.Collectors.toSet()));
      }
    }

    private <A extends Aggregate<I>, I extends AggregateId> void put(
        AggregateKind<A, I> kind, Aggregate<?> record, String at) {
      A value = kind.cast(record);
      Repository<A, I> repository = kind.in(store);
      Optional<A> existing = repository.find(value.id());
      if (existing.isPresent()) {
        if (!existing.get().equals(value)) {
          throw new DocumentRefusedException(new Refusal(Refusal.Code.RULE_VIOLATED,
              "存储中已有同一标识的不同记录", "the store already holds a different record with this id",
              List.of(new Refusal.Violation(at, "ledger.conflict", "存储中已有同一标识的不同记录：" + existing.get(),
                  "the store already holds a different record with this id: " + existing.get()))));
        }
        return;
      }
      limits(value, at);
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
    }

    /** Codes and names within the sizes the commands allow, so a store's columns always take them. */
    private void limits(Object v, String at) {
      String[][] texts = v instanceof Unit u ? new String[][] {{"code", u.code()}, {"name", u.name()}}
          : v instanceof Post p ? new String[][] {{"code", p.code()}, {"name", p.name()}}
          : v instanceof Official o ? new String[][] {{"staffNumber", o.staffNumber()}, {"name", o.name()}}
          : v instanceof PowerItem w ? new String[][] {{"code", w.code()}, {"name", w.name()}}
          : v instanceof BusinessProcess b ? new String[][] {{"code", b.code()}, {"name", b.name()}}
          : v instanceof RiskPoint r ? new String[][] {{"code", r.code()}} : new String[0][];
      for (String[] t : texts) {
        int max = t[0].equals("name") ? Limits.NAME : Limits.CODE;
        if (t[1].isBlank() || t[1].length() > max) {
          throw new DocumentRefusedException(Documents.refusal(Documents.child(at, t[0]), "json.size",
              t[0] + " 须为 1 到 " + max + " 个字符，且不能全为空白",
              t[0] + " must have 1 to " + max + " characters, not all blank"));
        }
      }
    }

    /**
     * A process must be as DefineProcess would accept it: steps unique, flows between its steps, all reachable, a
     * step's powers held by its post. Its steps' posts and powers were checked just before, so what this import met
     * of the unit holds every one the process names: no need to load the unit's from the store.
     */
    private void process(BusinessProcess p, String at) {
      List<org.lianfang.process.ProcessProblem> problems = p.problems(posts, powers);
      if (!problems.isEmpty()) {
        org.lianfang.process.ProcessProblem first = problems.get(0);
        throw new DocumentRefusedException(Documents.refusal(at, "ledger.process",
            "流程不成立：" + first.zh(), "the process does not hold: " + first.en()));
      }
    }

    private void post(UnitId unit, PostId post, String at) {
      if (posts.contains(post)) {
        return;
      }
      if (UnitReferences.post(unit, post, store.posts().find(post)).isPresent()) {
        throw dangling(at, "本单位的岗位", "post of the unit", post);
      }
      posts.add(post);
    }

    private void power(UnitId unit, PowerItemId power, String at) {
      if (powers.containsKey(power)) {
        return;
      }
      Optional<PowerItem> stored = store.powerItems().find(power);
      if (UnitReferences.powerItem(unit, power, stored).isPresent()) {
        throw dangling(at, "本单位的职权", "power item of the unit", power);
      }
      powers.put(power, stored.get().posts());
    }

    private void step(UnitId unit, ProcessId process, StepId step, String at) {
      Set<StepId> known = steps.get(process);
      boolean found = known != null ? known.contains(step) : store.processes().find(process)
          .filter(p -> p.unitId().equals(unit)).flatMap(p -> p.step(step)).isPresent();
      if (!found) {
        throw dangling(at, "本单位流程的环节", "step of a process of the unit", process + "/" + step);
      }
    }

    /** The official must be on the staff of the unit or a unit above it. */
    private void official(UnitId unit, OfficialId official, String at) {
      for (Map.Entry<UnitId, Set<OfficialId>> frame : staff) {
        if (frame.getValue().contains(official)) {
          return;
        }
      }
      if (UnitReferences.official(path(unit), official, store.officials().find(official)).isPresent()) {
        throw dangling(at, "本单位或上级单位的人员", "official of the unit or a unit above it", official);
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

  private static <T> List<T> sorted(Set<T> ids) {
    return ids.stream().sorted(java.util.Comparator.comparing(String::valueOf)).toList();
  }
}
