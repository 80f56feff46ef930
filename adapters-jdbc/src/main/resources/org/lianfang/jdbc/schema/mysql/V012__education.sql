-- Lianfang schema version 12: education on the first defense line (廉政教育, P-15; issue 11, second step).
--
-- An education activity of one unit: what it was (form, day held, topic, lecturer, hours) and when it was recorded or
-- withdrawn, in lf_education_activity; the officials who attended, the posts and the risk points it was aimed at, each
-- list in its order, in lf_education_ref (kind 'attendee', 'post' or 'point'); its evidence references, in order, in
-- lf_education_evidence. Hours are stored as the decimal's text, so their scale comes back exactly. Child tables are
-- indexed by unit, as lists are read a unit at a time.

CREATE TABLE lf_education_activity (
  activity_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  form VARCHAR(32) NOT NULL,
  held DATE NOT NULL,
  topic MEDIUMTEXT NOT NULL,
  lecturer MEDIUMTEXT NOT NULL,
  lecturer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  hours VARCHAR(16) NOT NULL,
  recorded DATE NOT NULL,
  withdrawn DATE,
  withdrawal_reason MEDIUMTEXT,
  version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_education_activity_unit ON lf_education_activity (unit_id);

CREATE TABLE lf_education_ref (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  activity_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  kind VARCHAR(16) NOT NULL,
  position INT NOT NULL,
  ref_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (activity_id, kind, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_education_ref_unit ON lf_education_ref (unit_id);

CREATE TABLE lf_education_evidence (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  activity_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  title MEDIUMTEXT NOT NULL,
  location MEDIUMTEXT NOT NULL,
  digest MEDIUMTEXT,
  PRIMARY KEY (activity_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_education_evidence_unit ON lf_education_evidence (unit_id);
