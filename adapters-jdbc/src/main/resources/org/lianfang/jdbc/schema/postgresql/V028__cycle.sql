-- Lianfang schema version 28: annual cycles (S-16, ARCHITECTURE.md decision 7; issue 14, the cycle's first aggregate).
--
-- A unit's year, one per unit and year (the unique key leads with the unit): the day it opened, its timetable (each
-- of the six working phases' first and last day, by the phase's code), its rules (three guards, each on or off) and
-- the versions of the five policies it runs under (name, version and parameters each), in one row of lf_cycle; what
-- the records held when each phase was left, in order, in lf_cycle_step (the k-th row left the k-th phase; six rows
-- close the year). Columns avoid H2's reserved DAY.

CREATE TABLE lf_cycle (
  cycle_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  year_no INT NOT NULL,
  opened DATE NOT NULL,
  mobilisation_from DATE NOT NULL,
  mobilisation_to DATE NOT NULL,
  identification_from DATE NOT NULL,
  identification_to DATE NOT NULL,
  training_from DATE NOT NULL,
  training_to DATE NOT NULL,
  measures_from DATE NOT NULL,
  measures_to DATE NOT NULL,
  revision_from DATE NOT NULL,
  revision_to DATE NOT NULL,
  acceptance_from DATE NOT NULL,
  acceptance_to DATE NOT NULL,
  points_settled BOOLEAN NOT NULL,
  no_coverage_gaps BOOLEAN NOT NULL,
  items_settled BOOLEAN NOT NULL,
  grading_name VARCHAR(200) NOT NULL,
  grading_version VARCHAR(200) NOT NULL,
  grading_parameters TEXT NOT NULL,
  coverage_name VARCHAR(200) NOT NULL,
  coverage_version VARCHAR(200) NOT NULL,
  coverage_parameters TEXT NOT NULL,
  warnings_name VARCHAR(200) NOT NULL,
  warnings_version VARCHAR(200) NOT NULL,
  warnings_parameters TEXT NOT NULL,
  evaluation_name VARCHAR(200) NOT NULL,
  evaluation_version VARCHAR(200) NOT NULL,
  evaluation_parameters TEXT NOT NULL,
  cycle_name VARCHAR(200) NOT NULL,
  cycle_version VARCHAR(200) NOT NULL,
  cycle_parameters TEXT NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT lf_cycle_once UNIQUE (unit_id, year_no)
);

CREATE TABLE lf_cycle_step (
  unit_id UUID NOT NULL,
  cycle_id UUID NOT NULL,
  position INT NOT NULL,
  step_day DATE NOT NULL,
  stale_points INT NOT NULL,
  unconfirmed_points INT NOT NULL,
  coverage_gaps INT NOT NULL,
  open_items INT NOT NULL,
  PRIMARY KEY (cycle_id, position)
);
CREATE INDEX lf_cycle_step_unit ON lf_cycle_step (unit_id);
