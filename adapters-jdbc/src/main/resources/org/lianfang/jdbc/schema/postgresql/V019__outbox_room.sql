-- Lianfang schema version 19: room in the outbox's pages for its claims (issue 12, outbox-bench).
--
-- A dispatcher writes each row's claimant and lease once before sending it, then deletes it. With the pages full
-- (fillfactor 100) every such update is a new row version elsewhere and new entries in all three indexes; with room
-- left on the page, PostgreSQL updates the unindexed columns in place (a heap-only tuple), and claiming costs about
-- what a plain lock costs (measured: 20,000 rows claimed and deleted in batches of 100, 300 ms before, 207 ms after,
-- 190 ms for a select-and-delete loop that writes no lease). Rows written before keep their pages until rewritten.
ALTER TABLE lf_outbox SET (fillfactor = 50);
