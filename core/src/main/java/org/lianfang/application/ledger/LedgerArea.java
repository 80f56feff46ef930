package org.lianfang.application.ledger;

import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.Wiring;

/**
 * The ledger area (廉政风险信息档案, S-13; ARCHITECTURE.md decision 3): every accepted command of the other areas
 * appends its events to its unit's hash-chained journal, and this area reads and verifies those chains. It has no
 * commands of its own yet, only {@link #queries()}. Built by {@link org.lianfang.application.Lianfang}; immutable and
 * thread-safe when the store is.
 */
public final class LedgerArea {
  static {
    Areas.register(LedgerArea.class, LedgerArea::new);
  }

  private final LedgerQueries queries;

  private LedgerArea(Wiring wiring) {
    this.queries = new LedgerQueries(wiring.runner());
  }

  /** @return the journal reads, each checked by the access policy */
  public LedgerQueries queries() {
    return queries;
  }
}
