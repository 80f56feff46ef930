-- Lianfang schema version 29: frozen registers (S-13, S-16, ARCHITECTURE.md decision 7; issue 14, closing a year).
--
-- When a unit's year is closed, its risk points and control measures are copied as they stand into the year's
-- register: lf_register names each unit's frozen years and the day each was frozen; each table of a point or a
-- measure has a register twin, lf_reg_<table without lf_>, with the same columns in the same order and the year last
-- (register_year), its key the live key led by the unit and the year. A register is written once, by one INSERT ...
-- SELECT per table, and read with the live tables' statements; no command writes it again. A migration that changes a
-- live table of a point or a measure changes its twin the same way (JdbcSchemaTest compares their columns).
--
-- A rectification item carried over at the close of a year (P-21) keeps its latest carry-over in four columns of
-- lf_rectification_item, all empty or all filled: the year it was carried out of, why, the due day it had, the day.

CREATE TABLE lf_register (
  unit_id UUID NOT NULL,
  register_year INT NOT NULL,
  frozen_on DATE NOT NULL,
  PRIMARY KEY (unit_id, register_year)
);

CREATE TABLE lf_reg_risk_point (LIKE lf_risk_point);
ALTER TABLE lf_reg_risk_point ADD COLUMN register_year INT NOT NULL;
ALTER TABLE lf_reg_risk_point ADD PRIMARY KEY (unit_id, register_year, risk_point_id);

CREATE TABLE lf_reg_risk_source (LIKE lf_risk_source);
ALTER TABLE lf_reg_risk_source ADD COLUMN register_year INT NOT NULL;
ALTER TABLE lf_reg_risk_source ADD PRIMARY KEY (unit_id, register_year, risk_point_id, position);

CREATE TABLE lf_reg_risk_rule (LIKE lf_risk_rule);
ALTER TABLE lf_reg_risk_rule ADD COLUMN register_year INT NOT NULL;
ALTER TABLE lf_reg_risk_rule ADD PRIMARY KEY (unit_id, register_year, risk_point_id, position);

CREATE TABLE lf_reg_risk_review (LIKE lf_risk_review);
ALTER TABLE lf_reg_risk_review ADD COLUMN register_year INT NOT NULL;
ALTER TABLE lf_reg_risk_review ADD PRIMARY KEY (unit_id, register_year, risk_point_id, position);

CREATE TABLE lf_reg_risk_comment (LIKE lf_risk_comment);
ALTER TABLE lf_reg_risk_comment ADD COLUMN register_year INT NOT NULL;
ALTER TABLE lf_reg_risk_comment ADD PRIMARY KEY (unit_id, register_year, risk_point_id, position);

CREATE TABLE lf_reg_risk_custom (LIKE lf_risk_custom);
ALTER TABLE lf_reg_risk_custom ADD COLUMN register_year INT NOT NULL;
ALTER TABLE lf_reg_risk_custom ADD PRIMARY KEY (unit_id, register_year, risk_point_id, field_key);

CREATE TABLE lf_reg_control_measure (LIKE lf_control_measure);
ALTER TABLE lf_reg_control_measure ADD COLUMN register_year INT NOT NULL;
ALTER TABLE lf_reg_control_measure ADD PRIMARY KEY (unit_id, register_year, measure_id);

CREATE TABLE lf_reg_control_measure_point (LIKE lf_control_measure_point);
ALTER TABLE lf_reg_control_measure_point ADD COLUMN register_year INT NOT NULL;
ALTER TABLE lf_reg_control_measure_point ADD PRIMARY KEY (unit_id, register_year, measure_id, position);

CREATE TABLE lf_reg_control_evidence (LIKE lf_control_evidence);
ALTER TABLE lf_reg_control_evidence ADD COLUMN register_year INT NOT NULL;
ALTER TABLE lf_reg_control_evidence ADD PRIMARY KEY (unit_id, register_year, measure_id, position);

ALTER TABLE lf_rectification_item ADD COLUMN carried_from INT;
ALTER TABLE lf_rectification_item ADD COLUMN carried_reason TEXT;
ALTER TABLE lf_rectification_item ADD COLUMN carried_previous_due DATE;
ALTER TABLE lf_rectification_item ADD COLUMN carried_on DATE;
