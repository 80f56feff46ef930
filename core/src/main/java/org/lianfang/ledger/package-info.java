/**
 * The archive (廉政风险信息档案, S-13): every committed command appends {@link org.lianfang.ledger.JournalEntry}s to a
 * per-unit hash chain (ARCHITECTURE.md decision 3), and {@link org.lianfang.ledger.JournalChain#verify} finds the first
 * broken link.
 *
 * <p>Immutable and thread-safe. No method accepts or returns {@code null}.
 */
package org.lianfang.ledger;
