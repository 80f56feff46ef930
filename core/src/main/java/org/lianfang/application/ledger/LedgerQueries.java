package org.lianfang.application.ledger;

import java.security.Provider;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.Actor;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
import org.lianfang.cycle.FrozenYear;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.Checkpoint;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.ledger.RecordVerification;
import org.lianfang.ledger.Verification;
import org.lianfang.organization.Unit;
import org.lianfang.spi.Journal;
import org.lianfang.spi.Signer;

/**
 * The reads of the ledger area: a unit's journal (廉政风险信息档案), entry by entry, its records, the verification of
 * the chain and of the records against it (ARCHITECTURE.md decision 3; issue 10, findings 2 to 4) and signed
 * checkpoints. All need {@link Operation#READ_JOURNAL} on the unit, checked by the access policy as commands are
 * (decision 1). Thread-safe when the store is.
 */
public final class LedgerQueries {
  /** The most journal entries one call of {@link #journal} returns: a bounded read whatever the caller asks. */
  public static final int MAX_JOURNAL_PAGE = 10_000;

  private static final int PAGE = 1000;
  /** How often {@link #verifyRecords} reads at most, when commands committed while it read and it found something. */
  private static final int RECHECKS = 3;

  private final CommandRunner runner;

  LedgerQueries(CommandRunner runner) {
    this.runner = runner;
  }

  /**
   * The digest this archive's chains, record digests and checkpoints use (issue 10, 国密), fixed when the archive was
   * made: what an export names in its header, and what a document must name to be imported here. Not a secret, and no
   * actor is needed to ask.
   *
   * @return the digest
   */
  public ChainDigest digest() {
    return runner.digest();
  }

  /**
   * Reads a stretch of a unit's journal chain, in sequence order: what changed, who changed it and when (sealed actors
   * stay sealed, P-11). A call returns at most {@link #MAX_JOURNAL_PAGE} entries whatever the limit asked; read on
   * from the sequence after the last one returned. Only the chain up to the head the journal keeps is served: a row
   * past it was not appended by Lianfang ({@link #verifyJournal} reports it; issue 10, finding 4).
   *
   * @param actor who reads (needs {@link Operation#READ_JOURNAL})
   * @param unit a unit
   * @param fromSequence the first sequence wanted, from 1
   * @param limit the most entries, from 1; more than {@link #MAX_JOURNAL_PAGE} reads that many
   * @return the unit's journal entries, or a refusal: {@link Refusal.Code#INVALID_INPUT} naming {@code fromSequence}
   *     below 1 or {@code limit} below 1 (issue 10, finding 14)
   */
  public Outcome<List<JournalEntry>> journal(Actor actor, UnitId unit, long fromSequence, int limit) {
    if (fromSequence < 1) {
      return Outcome.refused(Refusals.invalid("fromSequence", "Min", "起始序号", "fromSequence", "不能小于 1",
          "must be at least 1"));
    }
    if (limit < 1) {
      return Outcome.refused(Refusals.invalid("limit", "Min", "条数", "limit", "不能小于 1", "must be at least 1"));
    }
    Session s = runner.session(actor);
    Optional<Refusal> denied = s.deny(Operation.READ_JOURNAL, unit);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    long last = s.store().journal().head(unit).map(ChainHead::sequence).orElse(0L);
    if (fromSequence > last) {
      return Outcome.accepted(List.of());
    }
    return Outcome.accepted(s.store().journal().read(unit, fromSequence,
        (int) Math.min(Math.min(limit, MAX_JOURNAL_PAGE), last - fromSequence + 1)));
  }

  /**
   * The head of a unit's journal chain as the journal keeps it: the sequence and hash of its last entry. A reader who
   * takes the head before and after reading the unit's records, and finds it unmoved, has records that agree with the
   * chain up to it (what {@code LedgerExport} does, so that an archive's records and journal belong together).
   *
   * @param actor who reads (needs {@link Operation#READ_JOURNAL})
   * @param unit a unit
   * @return the head, empty for a unit without a chain; or a refusal
   */
  public Outcome<Optional<ChainHead>> head(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    Optional<Refusal> denied = s.deny(Operation.READ_JOURNAL, unit);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    return Outcome.accepted(s.store().journal().head(unit));
  }

  /**
   * A unit's records of one kind, as they are kept: what a ledger document (廉政风险信息档案, S-13) holds beside the
   * unit's journal. The ledger is one archive: whoever may read a unit's journal, which records every change to these
   * records, may read the records too, so this needs {@link Operation#READ_JOURNAL} and nothing more; identities
   * sealed by P-11 stay sealed unless the actor also has {@link Operation#READ_SEALED}.
   *
   * @param actor who reads (needs {@link Operation#READ_JOURNAL})
   * @param unit a unit
   * @param kind a kind of aggregate; for {@link org.lianfang.kinds.AggregateKinds#UNITS}, the unit itself
   * @param <A> the aggregate
   * @param <I> the kind of its id
   * @return the unit's records of that kind in id order, or a refusal
   */
  public <A extends Aggregate<I>, I extends AggregateId> Outcome<List<A>> records(
      Actor actor, UnitId unit, AggregateKind<A, I> kind) {
    Session s = runner.session(actor);
    Optional<Refusal> denied = s.deny(Operation.READ_JOURNAL, unit);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    List<A> records = kind.in(s.store()).inUnit(unit);
    return Outcome.accepted(s.may(Operation.READ_SEALED, unit, false) ? records
        : records.stream().map(kind::sealed).toList());
  }

  /**
   * @param actor who reads (needs {@link Operation#READ_JOURNAL}; sealed identities stay sealed as {@link #records})
   * @param unit a unit
   * @return its frozen registers (S-13, S-16), oldest first, as a ledger document holds them; or a refusal
   */
  public Outcome<List<FrozenYear>> registers(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    Optional<Refusal> denied = s.deny(Operation.READ_JOURNAL, unit);
    boolean clear = s.may(Operation.READ_SEALED, unit, false);
    return denied.isPresent() ? Outcome.refused(denied.get()) : Outcome.accepted(s.store().registers().years(unit)
        .stream().map(y -> new FrozenYear(y, s.store().registers().frozenOn(unit, y).orElseThrow(), s.store()
            .registers().points(unit, y).stream().map(p -> clear ? p : AggregateKinds.RISK_POINTS.sealed(p)).toList(),
            s.store().registers().measures(unit, y).stream().map(m -> clear ? m
                : AggregateKinds.CONTROL_MEASURES.sealed(m)).toList())).toList());
  }

  /**
   * Verifies a unit's journal chain against the head the journal keeps (ARCHITECTURE.md decision 3), reading it in
   * pages. The head is read first and the chain checked up to it, so entries committed meanwhile by other writers are
   * left for the next verification instead of looking like tampering. Two more things are broken (issue 10, finding
   * 4): a registered unit without a head (its chain and head deleted: every unit's chain begins with its
   * registration), and an entry past the head that the head, read again, does not reach (a row written around
   * Lianfang).
   *
   * @param actor who asks (needs {@link Operation#READ_JOURNAL})
   * @param unit a unit
   * @return intact, or the first broken link; or a refusal
   */
  public Outcome<Verification> verifyJournal(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    Optional<Refusal> denied = s.deny(Operation.READ_JOURNAL, unit);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    return Outcome.accepted(verify(s, unit));
  }

  /**
   * Verifies a unit's journal chain as {@link #verifyJournal(Actor, UnitId)} does, and against a checkpoint kept
   * outside the database (issue 10, finding 3): the chain must still reach the checkpoint's head for the unit, and the
   * entry there must still have the hash the checkpoint signed. So an entry rewritten with every later hash and the
   * head recomputed, or the tail removed and the head moved back, is found — up to the checkpoint; what was appended
   * after it is only as safe as the chain itself (docs/security.md).
   *
   * @param actor who asks (needs {@link Operation#READ_JOURNAL})
   * @param unit a unit
   * @param checkpoint a checkpoint covering the unit ({@link #checkpoint})
   * @param key the public key of the checkpoint's {@link Checkpoint#keyId()}
   * @return intact, or the first broken link; or a refusal naming {@code checkpoint} when its signature or root does
   *     not verify with the key, when it names another digest than the archive's, or when it does not cover the unit
   */
  public Outcome<Verification> verifyJournal(Actor actor, UnitId unit, Checkpoint checkpoint, PublicKey key) {
    return verifyJournal(actor, unit, checkpoint, key, Optional.empty());
  }

  /**
   * Verifies against a checkpoint as {@link #verifyJournal(Actor, UnitId, Checkpoint, PublicKey)} does, with its
   * signature checked through a given JCA provider: an SM2 signature ({@code SM3withSM2}) with BouncyCastle's, say,
   * when it is not installed. The root is checked with the archive's own digest ({@link Journal#digest()}).
   *
   * @param actor who asks (needs {@link Operation#READ_JOURNAL})
   * @param unit a unit
   * @param checkpoint a checkpoint covering the unit ({@link #checkpoint})
   * @param key the public key of the checkpoint's {@link Checkpoint#keyId()}
   * @param provider the provider of the signature's algorithm, or empty for the installed ones
   * @return intact, or the first broken link; or a refusal naming {@code checkpoint}
   */
  public Outcome<Verification> verifyJournal(
      Actor actor, UnitId unit, Checkpoint checkpoint, PublicKey key, Optional<Provider> provider) {
    Session s = runner.session(actor);
    Optional<Refusal> denied = s.deny(Operation.READ_JOURNAL, unit);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    ChainDigest digest = s.store().journal().digest();
    if (!checkpoint.digest().equals(digest.name())) {
      return Outcome.refused(Refusals.invalid("checkpoint", "Digest", "检查点", "checkpoint",
          "以 " + checkpoint.digest() + " 计算，而本档案的摘要算法为 " + digest.name(),
          "is computed with " + checkpoint.digest() + " but this archive's digest is " + digest.name()));
    }
    if (!checkpoint.signedBy(digest, key, provider)) {
      return Outcome.refused(Refusals.invalid("checkpoint", "Signed", "检查点", "checkpoint",
          "签名或默克尔根与所给公钥不符", "its signature or Merkle root does not verify with the key given"));
    }
    Optional<ChainHead> anchored = checkpoint.head(unit);
    if (anchored.isEmpty()) {
      return Outcome.refused(Refusals.invalid("checkpoint", "Covers", "检查点", "checkpoint", "不含该单位的链头",
          "holds no head of the unit"));
    }
    Verification checked = verify(s, unit);
    if (!(checked instanceof Verification.Intact intact)) {
      return Outcome.accepted(checked);
    }
    ChainHead then = anchored.get();
    String at = CanonicalJson.instant(checkpoint.at());
    if (intact.entries() < then.sequence()) {
      return Outcome.accepted(new Verification.Broken(intact.entries() + 1, "账本只到第 " + intact.entries()
          + " 条，而 " + at + " 的检查点记到第 " + then.sequence() + " 条：末尾的记录被删除，链头被移回", "the chain ends at entry "
          + intact.entries() + " but the checkpoint of " + at + " reached entry " + then.sequence()
          + ": entries were removed at the end and the head moved back"));
    }
    List<JournalEntry> there = s.store().journal().read(unit, then.sequence(), 1);
    if (there.isEmpty() || !there.get(0).hash().equals(then.hash())) {
      return Outcome.accepted(new Verification.Broken(then.sequence(), "第 " + then.sequence() + " 条记录的哈希与 "
          + at + " 的检查点不符：它或它之前的记录在检查点之后被改写", "entry " + then.sequence()
          + " does not have the hash the checkpoint of " + at + " signed: it or an entry before it was rewritten"));
    }
    return Outcome.accepted(checked);
  }

  /**
   * Checks a unit's records against its journal (issue 10, finding 2): each journal entry carries the digest of the
   * canonical state its record had after the change ({@code docs/journal-format.md}, section 8), so the latest entry
   * of each record gives the state the record must hold now. A record whose state differs was edited beside Lianfang
   * (a column of any table that holds it: a description, who identified a point, a comment); a record no entry
   * changed was inserted beside it; a record the journal changed that is no longer there was deleted. The entries
   * are read up to the head the journal keeps; whether the entries themselves are intact is what {@link
   * #verifyJournal} checks, so check both (against a checkpoint, to hold against the database's administrator). The
   * records are read apart from the entries, not in one snapshot: when something is found and the head has moved
   * meanwhile (another writer's command), the check reads again, up to three times, so a command committed during
   * the check is not reported as an edit.
   *
   * @param actor who asks (needs {@link Operation#READ_JOURNAL}); no sealed identity is reported
   * @param unit a unit
   * @return what was found, or a refusal
   */
  public Outcome<RecordVerification> verifyRecords(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    Optional<Refusal> denied = s.deny(Operation.READ_JOURNAL, unit);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Journal journal = s.store().journal();
    long last = journal.head(unit).map(ChainHead::sequence).orElse(0L);
    for (int attempt = 1; ; attempt++) {
      RecordVerification found = verifyRecords(s, unit, last);
      long now = journal.head(unit).map(ChainHead::sequence).orElse(0L);
      if (found.intact() || now == last || attempt == RECHECKS) {
        return Outcome.accepted(found);
      }
      last = now; // a command committed while the records were read: what it changed is checked against its entry
    }
  }

  private static RecordVerification verifyRecords(Session s, UnitId unit, long last) {
    Journal journal = s.store().journal();
    ChainDigest digest = journal.digest(); // once: every record of the unit is digested with it
    Map<UUID, JournalEntry> latest = new LinkedHashMap<>();
    for (JournalEntry e : upTo(journal, unit, last)) {
      latest.put(e.recordId(), e);
    }
    List<RecordVerification.Finding> findings = new ArrayList<>();
    long checked = 0;
    Optional<Unit> self = s.store().units().find(unit);
    if (self.isPresent()) {
      checked++;
      check(digest, AggregateKinds.UNITS, self.get(), latest, findings);
    }
    for (AggregateKind<?, ?> kind : AggregateKinds.ofUnit()) {
      checked += checkAll(s, digest, kind, unit, latest, findings);
    }
    for (JournalEntry gone : latest.values()) {
      findings.add(new RecordVerification.Finding(gone.eventType(), gone.recordId(),
          RecordVerification.Problem.MISSING,
          "账本第 " + gone.sequence() + " 条记载的记录 " + gone.recordId() + " 已不在库中（被删除）",
          "the record " + gone.recordId() + " that journal entry " + gone.sequence()
              + " changed is no longer stored (it was deleted)"));
    }
    return new RecordVerification(checked, findings);
  }

  private static <A extends Aggregate<I>, I extends AggregateId> long checkAll(Session s, ChainDigest digest,
      AggregateKind<A, I> kind, UnitId unit, Map<UUID, JournalEntry> latest,
      List<RecordVerification.Finding> findings) {
    List<A> records = kind.in(s.store()).inUnit(unit);
    for (A record : records) {
      check(digest, kind, record, latest, findings);
    }
    return records.size();
  }

  /** Checks one record against its latest entry, which it takes out of {@code latest}. */
  private static <A extends Aggregate<I>, I extends AggregateId> void check(ChainDigest digest,
      AggregateKind<A, I> kind, A record, Map<UUID, JournalEntry> latest, List<RecordVerification.Finding> findings) {
    UUID id = record.id().value();
    JournalEntry entry = latest.remove(id);
    if (entry != null && JournalChain.recordDigest(digest, kind.state(record)).equals(entry.recordDigest())) {
      return; // the common case: named only when something is wrong
    }
    String name = name(kind, record);
    String zh = kind.labelZh() + " " + name;
    String en = kind.labelEn() + " " + name;
    if (entry == null) {
      findings.add(new RecordVerification.Finding(kind.name(), id, RecordVerification.Problem.NO_ENTRY,
          zh + " 在账本中没有任何记载（在 Lianfang 之外插入）",
          "no journal entry ever changed " + en + " (it was inserted beside Lianfang)"));
    } else {
      findings.add(new RecordVerification.Finding(kind.name(), id, RecordVerification.Problem.EDITED,
          zh + " 的内容与账本第 " + entry.sequence() + " 条记载的摘要不符（在 Lianfang 之外被修改）",
          en + " differs from the state journal entry " + entry.sequence()
              + " gives it (it was edited beside Lianfang)"));
    }
  }

  /** A record's code (a staff number, for an official), when its kind has one, and its id: what names it. */
  private static <A extends Aggregate<I>, I extends AggregateId> String name(AggregateKind<A, I> kind, A record) {
    return kind.sizedTexts().stream().findFirst()
        .map(t -> t.text().apply(record) + " (" + record.id().value() + ")")
        .orElse(record.id().value().toString());
  }

  /**
   * Signs a checkpoint of the journal heads of a unit and every unit below it (issue 10, finding 3), for the host to
   * keep or publish outside the database and hand back to {@link #verifyJournal(Actor, UnitId, Checkpoint,
   * PublicKey)}. A read: nothing is written. Each head is read as it stands; units without a head (which
   * verification reports as broken) are left out.
   *
   * @param actor who asks (needs {@link Operation#READ_JOURNAL} on every unit of the subtree)
   * @param root the unit whose subtree the checkpoint covers (a city's root unit covers the city)
   * @param signer who signs, with a key kept outside the database
   * @return the checkpoint, or a refusal
   */
  public Outcome<Checkpoint> checkpoint(Actor actor, UnitId root, Signer signer) {
    Session s = runner.session(actor);
    Optional<Refusal> denied = s.deny(Operation.READ_JOURNAL, root);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    List<ChainHead> heads = new ArrayList<>();
    for (Unit u : Visibility.subtree(s, root)) {
      Optional<Refusal> below = s.deny(Operation.READ_JOURNAL, u.id());
      if (below.isPresent()) {
        return Outcome.refused(below.get());
      }
      s.store().journal().head(u.id()).ifPresent(heads::add);
    }
    if (heads.isEmpty()) {
      return Outcome.refused(Refusals.unknown("单位", "unit", root));
    }
    return Outcome.accepted(Checkpoint.sign(s.store().journal().digest(), s.now(), heads, signer.algorithm(),
        signer.keyId(), signer::sign));
  }

  private static Verification verify(Session s, UnitId unit) {
    Journal journal = s.store().journal();
    boolean registered = s.store().units().find(unit).isPresent(); // first: a unit and its head commit together
    Optional<ChainHead> head = journal.head(unit);
    if (head.isEmpty() && registered) {
      return new Verification.Broken(1, "单位已登记，账本却没有链头：其条目或链头已被删除",
          "the unit is registered but its journal has no head: its entries or its head were deleted");
    }
    long last = head.map(ChainHead::sequence).orElse(0L);
    Iterable<JournalEntry> entries = upTo(journal, unit, last);
    Verification checked = JournalChain.verify(journal.digest(), unit, entries, head);
    if (checked.intact()) {
      List<JournalEntry> past = journal.read(unit, last + 1, 1);
      if (!past.isEmpty() && journal.head(unit).map(ChainHead::sequence).orElse(0L) < past.get(0).sequence()) {
        long at = past.get(0).sequence();
        return new Verification.Broken(at, "链头（第 " + last + " 条）之后还有第 " + at
            + " 条：它不是 Lianfang 追加的", "entry " + at + " lies past the head (entry " + last
            + "): Lianfang did not append it");
      }
    }
    return checked;
  }

  /** A unit's entries from the first up to {@code last}, read in pages. */
  private static Iterable<JournalEntry> upTo(Journal journal, UnitId unit, long last) {
    return () -> new Iterator<>() {
      private List<JournalEntry> page = journal.read(unit, 1, PAGE);
      private int i;
      private long next = 1;

      @Override
      public boolean hasNext() {
        if (i == page.size() && page.size() == PAGE) {
          page = journal.read(unit, next, PAGE);
          i = 0;
        }
        return i < page.size() && page.get(i).sequence() <= last;
      }

      @Override
      public JournalEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        JournalEntry e = page.get(i++);
        next = e.sequence() + 1;
        return e;
      }
    };
  }
}
