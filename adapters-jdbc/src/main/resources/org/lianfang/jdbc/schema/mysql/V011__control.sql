-- Lianfang schema version 11: the control stage (防控落实, issue 11).
--
-- A control measure (P-13) of one unit: what it says (phase, defense line, content, basis, owner chain, due date,
-- cadence, monitoring indicator) and where it is in its life (state and the day of each step), in lf_control_measure;
-- the risk points it controls, in Form 3's order, in lf_control_measure_point; its evidence references, in order, in
-- lf_control_evidence. Enums are stored by constant name, as elsewhere; an indicator's threshold as the decimal's
-- text, so its scale comes back exactly. Child tables are indexed by unit, as lists are read a unit at a time.

CREATE TABLE lf_control_measure (
  measure_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  phase VARCHAR(32) NOT NULL,
  defense_line VARCHAR(32) NOT NULL,
  content MEDIUMTEXT NOT NULL,
  basis MEDIUMTEXT NOT NULL,
  direct_owner CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  section_head CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  responsible_leader CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  due DATE NOT NULL,
  cadence VARCHAR(32),
  indicator_name MEDIUMTEXT,
  indicator_unit MEDIUMTEXT,
  indicator_rule MEDIUMTEXT,
  indicator_threshold VARCHAR(200),
  indicator_direction VARCHAR(16),
  drafted DATE NOT NULL,
  state VARCHAR(32) NOT NULL,
  registered DATE,
  in_force DATE,
  ended DATE,
  reason MEDIUMTEXT,
  superseded_by CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_control_measure_unit ON lf_control_measure (unit_id);

CREATE TABLE lf_control_measure_point (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  measure_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  risk_point_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (measure_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_control_measure_point_unit ON lf_control_measure_point (unit_id);
CREATE INDEX lf_control_measure_point_point ON lf_control_measure_point (risk_point_id);

CREATE TABLE lf_control_evidence (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  measure_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  title MEDIUMTEXT NOT NULL,
  location MEDIUMTEXT NOT NULL,
  digest MEDIUMTEXT,
  PRIMARY KEY (measure_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_control_evidence_unit ON lf_control_evidence (unit_id);
