-- Lianfang schema version 2: the database itself keeps grades on their 1-5 scales (S-6) and journal sequences
-- positive, so a row written around Lianfang (a migration script, a hand fix) cannot break the records' rules.
-- MySQL enforces CHECK from 8.0.16 and MariaDB from 10.2; on TiDB these constraints are parsed and ignored.

ALTER TABLE lf_risk_point ADD CONSTRAINT lf_risk_point_scales
  CHECK ((g_probability IS NULL AND g_harm IS NULL)
      OR (g_probability BETWEEN 1 AND 5 AND g_harm BETWEEN 1 AND 5));

ALTER TABLE lf_journal ADD CONSTRAINT lf_journal_sequence CHECK (sequence >= 1);

ALTER TABLE lf_journal_head ADD CONSTRAINT lf_journal_head_sequence CHECK (sequence >= 1);
