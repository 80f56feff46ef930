/**
 * Lianfang's shared kernel: {@link org.lianfang.Actor}, {@link org.lianfang.UnitId}, {@link org.lianfang.DomainEvent},
 * the {@link org.lianfang.Outcome} of a command, the root {@link org.lianfang.LianfangException} and the field
 * {@link org.lianfang.Limits} commands and imports share.
 *
 * <p>Null policy for the whole library: no public method accepts or returns {@code null}. An absent value is returned
 * as {@link java.util.Optional}. Classes never hold an {@code Optional} field, and methods take no {@code Optional}
 * parameter except where a part is optional by nature — a unit's parent, a risk point's post — and the alternative
 * would be {@code null}. Records that carry data across the boundary (commands, events) name their optional parts as
 * {@code Optional} components for the same reason. A {@code null} argument fails fast with a
 * {@link NullPointerException} naming the parameter; a {@code null} inside a command is refused as invalid input.
 */
package org.lianfang;
