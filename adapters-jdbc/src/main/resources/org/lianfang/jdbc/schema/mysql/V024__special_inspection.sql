-- Lianfang schema version 24: special inspections (专项检查, S-10; issue 13, second step of the checks).
--
-- An inspection of a discipline body's unit: its document number, subject, days, methods (constant names, comma
-- separated), the day it was planned and where it is (begun, reported with its summary, closed), in
-- lf_special_inspection; the units it inspects, in order, in lf_inspection_scope. What it found in a unit is that
-- unit's: the problem, the day, the rectification item its order opened, in lf_inspection_finding; the risk points it
-- concerns in lf_finding_point; who was held accountable, in the order recorded, in lf_accountability. Child tables
-- are indexed by unit, as lists are read a unit at a time.

CREATE TABLE lf_special_inspection (
  inspection_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  inspection_number MEDIUMTEXT NOT NULL,
  subject MEDIUMTEXT NOT NULL,
  from_day DATE NOT NULL,
  to_day DATE NOT NULL,
  methods VARCHAR(200) NOT NULL,
  planned DATE NOT NULL,
  started DATE,
  reported_day DATE,
  reported_text MEDIUMTEXT,
  closed DATE,
  version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_special_inspection_unit ON lf_special_inspection (unit_id);

CREATE TABLE lf_inspection_scope (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  inspection_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  scope_unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (inspection_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_inspection_scope_unit ON lf_inspection_scope (unit_id);

CREATE TABLE lf_inspection_finding (
  finding_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  inspection_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  recorded DATE NOT NULL,
  problem MEDIUMTEXT NOT NULL,
  item_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_inspection_finding_unit ON lf_inspection_finding (unit_id);

CREATE TABLE lf_finding_point (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  finding_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  point_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (finding_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_finding_point_unit ON lf_finding_point (unit_id);

CREATE TABLE lf_accountability (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  finding_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  official_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  measure MEDIUMTEXT NOT NULL,
  decision MEDIUMTEXT NOT NULL,
  decided DATE NOT NULL,
  PRIMARY KEY (finding_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_accountability_unit ON lf_accountability (unit_id);
