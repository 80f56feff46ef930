package org.lianfang.json;

import org.lianfang.ledger.JournalEntry;

/**
 * Receives a ledger document as {@link LedgerReader} reads it: the header, then per unit its section and its journal
 * one entry at a time. The reader has checked each part's form, that it belongs to its section's unit, and that each
 * journal entry links to the one before; a handler may refuse a part by throwing {@link DocumentRefusedException}.
 * Pointers name the part in the document (RFC 6901), for the handler's own refusals.
 */
public interface LedgerHandler {
  /** @param header the document's header */
  default void header(LedgerHeader header) {}

  /**
   * @param section a unit with its records
   * @param pointer where the section is, {@code /units/7}; its records are below it ({@code /units/7/posts/0})
   */
  void section(LedgerSection section, String pointer);

  /**
   * @param entry the next entry of the current section's journal chain, already checked to link to the one before
   * @param pointer where it is, {@code /units/7/journal/12}
   */
  void journalEntry(JournalEntry entry, String pointer);

  /** @param section the section whose journal has ended */
  default void endSection(LedgerSection section) {}
}
