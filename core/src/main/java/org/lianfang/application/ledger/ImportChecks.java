package org.lianfang.application.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Aggregate;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;
import org.lianfang.Limits;
import org.lianfang.Refusal;
import org.lianfang.TextHygiene;
import org.lianfang.application.internal.ValueRules;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessProblem;

/**
 * What {@link LedgerImports} checks of one record or entry by itself, apart from the store, and the refusals it words:
 * the commands' sizes and value rules (issue 10, findings 6, 7 and 8, through {@link ValueRules}, so an import refuses
 * what a command refuses under the same rule), a process as {@code DefineProcess} would accept it. Stateless.
 */
final class ImportChecks {
  /** The members of a record's state that hold an actor's id ({@code docs/journal-format.md}, section 8). */
  private static final Set<String> ACTOR_MEMBERS = Set.of("actor", "author", "gradedBy", "identifiedBy",
      "recordedBy");
  /** The members of a record's state that hold the seal of a sealed identity (P-11). */
  private static final Set<String> SEAL_MEMBERS = Set.of("seal", "raiserSeal");

  private ImportChecks() {}

  /**
   * Codes, names and long texts as the kind declares them sized: within the commands' sizes ({@code ledger.size}, so
   * a store's columns always take them) and as the commands' rules for codes, names and text of several lines say; then every other value of the
   * record's state ({@code docs/journal-format.md}, section 8): a text of several lines within {@link Limits#TEXT}
   * characters, an actor's id ({@link #ACTOR_MEMBERS}) as an id, a seal ({@link #SEAL_MEMBERS}) in the form a store
   * draws it, every day and the day of every instant, every number
   * ({@link ValueRules}). A refusal names the record and, in its message, the member of its state.
   */
  static <A extends Aggregate<?>> void record(AggregateKind<A, ?> kind, A value, ArchiveObject state, String at) {
    for (AggregateKind.SizedText<A> t : kind.sizedTexts()) {
      String text = t.text().apply(value);
      if (text == null) {
        continue; // an optional text the record does not have
      }
      if (text.isBlank() || text.length() > t.max()) {
        throw refused(at + "/" + t.field(), "ledger.size", t.field() + " 须为 1 到 " + t.max() + " 个字符，且不能全为空白",
            t.field() + " must have 1 to " + t.max() + " characters, not all blank");
      }
      Optional<TextHygiene.Problem> p = ValueRules.text(text, shape(t.max()));
      if (p.isPresent()) {
        throw refused(at + "/" + t.field(), p.get(), t.field());
      }
    }
    walk(state.fields(), "", at);
  }

  /**
   * The rule of a sized text, by the limit the commands give it: a code, a name (one line), or long text of several
   * lines (a measure's content, say).
   */
  private static ValueRules.Shape shape(int max) {
    return max == Limits.CODE ? ValueRules.Shape.CODE
        : max <= Limits.NAME ? ValueRules.Shape.NAME : ValueRules.Shape.TEXT;
  }

  /** An entry's actor id and time, as a command's would be. */
  static void entry(JournalEntry e, String at) {
    ValueRules.text(e.actorId(), ValueRules.Shape.ID).ifPresent(p -> {
      throw refused(at + "/actorId", p, "actorId");
    });
    walk(e.at(), "at", at);
  }

  /**
   * An entry must continue the archive's chain of its unit — sequence 1 after the genesis hash, then one past the entry
   * before with that entry's hash as its previous hash — whatever source the archive comes from ({@code
   * ledger.chain}); its hash is checked apart ({@link #hash}, on the import's hashing thread).
   *
   * @param e the entry
   * @param before the unit's entry before it in the archive, or null for its first
   * @param at where the entry is
   */
  static void link(JournalEntry e, JournalEntry before, String at) {
    if (!JournalChain.continues(Optional.ofNullable(before).map(JournalEntry::head), e)) {
      long sequence = before == null ? 1 : before.sequence() + 1;
      throw refused(at, "ledger.chain", "日志条目未接续该单位的日志链：应为第 " + sequence + " 条，接续前一条的哈希",
          "the entry does not continue the unit's chain: it should be entry " + sequence
              + ", linked to the hash of the entry before");
    }
  }

  /**
   * A record must have the state its latest entry gives it ({@code ledger.record}); run on the import's hashing thread.
   *
   * @param digest the archive's digest
   * @param kind its kind
   * @param state its state
   * @param latest the latest entry of its unit's chain that names it
   * @param at where the record is
   */
  static void agrees(
      ChainDigest digest, AggregateKind<?, ?> kind, ArchiveObject state, JournalEntry latest, String at) {
    String found;
    try {
      found = JournalChain.recordDigest(digest, state);
    } catch (IllegalArgumentException notUnicode) {
      throw refused(at, "ledger.record", "此" + kind.labelZh() + "含有不成对的代理字符，无法摘要",
          "this " + kind.labelEn() + " holds an unpaired surrogate and has no digest");
    }
    if (!found.equals(latest.recordDigest())) {
      throw refused(at, "ledger.record", "此" + kind.labelZh() + "与日志第 " + latest.sequence() + " 条记载的状态不符",
          "this " + kind.labelEn() + " differs from the state journal entry " + latest.sequence() + " gives it");
    }
  }

  /**
   * @param digest the archive's digest
   * @param e an entry
   * @param at where it is
   * @throws ImportRefused unless its hash is the one its fields give
   */
  static void hash(ChainDigest digest, JournalEntry e, String at) {
    if (!e.hash().equals(JournalChain.expectedHash(digest, e))) {
      throw refused(at + "/hash", "ledger.chain", "日志条目被改动：哈希不符",
          "the journal entry was altered: its hash does not match");
    }
  }

  private static void walk(Object v, String member, String at) {
    Optional<TextHygiene.Problem> p = Optional.empty();
    if (v instanceof String text) {
      String name = member.substring(member.lastIndexOf('.') + 1);
      if (SEAL_MEMBERS.contains(name)) {
        p = ValueRules.seal(text);
      } else {
        boolean id = ACTOR_MEMBERS.contains(name);
        p = ValueRules.text(text, id ? ValueRules.Shape.ID : ValueRules.Shape.TEXT);
        p = p.isPresent() ? p : ValueRules.length(text);
      }
    } else if (v instanceof LocalDate day) {
      p = ValueRules.day(day);
    } else if (v instanceof Instant i) {
      p = ValueRules.day(LocalDate.ofInstant(i, ZoneOffset.UTC));
    } else if (v instanceof BigDecimal n) {
      p = ValueRules.number(n);
    } else if (v instanceof Map<?, ?> m) {
      m.forEach((k, x) -> walk(x, member.isEmpty() ? String.valueOf(k) : member + "." + k, at));
    } else if (v instanceof Collection<?> c) {
      int i = 0;
      for (Object x : c) {
        walk(x, member + "[" + i++ + "]", at);
      }
    } else if (v instanceof Archivable a) {
      walk(a.toArchive().fields(), member, at);
    }
    if (p.isPresent()) {
      throw refused(at, p.get(), member);
    }
  }

  /**
   * A process must be as DefineProcess would accept it: steps unique, flows between its steps, all reachable, a
   * step's powers held by its post. Its steps' posts and powers were checked just before, so the records the import
   * met of the unit hold every one the process names: no need to load the unit's from the store.
   */
  static void process(BusinessProcess p, Collection<Aggregate<?>> met, String at) {
    Set<PostId> posts = new HashSet<>();
    Map<PowerItemId, Set<PostId>> powers = new HashMap<>();
    for (Aggregate<?> r : met) {
      if (r instanceof Post post) {
        posts.add(post.id());
      } else if (r instanceof PowerItem item) {
        powers.put(item.id(), item.posts());
      }
    }
    List<ProcessProblem> problems = p.problems(posts, powers);
    if (!problems.isEmpty()) {
      ProcessProblem first = problems.get(0);
      throw refused(at, "ledger.process", "流程不成立：" + first.zh(), "the process does not hold: " + first.en());
    }
  }

  /** @return the refusal of a value that breaks a rule, naming the member it is */
  private static ImportRefused refused(String at, TextHygiene.Problem p, String member) {
    return refused(at, p.rule(), member + "：" + p.messageZh(), member + ": " + p.messageEn());
  }

  /** @return a refusal with one violation: the archive is invalid at {@code at} */
  static ImportRefused refused(String at, String rule, String zh, String en) {
    return new ImportRefused(new Refusal(Refusal.Code.INVALID_INPUT, "档案无效：" + zh, "invalid archive: " + en,
        List.of(new Refusal.Violation(at, rule, zh, en))));
  }

  static ImportRefused dangling(String at, String zh, String en, Object id) {
    return new ImportRefused(new Refusal(Refusal.Code.UNKNOWN_REFERENCE,
        "引用了档案和存储中都没有的" + zh, "refers to a " + en + " that neither the archive nor the store has",
        List.of(new Refusal.Violation(at, "ledger.dangling", "引用了档案和存储中都没有的" + zh + "：" + id,
            "refers to a " + en + " that neither the archive (before this point) nor the store has: " + id))));
  }

  static ImportRefused journalConflict(String at) {
    return new ImportRefused(new Refusal(Refusal.Code.RULE_VIOLATED,
        "日志与存储中的日志链不一致", "the journal does not continue the store's chain",
        List.of(new Refusal.Violation(at, "ledger.journal-conflict", "日志与存储中该单位的日志链不一致",
            "the journal is not the store's chain of the unit, nor a continuation of it"))));
  }
}
