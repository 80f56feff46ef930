/**
 * The JDBC adapter: {@link org.lianfang.jdbc.JdbcStore}, every persistence port of {@code org.lianfang.spi} over a
 * {@link javax.sql.DataSource} the host supplies, with plain JDBC and prepared statements only; the versioned schema
 * per dialect and {@link org.lianfang.jdbc.JdbcSchema#install}. Dialects: H2 (the embedded default), PostgreSQL and
 * the PostgreSQL-compatible databases, MySQL/MariaDB and the MySQL-compatible ones.
 *
 * <p>{@code org.lianfang.jdbc.internal} holds what this package's classes share (transactions, statement helpers, bulk
 * inserts); it is not API.
 *
 * <p>No method accepts or returns {@code null}.
 */
package org.lianfang.jdbc;
