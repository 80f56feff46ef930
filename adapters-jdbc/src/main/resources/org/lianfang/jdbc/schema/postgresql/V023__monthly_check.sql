-- Lianfang schema version 23: monthly checks (月查, S-10, P-22; issue 13, first aggregate of the checks).
--
-- A post's check of one month: the post, the month (its first day), who checked, the day it was opened, and where it
-- is (the latest submission, why it was returned, the review), in one row of lf_monthly_check, one per post and month
-- (the unique key leads with the unit, as every key is to); its rows, one per control measure in the order given,
-- with the rating, the indicator's value as the decimal's text (its scale comes back exactly), the problem and the
-- requirement, and, once reviewed, the rectification item and the reminder it raised, in lf_check_row; each row's
-- evidence references, in order, in lf_check_evidence. Enums are stored by constant name. Child tables are indexed by
-- unit, as lists are read a unit at a time; checks by post, as a post's earlier checks are read at each review.

CREATE TABLE lf_monthly_check (
  check_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  post_id UUID NOT NULL,
  month_start DATE NOT NULL,
  checker_id UUID NOT NULL,
  opened DATE NOT NULL,
  submitted DATE,
  returned_day DATE,
  returned_text TEXT,
  reviewed DATE,
  version BIGINT NOT NULL,
  CONSTRAINT lf_monthly_check_once UNIQUE (unit_id, post_id, month_start)
);
CREATE INDEX lf_monthly_check_post ON lf_monthly_check (post_id, month_start);

CREATE TABLE lf_check_row (
  unit_id UUID NOT NULL,
  check_id UUID NOT NULL,
  position INT NOT NULL,
  measure_id UUID NOT NULL,
  rating VARCHAR(16) NOT NULL,
  indicator_value VARCHAR(200),
  problem TEXT,
  requirement TEXT,
  item_id UUID,
  warning_id UUID,
  PRIMARY KEY (check_id, position)
);
CREATE INDEX lf_check_row_unit ON lf_check_row (unit_id);

CREATE TABLE lf_check_evidence (
  unit_id UUID NOT NULL,
  check_id UUID NOT NULL,
  row_position INT NOT NULL,
  position INT NOT NULL,
  title TEXT NOT NULL,
  location TEXT NOT NULL,
  digest TEXT,
  PRIMARY KEY (check_id, row_position, position)
);
CREATE INDEX lf_check_evidence_unit ON lf_check_evidence (unit_id);
