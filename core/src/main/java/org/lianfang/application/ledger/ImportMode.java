package org.lianfang.application.ledger;

/**
 * How an archive comes into a store (issue 10, finding 1). Either way the importing actor needs
 * {@link org.lianfang.access.Operation#IMPORT_LEDGER} on every unit of the archive, and the records must agree with
 * the journal that comes with them.
 */
public enum ImportMode {
  /**
   * Into an empty store, the whole archive as it is, in one transaction: its entries are written as they were, so the
   * chains continue where the archive's ended (restoring a backup, or a district's own subtree taken from its city's
   * system). A refused archive changes nothing.
   */
  RESTORE,
  /**
   * {@link #RESTORE} for an archive too large for one transaction (a province, or a city on an embedded database): unit
   * by unit, each unit written in a transaction of its own once it has been checked whole (its entries' hashes and
   * its records' digests included), so the store holds only units that passed every check, and a database never
   * holds a whole archive uncommitted. The price is atomicity: a refused archive leaves the units before the faulty
   * one written, and the refusal says how many ({@code ledger.partial}). Running the restore in steps again with the
   * archive corrected goes on: into a store that holds the archive's first unit, the units it holds are compared, not
   * written (each record must be the archive's, each chain the archive's up to its stored head), and the rest come
   * in. Into any other store that holds units, it is refused as {@link #RESTORE} is. Until it has been accepted, the
   * store is a restore in progress: a host should not open it to its users before.
   */
  RESTORE_IN_STEPS,
  /**
   * Into a store that may hold records already: the records the store does not have come in, and every entry past a
   * unit's stored head is appended as a new entry of this store that carries the archive's ({@code
   * ledger.entry-merged}), stamped with who imported it and when, never as an entry of its own claimed actor and
   * time. Merging the same archive again, or a longer one of the same chains, goes on from the entries carried
   * before. A merge adds and never changes: a record the store holds differently (changed since by the archive's
   * side, or by this store's) refuses the archive, as does a chain this store's own commands have moved past the
   * archive's.
   */
  MERGE
}
