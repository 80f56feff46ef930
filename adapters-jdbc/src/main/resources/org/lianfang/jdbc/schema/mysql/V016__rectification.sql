-- Lianfang schema version 16: rectification items (整改事项, P-21; issue 12, second aggregate).
--
-- A rectification item of the unit that must rectify: where it came from (origin, the warning it rectifies), what it
-- asks (problem, target, measures, owner, due day), the day it was opened, and where it is (begun, the latest
-- submission with its evidence, why it was rejected, the verification, the closing), in one row of
-- lf_rectification_item; the risk points it concerns, in order, in lf_rectification_point. Enums are stored by
-- constant name. The child table is indexed by unit, as lists are read a unit at a time.

CREATE TABLE lf_rectification_item (
  item_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  origin VARCHAR(32) NOT NULL,
  warning_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  problem MEDIUMTEXT NOT NULL,
  target MEDIUMTEXT NOT NULL,
  measures MEDIUMTEXT NOT NULL,
  owner_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  due DATE NOT NULL,
  opened DATE NOT NULL,
  started DATE,
  submitted_day DATE,
  submitted_text MEDIUMTEXT,
  rejected_day DATE,
  rejected_text MEDIUMTEXT,
  verified_day DATE,
  verified_text MEDIUMTEXT,
  closed DATE,
  version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_rectification_item_unit ON lf_rectification_item (unit_id);

CREATE TABLE lf_rectification_point (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  item_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  point_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (item_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_rectification_point_unit ON lf_rectification_point (unit_id);
