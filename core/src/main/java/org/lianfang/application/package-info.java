/**
 * The entry point {@link org.lianfang.application.Lianfang}, the commands (records checked with Jakarta Validation),
 * one use case per activity, the {@link org.lianfang.application.Queries} and the
 * {@link org.lianfang.application.DefaultAccessPolicy}.
 *
 * <p>Every command carries an {@link org.lianfang.Actor} and returns an {@link org.lianfang.Outcome}: accepted with a
 * value, or refused with a reason in Chinese and English. A refused command changes nothing — no record, no journal
 * entry. Optional parts of a command are {@link java.util.Optional} components; {@code null} is never a valid value
 * and comes back as an {@code INVALID_INPUT} refusal naming the field.
 */
package org.lianfang.application;
