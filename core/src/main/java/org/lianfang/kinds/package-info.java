/**
 * The one ordered list of the kinds of aggregate Lianfang keeps ({@link org.lianfang.kinds.AggregateKinds}), for the
 * code that treats every aggregate alike: ledger documents and their counts, import and export, bulk loading, store
 * snapshots. Code that differs per kind (SQL, JSON mappings, schemas) stays hand-written per kind.
 */
package org.lianfang.kinds;
