-- Lianfang schema version 21: cases under electronic supervision (电子监察, P-9, P-20; issue 12).
--
-- A case of one unit's administrative power: the power item, the host's number, when it started and the working time
-- promised (in minutes), the service commitment it was opened under, the pause under way and the completion, in one
-- row of lf_case; its steps, the pauses that ended and the signals raised, each list in order, in lf_case_mark
-- (mark_list 0: steps, with their names; 1: pauses, from mark_at to until_at; 2: signals, with the warning a RED one
-- raised). Instants are milliseconds since the epoch, as elsewhere. The child table is indexed by unit, as lists are
-- read a unit at a time.

CREATE TABLE lf_case (
  case_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  power_item_id UUID NOT NULL,
  case_number VARCHAR(1000000) NOT NULL,
  started BIGINT NOT NULL,
  limit_minutes BIGINT NOT NULL,
  commitment_id UUID,
  paused_since BIGINT,
  completed BIGINT,
  version BIGINT NOT NULL
);
CREATE INDEX lf_case_unit ON lf_case (unit_id);

CREATE TABLE lf_case_mark (
  unit_id UUID NOT NULL,
  case_id UUID NOT NULL,
  mark_list INT NOT NULL,
  position INT NOT NULL,
  mark_at BIGINT NOT NULL,
  until_at BIGINT,
  step_name VARCHAR(1000000),
  signal_code VARCHAR(32),
  warning_id UUID,
  PRIMARY KEY (case_id, mark_list, position)
);
CREATE INDEX lf_case_mark_unit ON lf_case_mark (unit_id);
