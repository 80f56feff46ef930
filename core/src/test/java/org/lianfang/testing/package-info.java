/**
 * The contract kit, published as core's {@code tests} jar ({@code <type>test-jar</type>}), which holds this package
 * and nothing else: a {@link org.lianfang.testing.MutableClock}, domain fixtures ({@link org.lianfang.testing.World},
 * {@link org.lianfang.testing.RiskPointFixture}), QuickTheories generators for every domain type
 * ({@link org.lianfang.testing.Generators}), the {@link org.lianfang.testing.ArchitectureRules} and the abstract port
 * contract tests ({@code *Contract}) that every store adapter, and a host's own adapters, must pass.
 *
 * <p><b>Repositories.</b> {@link org.lianfang.testing.RepositoryContract} states the contract every repository shares,
 * once; one contract per port adds its own lookups ({@link org.lianfang.testing.UnitsContract},
 * {@link org.lianfang.testing.PostsContract}, {@link org.lianfang.testing.OfficialsContract},
 * {@link org.lianfang.testing.TenuresContract}, {@link org.lianfang.testing.PowerItemsContract},
 * {@link org.lianfang.testing.ProcessesContract}, {@link org.lianfang.testing.RiskPointsContract}). A host proves one
 * port by extending its contract, or every port of a store at once by extending
 * {@link org.lianfang.testing.StoreContract}, which runs them all as JUnit 5 {@code @Nested} classes. The journal,
 * the transactions, the access policy and the notification sender have contracts of their own.
 *
 * <p><b>What a host adds itself.</b> The dependencies of a test-jar are not transitive, so a host that uses this jar
 * declares, in test scope: JUnit Jupiter ({@code org.junit.jupiter:junit-jupiter}, built with 5.14), QuickTheories
 * ({@code org.quicktheories:quicktheories:0.26}, which the generators and contracts use) and, only for
 * {@link org.lianfang.testing.ArchitectureRules}, ArchUnit ({@code com.tngtech.archunit:archunit-junit5}). Guava comes
 * with {@code lianfang-core} itself. A host's own test class extending a contract is what runs it; scanning this jar
 * with Surefire's {@code dependenciesToScan} runs nothing, since every contract is abstract.
 */
package org.lianfang.testing;
