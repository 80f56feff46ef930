-- Lianfang schema version 16: rectification items (整改事项, P-21; issue 12, second aggregate).
--
-- A rectification item of the unit that must rectify: where it came from (origin, the warning it rectifies), what it
-- asks (problem, target, measures, owner, due day), the day it was opened, and where it is (begun, the latest
-- submission with its evidence, why it was rejected, the verification, the closing), in one row of
-- lf_rectification_item; the risk points it concerns, in order, in lf_rectification_point. Enums are stored by
-- constant name. The child table is indexed by unit, as lists are read a unit at a time.

CREATE TABLE lf_rectification_item (
  item_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  origin VARCHAR(32) NOT NULL,
  warning_id UUID,
  problem VARCHAR(1000000) NOT NULL,
  target VARCHAR(1000000) NOT NULL,
  measures VARCHAR(1000000) NOT NULL,
  owner_id UUID NOT NULL,
  due DATE NOT NULL,
  opened DATE NOT NULL,
  started DATE,
  submitted_day DATE,
  submitted_text VARCHAR(1000000),
  rejected_day DATE,
  rejected_text VARCHAR(1000000),
  verified_day DATE,
  verified_text VARCHAR(1000000),
  closed DATE,
  version BIGINT NOT NULL
);
CREATE INDEX lf_rectification_item_unit ON lf_rectification_item (unit_id);

CREATE TABLE lf_rectification_point (
  unit_id UUID NOT NULL,
  item_id UUID NOT NULL,
  position INT NOT NULL,
  point_id UUID NOT NULL,
  PRIMARY KEY (item_id, position)
);
CREATE INDEX lf_rectification_point_unit ON lf_rectification_point (unit_id);
