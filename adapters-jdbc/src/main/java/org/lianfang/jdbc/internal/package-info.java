/**
 * Not API: what the JDBC adapter's classes share — the {@link org.lianfang.jdbc.internal.JdbcTransactions} that give
 * each command its connection (a transaction of its own or a savepoint in the host's), the
 * {@link org.lianfang.jdbc.internal.Statements} every repository runs its hand-written SQL through, and the
 * {@link org.lianfang.jdbc.internal.BulkInsert} each repository offers the bulk loader. Its classes are public only
 * because Java has no other way to share them between packages; hosts, the JSON adapter and the examples must not use
 * them (ArchUnit forbids it), and they change without notice. Use {@link org.lianfang.jdbc.JdbcStore} instead.
 *
 * <p>It depends on JDBC, core's domain and ports, and of the adapter's own package only on
 * {@link org.lianfang.jdbc.JdbcException}, the exception hosts catch. Null policy as everywhere in Lianfang: no method
 * accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
package org.lianfang.jdbc.internal;
