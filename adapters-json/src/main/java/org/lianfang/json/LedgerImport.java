package org.lianfang.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.application.Lianfang;
import org.lianfang.application.ledger.ArchiveSink;
import org.lianfang.application.ledger.ImportMode;
import org.lianfang.application.ledger.ImportResult;
import org.lianfang.application.ledger.LedgerImports;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalEntry;

/**
 * Imports a ledger document through {@link LedgerImports}: as one command of the actor who brings it, checked by the
 * access policy unit by unit, in one of the store's transactions, all or nothing, reading the document as a stream
 * (memory grows with the largest unit, not with the document). Two modes, chosen by the caller (issue 10, finding
 * 1): {@link #restore} into an empty store, the document's entries written as they were ({@link #restoreInSteps}
 * for a document too large for one transaction: unit by unit), and {@link #merge} into a
 * store that may hold records already, every entry past a unit's stored head appended as a new entry that carries
 * it, in the importing actor's name. Either way the records must agree with the journal beside them; what else is
 * checked, and the rule codes of the refusals, are {@link LedgerImports}'s. Anything {@link LedgerReader} refuses is
 * refused the same way, and so is a document whose {@code digest} is not the store's ({@code ledger.digest}: an SM3
 * archive restores into a store made with SM3). A refusal leaves the store unchanged, but for a restore in steps.
 * Thread-safe.
 */
public final class LedgerImport {
  private final LedgerImports imports;
  private final ChainDigest digest;

  private LedgerImport(LedgerImports imports, ChainDigest digest) {
    this.imports = imports;
    this.digest = digest;
  }

  /** @param lianfang whose store to import into, under its access policy @return the importer */
  public static LedgerImport into(Lianfang lianfang) {
    Objects.requireNonNull(lianfang, "lianfang");
    return new LedgerImport(lianfang.ledger().imports(), lianfang.ledger().queries().digest());
  }

  /**
   * Restores a document into an empty store ({@link ImportMode#RESTORE}).
   *
   * @param actor who imports
   * @param in the document; left open
   * @return what was read and written, or why the document was refused (then the store is unchanged)
   * @throws IOException if the stream itself fails (then the store is unchanged)
   */
  public Outcome<ImportReport> restore(Actor actor, InputStream in) throws IOException {
    return run(actor, ImportMode.RESTORE, in);
  }

  /**
   * Restores a document into an empty store unit by unit, each unit in a transaction of its own once it passed every
   * check ({@link ImportMode#RESTORE_IN_STEPS}): for a document too large for one transaction. A refusal leaves the
   * units before the faulty one written (the refusal says how many, {@code ledger.partial}); restoring the corrected
   * document in steps again goes on from them.
   *
   * @param actor who imports
   * @param in the document; left open
   * @return what was read and written, or why the document was refused
   * @throws IOException if the stream itself fails (the units before it may be written)
   */
  public Outcome<ImportReport> restoreInSteps(Actor actor, InputStream in) throws IOException {
    return run(actor, ImportMode.RESTORE_IN_STEPS, in);
  }

  /**
   * Merges a document into the store ({@link ImportMode#MERGE}).
   *
   * @param actor who imports
   * @param in the document; left open
   * @return what was read and written, or why the document was refused (then the store is unchanged)
   * @throws IOException if the stream itself fails (then the store is unchanged)
   */
  public Outcome<ImportReport> merge(Actor actor, InputStream in) throws IOException {
    return run(actor, ImportMode.MERGE, in);
  }

  private Outcome<ImportReport> run(Actor actor, ImportMode mode, InputStream in) throws IOException {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(in, "in");
    LedgerCounts[] read = new LedgerCounts[1];
    Outcome<ImportResult> imported = imports.run(actor, mode, sink -> {
      Outcome<LedgerCounts> o = LedgerReader.standard().read(in, new Feed(sink), digest);
      if (o instanceof Outcome.Refused<LedgerCounts> r) {
        return Optional.of(r.refusal());
      }
      read[0] = o.orElseThrow();
      return Optional.empty();
    });
    return imported.map(r -> new ImportReport(read[0], new LedgerCounts(r.records(), r.entries())));
  }

  /** Hands the document's parts to the import as the reader checks them. */
  private record Feed(ArchiveSink sink) implements LedgerHandler {
    @Override
    public void section(LedgerSection section, String pointer) {
      sink.section(section.unit(), section.records(), pointer);
      for (int i = 0; i < section.registers().size(); i++) {
        sink.register(section.registers().get(i), Documents.child(Documents.child(pointer, "registers"), i));
      }
    }

    @Override
    public void journalEntry(JournalEntry entry, String pointer) {
      sink.entry(entry, pointer);
    }

    @Override
    public void endSection(LedgerSection section) {
      sink.endSection();
    }
  }
}
