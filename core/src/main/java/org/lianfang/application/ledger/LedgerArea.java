package org.lianfang.application.ledger;

import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.Wiring;

/**
 * The ledger area (廉政风险信息档案, S-13; ARCHITECTURE.md decision 3): every accepted command of the other areas
 * appends its events to its unit's hash-chained journal, and this area reads and verifies those chains
 * ({@link #queries()}) and brings archives in ({@link #imports()}). Built by
 * {@link org.lianfang.application.Lianfang}; immutable and thread-safe when the store is.
 */
public final class LedgerArea {
  static {
    Areas.register(LedgerArea.class, LedgerArea::new);
  }

  private final LedgerQueries queries;
  private final LedgerImports imports;

  private LedgerArea(Wiring wiring) {
    this.queries = new LedgerQueries(wiring.runner());
    this.imports = new LedgerImports(wiring.runner());
  }

  /** @return imports of archives, each one command of the actor who brings it (issue 10, finding 1) */
  public LedgerImports imports() {
    return imports;
  }

  /** @return the journal reads, each checked by the access policy */
  public LedgerQueries queries() {
    return queries;
  }
}
