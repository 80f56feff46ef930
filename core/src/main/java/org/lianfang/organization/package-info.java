/**
 * The organisation model (S-2): the {@link org.lianfang.organization.Unit} tree, the
 * {@link org.lianfang.organization.Post}s in each unit with the facts grading needs, the
 * {@link org.lianfang.organization.Official}s and their {@link org.lianfang.organization.Tenure}s, and the
 * {@link org.lianfang.organization.PowerItem}s that form a unit's power list (权力清单).
 *
 * <p>Aggregates are immutable and thread-safe; a change returns a new instance. They refer to each other by id only.
 * No method accepts or returns {@code null}; absent values are returned as {@link java.util.Optional}.
 */
package org.lianfang.organization;
