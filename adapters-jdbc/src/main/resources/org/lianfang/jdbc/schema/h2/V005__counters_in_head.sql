-- Lianfang schema version 5: a unit's code numbers in the row of its journal head (issue 9).
--
-- Every command of a unit locks and moves its journal head; the last number taken for the unit's risk point codes
-- (昆明-0001, 昆明-0002, …) now lives in the same row, so numbering the next code moves the row the command locks
-- anyway, in the statement that locks it, instead of a second table's row (V004's lf_code_counter, whose numbers are
-- carried over here and which keeps only the numbers of units without a head yet). Null means not yet known: the
-- next number is then derived once from the unit's records and lf_code_counter, and kept. A later kind of numbered
-- record adds a column of its own here.

ALTER TABLE lf_journal_head ADD COLUMN risk_point_number BIGINT;

UPDATE lf_journal_head SET risk_point_number = (SELECT c.last_number FROM lf_code_counter c
  WHERE c.unit_id = lf_journal_head.unit_id AND c.series = 'risk_point');
