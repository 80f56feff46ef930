-- Lianfang schema version 26: public appraisal rounds (群众评议, S-12, P-25; issue 13, fourth step of the checks).
--
-- A unit's round: its title, its scale, the days it collects answers, and where it has been (planned, opened,
-- analysed, closed with its remarks), in one row of lf_appraisal_round; its items in order in lf_appraisal_item, each
-- with its question, the one point, post or commitment it asks about, its owner, its counts per rating (counts only,
-- never who) and whether the analysis flagged it; the comments in the order recorded in lf_appraisal_comment, each
-- with the item's position, the rating, the text, any contact in clear beside its random seal (P-11: the adapter
-- never puts a value in an error message) and the rectification item it opened. Enums are stored by constant name.
-- Child tables are indexed by unit, as lists are read a unit at a time.

CREATE TABLE lf_appraisal_round (
  round_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  title VARCHAR(1000000) NOT NULL,
  scale VARCHAR(16) NOT NULL,
  from_day DATE NOT NULL,
  to_day DATE NOT NULL,
  planned DATE NOT NULL,
  opened DATE,
  analysed DATE,
  closed_day DATE,
  closed_text VARCHAR(1000000),
  version BIGINT NOT NULL
);
CREATE INDEX lf_appraisal_round_unit ON lf_appraisal_round (unit_id);

CREATE TABLE lf_appraisal_item (
  unit_id UUID NOT NULL,
  round_id UUID NOT NULL,
  position INT NOT NULL,
  question VARCHAR(1000000) NOT NULL,
  point_id UUID,
  post_id UUID,
  commitment_id UUID,
  owner_id UUID NOT NULL,
  very_satisfied INT NOT NULL,
  satisfied INT NOT NULL,
  basically_satisfied INT NOT NULL,
  dissatisfied INT NOT NULL,
  very_dissatisfied INT NOT NULL,
  not_known INT NOT NULL,
  flagged BOOLEAN NOT NULL,
  PRIMARY KEY (round_id, position)
);
CREATE INDEX lf_appraisal_item_unit ON lf_appraisal_item (unit_id);

CREATE TABLE lf_appraisal_comment (
  unit_id UUID NOT NULL,
  round_id UUID NOT NULL,
  position INT NOT NULL,
  item_position INT NOT NULL,
  rating VARCHAR(24) NOT NULL,
  comment_text VARCHAR(1000000) NOT NULL,
  contact VARCHAR(1000000),
  seal VARCHAR(32) NOT NULL,
  recorded DATE NOT NULL,
  item_id UUID,
  PRIMARY KEY (round_id, position)
);
CREATE INDEX lf_appraisal_comment_unit ON lf_appraisal_comment (unit_id);
