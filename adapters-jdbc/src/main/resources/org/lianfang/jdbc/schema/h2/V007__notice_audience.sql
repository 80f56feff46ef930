-- Lianfang schema version 7: a notice's audience (issue 10, finding 11).
--
-- To whom a notice (公示) is shown — the unit (UNIT), the unit and the units below it (UNIT_TREE), or the public
-- (PUBLIC) — is a rule the queries apply, no longer a phrase in the notice's scope. Notices written before this
-- version were shown to the public, so they keep that audience; their record digests, which now cover the audience,
-- no longer verify (journal format 2 is not yet released; such a database is rebuilt from its ledger document).

ALTER TABLE lf_risk_point ADD COLUMN n_audience VARCHAR(16);
UPDATE lf_risk_point SET n_audience = 'PUBLIC' WHERE n_start IS NOT NULL;
