package org.lianfang.application.ledger;

import org.lianfang.cycle.FrozenYear;
import org.lianfang.kinds.RecordsByKind;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Unit;

/**
 * Receives an archive as its source reads it, unit by unit: the unit with its records, then its frozen registers, then
 * its journal chain one entry at a time, then the end of the unit. A unit's parent comes before it; the first unit is
 * the archive's root. Each method throws, as an unchecked exception of the import's own, when the import refuses what
 * it was given; the source lets it pass. Locations name the part in the source for the refusals, as a ledger document
 * lays the parts out (RFC 6901 pointers): below a unit's location, {@code /unit}, {@code /<kind name>/<index>} for its
 * records ({@link org.lianfang.kinds.AggregateKind#name()}), {@code /registers/<index>} for its registers, and its
 * entries at the locations given with them. Not thread-safe: call it from the thread that started the import.
 */
public interface ArchiveSink {
  /**
   * @param unit the unit as the archive holds it
   * @param records its records, over {@link org.lianfang.kinds.AggregateKinds#ofUnit()}
   * @param at where the unit's part of the archive is
   */
  void section(Unit unit, RecordsByKind records, String at);

  /**
   * @param register one of the unit's frozen registers (S-13, S-16), after its records and before its journal, oldest
   *     first: the import checks its records by the value rules of the unit's (not their references, which froze with
   *     them), and that the unit's journal froze it ({@code cycle.register-frozen}) on its day with the counts and
   *     digest its records give; each register the journal froze must come
   * @param at where it is
   */
  void register(FrozenYear register, String at);

  /**
   * @param entry the next entry of the unit's chain, from sequence 1: the import checks that it links to the one
   *     before and that its hash is the one its fields give ({@code ledger.chain}), whatever the source checked
   * @param at where it is
   */
  void entry(JournalEntry entry, String at);

  /** The unit's chain is complete. */
  void endSection();
}
