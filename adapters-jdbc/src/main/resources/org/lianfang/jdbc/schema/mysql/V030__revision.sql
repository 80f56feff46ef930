-- Lianfang schema version 30: a year's revision posted (修正完善公示, S-12, P-5, P-26; issue 14).
--
-- The cycle's fourth rule, revision_posted (self-assessment and revision is not left, nor the year closed, before the
-- revision is posted, its notice over and the register as posted), FALSE for every year opened before this version,
-- as it ran without it. The revision posted last (in self-assessment and revision, or again in summary and
-- acceptance), in the notice_ columns of lf_cycle: the first day and the first day after, where it is posted (as wide
-- as a risk point notice's n_scope), how many points it adds, adjusts and deletes, the digest of the register it was
-- posted from and the digest of that register's ids and versions (64 lower-case hex digits each); all NULL while none
-- is posted. The changes themselves are in the journal.
ALTER TABLE lf_cycle ADD COLUMN revision_posted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE lf_cycle ADD COLUMN notice_start DATE;
ALTER TABLE lf_cycle ADD COLUMN notice_end DATE;
ALTER TABLE lf_cycle ADD COLUMN notice_scope VARCHAR(400);
ALTER TABLE lf_cycle ADD COLUMN notice_added INT;
ALTER TABLE lf_cycle ADD COLUMN notice_adjusted INT;
ALTER TABLE lf_cycle ADD COLUMN notice_deleted INT;
ALTER TABLE lf_cycle ADD COLUMN notice_digest VARCHAR(64);
ALTER TABLE lf_cycle ADD COLUMN notice_versions VARCHAR(64);
