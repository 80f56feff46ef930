package org.lianfang.json;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.lianfang.Actor;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.ledger.LedgerQueries;
import org.lianfang.application.organization.OrganizationQueries;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Unit;

/**
 * Exports the ledger (廉政风险信息档案, S-13) of a unit and every unit below it, through the queries of
 * {@link Lianfang}'s areas, so the actor sees in the document exactly what they may read: the actor must be allowed
 * to read the journal of every unit ({@code LedgerQueries.records}: the records are the state the journal records),
 * and only a discipline inspector sees notice commenters unsealed (P-11). The document is written unit by unit (see
 * {@link LedgerWriter}); the journal is read and written a page at a time.
 *
 * <p>Each unit's records are read apart from the others'. Its records and its journal agree: the unit's head is read
 * before and after its records, which are read again (up to three times in all) when a command moved the head
 * meanwhile, and the journal is written up to that head, which is what an import checks the records against (issue
 * 10, finding 1). A unit that commands keep changing through all three reads is written as the last read left it,
 * and an import may then refuse it: export a ledger while its units are quiet. Thread-safe.
 */
public final class LedgerExport {
  private static final int PAGE = 1000;
  /** How often a unit's records are read at most, when commands keep moving its head meanwhile. */
  private static final int RECHECKS = 3;

  private final OrganizationQueries organization;
  private final LedgerQueries ledger;
  private final Clock clock;

  private LedgerExport(Lianfang lianfang, Clock clock) {
    this.organization = lianfang.organization().queries();
    this.ledger = lianfang.ledger().queries();
    this.clock = clock;
  }

  /**
   * @param lianfang whose records are exported, through its areas' queries
   * @param clock stamps the document's {@code exportedAt}
   * @return the exporter
   */
  public static LedgerExport of(Lianfang lianfang, Clock clock) {
    return new LedgerExport(Objects.requireNonNull(lianfang, "lianfang"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Writes the ledger of {@code root}'s subtree.
   *
   * @param actor who exports; needs to read the organization and the journal of every unit
   * @param root the top unit
   * @param out where to write; left open
   * @return what was written, or a refusal (then nothing was written)
   * @throws IOException if the stream fails
   */
  public Outcome<LedgerCounts> write(Actor actor, UnitId root, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    List<Unit> units = organization.subtree(actor, root);
    if (units.isEmpty() || !units.get(0).id().equals(root)) {
      return Outcome.refused(Refusal.of(Refusal.Code.UNKNOWN_REFERENCE, "没有该单位或无权查看：" + root,
          "no such unit, or the actor may not read it: " + root));
    }
    for (Unit u : units) {
      Outcome<List<JournalEntry>> journal = ledger.journal(actor, u.id(), 1, 1);
      if (journal instanceof Outcome.Refused<List<JournalEntry>> r) {
        return Outcome.refused(r.refusal());
      }
    }
    LedgerCounts counts = LedgerCounts.NONE;
    LedgerHeader header = new LedgerHeader(LedgerWriter.SCHEMA_VERSION, root,
        clock.instant().truncatedTo(ChronoUnit.MILLIS), actor.id(), ledger.digest().name());
    try (LedgerWriter writer = LedgerWriter.open(out, header)) {
      for (Unit u : units) {
        UnitId id = u.id();
        long head = head(actor, id);
        LedgerSection s = section(actor, u);
        for (int attempt = 1; attempt < RECHECKS; attempt++) {
          long now = head(actor, id);
          if (now == head) {
            break;
          }
          head = now; // a command committed while the records were read: read them again, with the head it left
          s = section(actor, u);
        }
        Pages journal = new Pages(actor, id, head);
        writer.write(s, journal);
        counts = counts.plus(s).plusJournal(journal.read);
      }
    }
    return Outcome.accepted(counts);
  }

  private long head(Actor actor, UnitId unit) {
    return ledger.head(actor, unit).orElseThrow().map(ChainHead::sequence).orElse(0L);
  }

  private LedgerSection section(Actor actor, Unit u) {
    LedgerSection s = LedgerSection.of(u);
    for (AggregateKind<?, ?> kind : AggregateKinds.ofUnit()) {
      s = withRecords(s, actor, kind);
    }
    return s.withRegisters(ledger.registers(actor, u.id()).orElseThrow());
  }

  private <A extends Aggregate<I>, I extends AggregateId> LedgerSection withRecords(
      LedgerSection s, Actor actor, AggregateKind<A, I> kind) {
    return s.with(kind, ledger.records(actor, s.unit().id(), kind).orElseThrow());
  }

  /** A unit's journal up to a head, a page at a time. */
  private final class Pages implements Iterator<JournalEntry> {
    private final Actor actor;
    private final UnitId unit;
    private final long head;
    private Iterator<JournalEntry> page = java.util.Collections.emptyIterator();
    private long next = 1;
    long read;

    Pages(Actor actor, UnitId unit, long head) {
      this.actor = actor;
      this.unit = unit;
      this.head = head;
    }

    @Override
    public boolean hasNext() {
      if (!page.hasNext() && next <= head) {
        int limit = (int) Math.min(PAGE, head - next + 1);
        List<JournalEntry> entries = ledger.journal(actor, unit, next, limit).orElseThrow();
        if (entries.isEmpty()) {
          next = head + 1; // the chain is shorter than its head: the document says what there is
        }
        page = entries.iterator();
      }
      return page.hasNext();
    }

    @Override
    public JournalEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      JournalEntry e = page.next();
      next = e.sequence() + 1;
      read++;
      return e;
    }
  }
}
