-- Lianfang schema version 6: the journal proves the records (issue 10, finding 2).
--
-- Each journal entry names the record its event changed and carries the digest of that record's canonical state
-- after the change (docs/journal-format.md, sections 2 and 8), so verifyRecords finds any record edited, inserted or
-- deleted beside Lianfang. Each notice comment keeps the random seal its digest covers with its sealed author (P-11).
-- Entries written before this version carry the nil id and a digest of zeros: they were hashed without these members
-- and no longer verify (journal format 2; such a database is rebuilt from its ledger document).

ALTER TABLE lf_journal ADD COLUMN record_id UUID NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
ALTER TABLE lf_journal ALTER COLUMN record_id DROP DEFAULT;
ALTER TABLE lf_journal ADD COLUMN record_digest CHAR(64) NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000';
ALTER TABLE lf_journal ALTER COLUMN record_digest DROP DEFAULT;
ALTER TABLE lf_risk_comment ADD COLUMN seal VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE lf_risk_comment ALTER COLUMN seal DROP DEFAULT;
