/**
 * The organization area: {@link org.lianfang.application.organization.OrganizationArea} with its commands — units,
 * posts, officials, tenures and power items (S-2, S-18, P-3) — and its
 * {@link org.lianfang.application.organization.OrganizationQueries}.
 *
 * <p>Null policy: no method here accepts or returns {@code null}. Commands are records checked with Jakarta
 * Validation; their optional parts (a unit's parent) are {@link java.util.Optional} components, a {@code null} inside
 * a command is refused as {@code INVALID_INPUT} naming the field, and a {@code null} actor or command fails fast with
 * a {@link NullPointerException}. Reads return {@link java.util.Optional} or an empty list for what is absent or
 * hidden from the actor.
 */
package org.lianfang.application.organization;
