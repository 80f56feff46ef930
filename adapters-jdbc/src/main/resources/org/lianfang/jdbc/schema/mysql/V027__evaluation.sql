-- Lianfang schema version 27: annual evaluations (年度考核, S-11, P-24; issue 13, the evaluation's first aggregate).
--
-- A unit's evaluation of one year, one per unit and year (the unique key leads with the unit): the policy it is scored
-- under (its name, version and parameters), the self-assessment (the score per item as the decimals' text, joined by
-- commas in the policy's order, the summary, the day), once inspected the figures the records held that day (one
-- column per count), the leaders' scores (decimals' text joined by commas), the decision (day, remarks, total as text,
-- band by constant name, its label) and the day it was published, in one row of lf_evaluation; the deductions and
-- vetoes of the inspection in order in lf_evaluation_case (kind DEDUCTION or VETO). Decimals are kept as text so that
-- their scale comes back exactly.

CREATE TABLE lf_evaluation (
  evaluation_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  year_no INT NOT NULL,
  policy_name VARCHAR(200) NOT NULL,
  policy_version VARCHAR(200) NOT NULL,
  policy_parameters MEDIUMTEXT NOT NULL,
  self_items MEDIUMTEXT NOT NULL,
  self_summary MEDIUMTEXT NOT NULL,
  self_day DATE NOT NULL,
  reviewed DATE,
  as_of DATE,
  points INT,
  points_owned INT,
  points_covered INT,
  power_items INT,
  power_items_disclosed INT,
  checks_due INT,
  checks_submitted INT,
  rated_full INT,
  rated_partial INT,
  rated_none INT,
  items_overdue INT,
  reports_open INT,
  leaders_held INT,
  others_held INT,
  appraisal_scored BIGINT,
  appraisal_satisfied BIGINT,
  leader_scores MEDIUMTEXT,
  decided_day DATE,
  decided_remarks MEDIUMTEXT,
  decided_total VARCHAR(16),
  band VARCHAR(16),
  band_label VARCHAR(200),
  published DATE,
  version BIGINT NOT NULL,
  CONSTRAINT lf_evaluation_once UNIQUE (unit_id, year_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_evaluation_case (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  evaluation_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  item VARCHAR(64),
  points VARCHAR(16),
  reason MEDIUMTEXT NOT NULL,
  evidence MEDIUMTEXT NOT NULL,
  PRIMARY KEY (evaluation_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_evaluation_case_unit ON lf_evaluation_case (unit_id);
