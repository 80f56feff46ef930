/**
 * Every outbound port of Lianfang: persistence ({@link org.lianfang.spi.Store} and one repository per aggregate),
 * {@link org.lianfang.spi.Transactions}, the {@link org.lianfang.spi.Journal}, the
 * {@link org.lianfang.spi.AccessPolicy} and the {@link org.lianfang.spi.NotificationSender}. Integrators implement
 * these and prove their adapter with the abstract contract tests in core's {@code tests} jar.
 *
 * <p>This package holds interfaces only. No method accepts or returns {@code null}; absent values come back as
 * {@link java.util.Optional}. Unless a port says otherwise, implementations must be thread-safe.
 */
package org.lianfang.spi;
