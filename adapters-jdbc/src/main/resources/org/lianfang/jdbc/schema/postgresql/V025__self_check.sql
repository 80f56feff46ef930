-- Lianfang schema version 25: half-year self-checks (自查报告, P-12, P-23; issue 13, third step of the checks).
--
-- A unit's self-check of one half year, one per unit and half (the unique key leads with the unit): its five sections,
-- the day it was drafted, once submitted the figures read from the records that day (their day is the submission's),
-- and the acknowledgement of the unit above (its day and remarks), in one row of lf_self_check.

CREATE TABLE lf_self_check (
  report_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  half_year INT NOT NULL,
  half_no INT NOT NULL,
  drafted DATE NOT NULL,
  effect TEXT NOT NULL,
  self_discipline TEXT NOT NULL,
  rule_gaps TEXT NOT NULL,
  fixes TEXT NOT NULL,
  next_steps TEXT NOT NULL,
  submitted DATE,
  checks_done INT,
  rated_full INT,
  rated_partial INT,
  rated_none INT,
  items_opened INT,
  items_closed INT,
  items_overdue INT,
  warnings_issued INT,
  warnings_closed INT,
  acknowledged_day DATE,
  acknowledged_text TEXT,
  version BIGINT NOT NULL,
  CONSTRAINT lf_self_check_once UNIQUE (unit_id, half_year, half_no)
);
