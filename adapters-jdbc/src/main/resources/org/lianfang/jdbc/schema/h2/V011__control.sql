-- Lianfang schema version 11: the control stage (防控落实, issue 11).
--
-- A control measure (P-13) of one unit: what it says (phase, defense line, content, basis, owner chain, due date,
-- cadence, monitoring indicator) and where it is in its life (state and the day of each step), in lf_control_measure;
-- the risk points it controls, in Form 3's order, in lf_control_measure_point; its evidence references, in order, in
-- lf_control_evidence. Enums are stored by constant name, as elsewhere; an indicator's threshold as the decimal's
-- text, so its scale comes back exactly. Child tables are indexed by unit, as lists are read a unit at a time.

CREATE TABLE lf_control_measure (
  measure_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  phase VARCHAR(32) NOT NULL,
  defense_line VARCHAR(32) NOT NULL,
  content VARCHAR(1000000) NOT NULL,
  basis VARCHAR(1000000) NOT NULL,
  direct_owner UUID NOT NULL,
  section_head UUID NOT NULL,
  responsible_leader UUID NOT NULL,
  due DATE NOT NULL,
  cadence VARCHAR(32),
  indicator_name VARCHAR(1000000),
  indicator_unit VARCHAR(1000000),
  indicator_rule VARCHAR(1000000),
  indicator_threshold VARCHAR(200),
  indicator_direction VARCHAR(16),
  drafted DATE NOT NULL,
  state VARCHAR(32) NOT NULL,
  registered DATE,
  in_force DATE,
  ended DATE,
  reason VARCHAR(1000000),
  superseded_by UUID,
  version BIGINT NOT NULL
);
CREATE INDEX lf_control_measure_unit ON lf_control_measure (unit_id);

CREATE TABLE lf_control_measure_point (
  unit_id UUID NOT NULL,
  measure_id UUID NOT NULL,
  position INT NOT NULL,
  risk_point_id UUID NOT NULL,
  PRIMARY KEY (measure_id, position)
);
CREATE INDEX lf_control_measure_point_unit ON lf_control_measure_point (unit_id);
CREATE INDEX lf_control_measure_point_point ON lf_control_measure_point (risk_point_id);

CREATE TABLE lf_control_evidence (
  unit_id UUID NOT NULL,
  measure_id UUID NOT NULL,
  position INT NOT NULL,
  title VARCHAR(1000000) NOT NULL,
  location VARCHAR(1000000) NOT NULL,
  digest VARCHAR(1000000),
  PRIMARY KEY (measure_id, position)
);
CREATE INDEX lf_control_evidence_unit ON lf_control_evidence (unit_id);
