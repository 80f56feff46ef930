/**
 * Lianfang's shared kernel: {@link org.lianfang.Actor}, {@link org.lianfang.UnitId}, {@link org.lianfang.DomainEvent},
 * the {@link org.lianfang.Outcome} of a command and the root {@link org.lianfang.LianfangException}.
 *
 * <p>Null policy for the whole library: no public method accepts or returns {@code null}. An absent value is returned
 * as {@link java.util.Optional}; {@code Optional} is never a field or a parameter. A {@code null} argument fails fast
 * with a {@link NullPointerException} naming the parameter.
 */
package org.lianfang;
