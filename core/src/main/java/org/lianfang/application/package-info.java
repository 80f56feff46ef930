/**
 * The entry point {@link org.lianfang.application.Lianfang} and the
 * {@link org.lianfang.application.DefaultAccessPolicy}. The commands, their handlers and the reads live in one package
 * per area, each behind one facade of the same shape — command methods {@code verb(Actor, Command)} and
 * {@code queries()}: {@link org.lianfang.application.organization} (units, posts, officials, tenures, power items),
 * {@link org.lianfang.application.process} (flow charts), {@link org.lianfang.application.risk} (risk points, from
 * identification to confirmation) and {@link org.lianfang.application.ledger} (the journal).
 * {@code org.lianfang.application.internal} is what the areas share; it is not API.
 *
 * <p>Every command carries an {@link org.lianfang.Actor} and returns an {@link org.lianfang.Outcome}: accepted with a
 * value, or refused with a reason in Chinese and English. A refused command changes nothing — no record, no journal
 * entry. Optional parts of a command are {@link java.util.Optional} components; {@code null} is never a valid value
 * and comes back as an {@code INVALID_INPUT} refusal naming the field. No method here accepts or returns
 * {@code null}; a {@code null} argument fails fast with a {@link NullPointerException}.
 */
package org.lianfang.application;
