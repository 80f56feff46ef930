/**
 * What an {@code AccessPolicy} decides about (ARCHITECTURE.md decision 1): the {@link org.lianfang.access.Operation},
 * the {@link org.lianfang.access.AccessTarget} and the {@link org.lianfang.access.AccessDecision}.
 *
 * <p>Immutable and thread-safe. No method accepts or returns {@code null}.
 */
package org.lianfang.access;
