package org.lianfang.json;

/**
 * How many records of each kind a ledger document held, or an import wrote. Immutable and thread-safe.
 *
 * @param units units
 * @param posts posts
 * @param officials officials
 * @param tenures tenures
 * @param powerItems power items
 * @param processes business processes
 * @param riskPoints risk points
 * @param journalEntries journal entries
 */
public record LedgerCounts(
    long units, long posts, long officials, long tenures, long powerItems, long processes, long riskPoints,
    long journalEntries) {

  /** No records. */
  public static final LedgerCounts NONE = new LedgerCounts(0, 0, 0, 0, 0, 0, 0, 0);

  /** @return every record but the journal's entries */
  public long records() {
    return units + posts + officials + tenures + powerItems + processes + riskPoints;
  }

  /** @return records and journal entries together */
  public long total() {
    return records() + journalEntries;
  }

  LedgerCounts plus(LedgerSection s) {
    return new LedgerCounts(units + 1, posts + s.posts().size(), officials + s.officials().size(),
        tenures + s.tenures().size(), powerItems + s.powerItems().size(), processes + s.processes().size(),
        riskPoints + s.riskPoints().size(), journalEntries);
  }

  LedgerCounts plusJournal(long entries) {
    return new LedgerCounts(units, posts, officials, tenures, powerItems, processes, riskPoints,
        journalEntries + entries);
  }
}
