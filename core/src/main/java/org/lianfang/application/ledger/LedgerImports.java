package org.lianfang.application.ledger;

import java.util.Objects;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.Aggregate;
import org.lianfang.LianfangException;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.AccessTarget;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Session;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.Reference;
import org.lianfang.ledger.ArchiveEvent;
import org.lianfang.organization.Unit;

/**
 * Imports an archive (廉政风险信息档案, S-13) — a ledger document, say — as one command of the actor who brings it
 * (issue 10, finding 1): all or nothing, in one of the store's transactions (or, restoring in steps, each unit in
 * one), taking the archive a unit at a time from its source (memory grows with the largest unit, not with the
 * archive).
 *
 * <ul>
 *   <li><b>Access.</b> The access policy decides {@link Operation#IMPORT_LEDGER} for every unit of the archive, on
 *       the unit's place in the tree (the store's, or the archive's for a unit the store does not have), before
 *       any record of the unit is compared or written; a unit that comes in as a root needs it on
 *       {@link AccessTarget#newRoot()} too. With the {@link org.lianfang.application.DefaultAccessPolicy default
 *       policy}, only a discipline inspector whose scope holds the archive's root imports it.
 *   <li><b>Mode.</b> {@link ImportMode#RESTORE} needs an empty store and writes the archive's entries as they were.
 *       {@link ImportMode#MERGE} takes the records the store does not have; the entries up to a unit's stored head
 *       must be the store's own, and each entry past it is appended as a new entry that carries it
 *       ({@link ArchiveEvent.EntryMerged}), stamped with the importing actor and the clock's time.
 *       {@link ImportMode#RESTORE_IN_STEPS} restores as {@code RESTORE} does, committing each unit once it passed
 *       every check, and goes on from the units it wrote when run again after a refusal.
 *   <li><b>Records agree with the journal.</b> Each record of a unit must have the state that the latest entry of
 *       the unit's chain naming it gives it ({@code docs/journal-format.md}, section 8), and every record an entry
 *       names must be in the archive ({@code ledger.record}): a record added, edited or dropped beside the chain is
 *       refused, whatever the chain itself says.
 *   <li><b>A subtree of another store.</b> The archive's first unit may stand below a unit that neither the archive
 *       nor the store holds (a district's subtree exported from its city's system): it comes in as one of the store's
 *       roots ({@link org.lianfang.spi.Units#roots()}), its parent kept as a reference to the unit outside, so its
 *       record and chain stay the ones the archive has and later merges of the same subtree continue them. Any other
 *       unit's parent must be in the archive before it, or in the store ({@code ledger.dangling}).
 *   <li><b>References.</b> Every reference a kind declares ({@link AggregateKind#references}) must name a record of
 *       the unit that came earlier in the archive or that the store has ({@code ledger.dangling}); officials, a kind
 *       {@link AggregateKind#visibleBelow() visible below}, may also be on the staff of a unit above. Processes must
 *       hold as {@code DefineProcess} requires ({@code ledger.process}); the texts each kind declares sized must fit
 *       the commands' sizes ({@code ledger.size}).
 *   <li><b>Values.</b> Every value of a record that comes in keeps the rules the commands apply (issue 10, findings
 *       6, 7 and 8): the text hygiene rule on codes, names, ids and texts, the length of texts, the range of days and
 *       of numbers; an entry's actor id and time too ({@link ImportChecks}). A refusal carries the rule's name as a
 *       command's would ({@code ControlCharacter}, {@code InvisibleCharacter}, {@code DayRange}…).
 *   <li><b>The store's own.</b> A record the store holds identically is left alone, so importing the same archive
 *       twice writes nothing the second time; one it holds differently refuses the archive ({@code ledger.conflict}),
 *       as does a chain that is not the store's or a continuation of it ({@code ledger.journal-conflict}).
 * </ul>
 *
 * <p>A refusal names the part of the archive at fault and leaves the store unchanged. A store failure other than a
 * conflict (a lost connection, say) propagates as the store's exception after the transaction rolled back.
 * Thread-safe; concurrent imports are serialized or made to conflict by the store.
 */
public final class LedgerImports {
  private final CommandRunner runner;

  LedgerImports(CommandRunner runner) {
    this.runner = runner;
  }

  /**
   * Imports an archive.
   *
   * @param actor who imports (needs {@link Operation#IMPORT_LEDGER} on every unit)
   * @param mode restore into an empty store (in one transaction, or in steps), or merge
   * @param source the archive
   * @param <X> what reading the archive may throw
   * @return what was written, or why the archive was refused (then the store is unchanged, but for a restore in steps:
   *     see {@link ImportMode#RESTORE_IN_STEPS})
   * @throws X if reading the archive fails (then the store is unchanged, but for a restore in steps)
   */
  public <X extends Exception> Outcome<ImportResult> run(Actor actor, ImportMode mode, ArchiveSource<X> source)
      throws X {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(source, "source");
    Session s = runner.session(actor);
    ImportDigests digests = new ImportDigests(mode == ImportMode.RESTORE_IN_STEPS
        && s.store().transactions().mayCommitOnAnotherThread());
    Importing importing = new Importing(s, mode, digests);
    try (digests) {
      java.util.function.Supplier<ImportResult> all = () -> {
        Optional<Refusal> refused;
        try {
          refused = source.feed(importing);
        } catch (ImportRefused r) {
          throw digests.earlier(r);
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new SourceFailed(e);
        }
        if (refused.isPresent()) {
          throw digests.earlier(new ImportRefused(refused.get()));
        }
        digests.finish();
        return importing.result();
      };
      // a restore in steps commits each unit in a transaction of its own (Importing.endSection)
      return Outcome.accepted(mode == ImportMode.RESTORE_IN_STEPS ? all.get()
          : s.store().transactions().inTransaction(all::get));
    } catch (ImportRefused r) {
      return Outcome.refused(importing.partial(r.refusal()));
    } catch (SourceFailed f) {
      @SuppressWarnings("unchecked")
      X cause = (X) f.getCause();
      throw cause;
    }
  }

  /** Carries what reading the source threw out of the transaction. */
  private static final class SourceFailed extends LianfangException {
    private static final long serialVersionUID = 1L;

    SourceFailed(Exception cause) {
      super("reading the archive failed", cause);
    }
  }
}
