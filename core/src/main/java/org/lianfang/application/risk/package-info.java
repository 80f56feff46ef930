/**
 * The risk area: {@link org.lianfang.application.risk.RiskArea} with its commands — identifying risk points by the five
 * methods, reviewing, grading, publishing (公示), commenting, confirming (集体定), retiring and naming owners (S-3 to
 * S-6, S-12, P-1 to P-5, P-11) — and its {@link org.lianfang.application.risk.RiskQueries}: risk points, Form 2,
 * totals, the heat map and the public view (S-13). It reacts to the organisation and process events by marking the
 * risk points on what changed stale (P-3), so those areas never write risk points.
 *
 * <p>Null policy: no method here accepts or returns {@code null}. Commands are records checked with Jakarta
 * Validation; their optional parts (a point's post, step, power item, owners) are {@link java.util.Optional}
 * components, a {@code null} inside a command is refused as {@code INVALID_INPUT} naming the field, and a {@code null}
 * actor or command fails fast with a {@link NullPointerException}. Reads return {@link java.util.Optional} or an empty
 * list for what is absent or hidden from the actor.
 */
package org.lianfang.application.risk;
