package org.lianfang.application.ledger;

/**
 * How an archive comes into a store (issue 10, finding 1). Either way the importing actor needs
 * {@link org.lianfang.access.Operation#IMPORT_LEDGER} on every unit of the archive, and the records must agree with
 * the journal that comes with them.
 */
public enum ImportMode {
  /**
   * Into an empty store, the whole archive as it is: its entries are written as they were, so the chains continue
   * where the archive's ended (restoring a backup, or a district's own subtree taken from its city's system).
   */
  RESTORE,
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
