/**
 * The ledger area: {@link org.lianfang.application.ledger.LedgerArea} and its
 * {@link org.lianfang.application.ledger.LedgerQueries}, which read and verify each unit's hash-chained journal
 * (廉政风险信息档案, S-13; ARCHITECTURE.md decision 3).
 *
 * <p>Null policy: no method here accepts or returns {@code null}; a {@code null} actor fails fast with a
 * {@link NullPointerException}. A read the actor may not make comes back as a refused {@link org.lianfang.Outcome}
 * with the reason in Chinese and English.
 */
package org.lianfang.application.ledger;
