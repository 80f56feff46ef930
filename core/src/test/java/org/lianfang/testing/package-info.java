/**
 * Test support published in core's {@code tests} jar: a {@link org.lianfang.testing.MutableClock}, domain fixtures
 * ({@link org.lianfang.testing.World}, {@link org.lianfang.testing.RiskPointFixture}), QuickTheories generators for
 * every domain type ({@link org.lianfang.testing.Generators}) and the abstract port contract tests
 * ({@code *Contract}) that every store adapter, and a host's own adapters, must pass.
 */
package org.lianfang.testing;
