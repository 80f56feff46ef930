/**
 * Risk identification (风险排查, S-2 to S-6, P-1 to P-5): {@link org.lianfang.risk.RiskPoint}s on posts or on whole
 * units, their categories, sources, how they were found, their owner chain, and the review workflow
 * ({@link org.lianfang.risk.ReviewTransitions}) from draft to confirmed (集体定).
 *
 * <p>Aggregates and values are immutable and thread-safe. No method accepts or returns {@code null}; absent values
 * are returned as {@link java.util.Optional}.
 */
package org.lianfang.risk;
