/**
 * The in-memory store: every port of {@code org.lianfang.spi} that persists anything, held in memory, for prototypes
 * and tests. Thread-safe; one command at a time writes (a write lock per transaction), reads run alongside each
 * other. A transaction that throws is undone completely.
 *
 * <p>No method accepts or returns {@code null}.
 */
package org.lianfang.memory;
