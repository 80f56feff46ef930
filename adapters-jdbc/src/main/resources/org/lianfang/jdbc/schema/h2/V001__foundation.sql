-- Lianfang schema version 1: the organisation model, flow charts, risk points with their grades and review, and the
-- per-unit hash-chained journal. Every table carries its unit (ARCHITECTURE.md decision 9). Instants are epoch
-- milliseconds (BIGINT), days are DATE; child tables are indexed by unit, as lists are read a unit at a time.
-- Apply with JdbcSchema.install, or with your own Flyway or Liquibase.

CREATE TABLE lf_unit (
  unit_id UUID NOT NULL PRIMARY KEY,
  code VARCHAR(64) NOT NULL,
  name VARCHAR(400) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  parent_id UUID,
  version BIGINT NOT NULL,
  CONSTRAINT lf_unit_code UNIQUE (code)
);

CREATE INDEX lf_unit_parent ON lf_unit (parent_id);

CREATE TABLE lf_post (
  post_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  code VARCHAR(64) NOT NULL,
  name VARCHAR(400) NOT NULL,
  principal_leader BOOLEAN NOT NULL,
  disposes VARCHAR(64),
  discretionary BOOLEAN NOT NULL,
  major_matters BOOLEAN NOT NULL,
  powers VARCHAR(128),
  transparency VARCHAR(16) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT lf_post_code UNIQUE (unit_id, code)
);

CREATE TABLE lf_official (
  official_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  staff_number VARCHAR(64) NOT NULL,
  name VARCHAR(400) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT lf_official_number UNIQUE (unit_id, staff_number)
);

CREATE TABLE lf_tenure (
  tenure_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  post_id UUID NOT NULL,
  official_id UUID NOT NULL,
  start_day DATE NOT NULL,
  end_day DATE,
  version BIGINT NOT NULL
);

CREATE INDEX lf_tenure_unit ON lf_tenure (unit_id);
CREATE INDEX lf_tenure_post ON lf_tenure (post_id);
CREATE INDEX lf_tenure_official ON lf_tenure (official_id);

CREATE TABLE lf_power_item (
  power_item_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  code VARCHAR(64) NOT NULL,
  name VARCHAR(400) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  legal_basis VARCHAR(1000000) NOT NULL,
  boundary VARCHAR(1000000) NOT NULL,
  responsibility VARCHAR(1000000) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT lf_power_item_code UNIQUE (unit_id, code)
);

CREATE TABLE lf_power_item_post (
  unit_id UUID NOT NULL,
  power_item_id UUID NOT NULL,
  post_id UUID NOT NULL,
  PRIMARY KEY (power_item_id, post_id)
);

CREATE TABLE lf_process (
  process_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  code VARCHAR(64) NOT NULL,
  name VARCHAR(400) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT lf_process_code UNIQUE (unit_id, code)
);

CREATE TABLE lf_process_step (
  unit_id UUID NOT NULL,
  process_id UUID NOT NULL,
  position INT NOT NULL,
  step_code VARCHAR(64) NOT NULL,
  name VARCHAR(400) NOT NULL,
  post_id UUID NOT NULL,
  powers VARCHAR(1000000),
  PRIMARY KEY (process_id, position)
);

CREATE TABLE lf_process_flow (
  unit_id UUID NOT NULL,
  process_id UUID NOT NULL,
  position INT NOT NULL,
  from_code VARCHAR(64) NOT NULL,
  to_code VARCHAR(64) NOT NULL,
  PRIMARY KEY (process_id, position)
);

CREATE TABLE lf_risk_point (
  risk_point_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  code VARCHAR(64) NOT NULL,
  post_id UUID,
  step_process_id UUID,
  step_code VARCHAR(64),
  power_item_id UUID,
  category VARCHAR(16) NOT NULL,
  description VARCHAR(1000000) NOT NULL,
  manifestation VARCHAR(1000000) NOT NULL,
  method VARCHAR(16) NOT NULL,
  channel VARCHAR(32) NOT NULL,
  owner_direct UUID,
  owner_head UUID,
  owner_leader UUID,
  state VARCHAR(16) NOT NULL,
  g_probability INT,
  g_harm INT,
  g_major_matter BOOLEAN,
  g_common_problem BOOLEAN,
  g_level VARCHAR(16),
  g_policy_name VARCHAR(64),
  g_policy_version VARCHAR(64),
  g_policy_parameters VARCHAR(1000000),
  g_by VARCHAR(400),
  g_at BIGINT,
  g_stale BOOLEAN,
  n_scope VARCHAR(400),
  n_start DATE,
  n_end DATE,
  c_decided_by VARCHAR(400),
  c_decided_on DATE,
  c_recorded_by VARCHAR(400),
  c_recorded_at BIGINT,
  identified_by VARCHAR(400) NOT NULL,
  identified_at BIGINT NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT lf_risk_point_code UNIQUE (unit_id, code)
);

CREATE INDEX lf_risk_point_post ON lf_risk_point (post_id);

CREATE TABLE lf_risk_source (
  unit_id UUID NOT NULL,
  risk_point_id UUID NOT NULL,
  position INT NOT NULL,
  kind VARCHAR(32) NOT NULL,
  description VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (risk_point_id, position)
);

CREATE TABLE lf_risk_rule (
  unit_id UUID NOT NULL,
  risk_point_id UUID NOT NULL,
  position INT NOT NULL,
  code VARCHAR(400) NOT NULL,
  result VARCHAR(16) NOT NULL,
  zh VARCHAR(1000000) NOT NULL,
  en VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (risk_point_id, position)
);

CREATE TABLE lf_risk_review (
  unit_id UUID NOT NULL,
  risk_point_id UUID NOT NULL,
  position INT NOT NULL,
  from_state VARCHAR(16) NOT NULL,
  action VARCHAR(16) NOT NULL,
  to_state VARCHAR(16) NOT NULL,
  actor_id VARCHAR(400) NOT NULL,
  at_ms BIGINT NOT NULL,
  note VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (risk_point_id, position)
);

CREATE TABLE lf_risk_comment (
  unit_id UUID NOT NULL,
  risk_point_id UUID NOT NULL,
  position INT NOT NULL,
  author_id VARCHAR(400) NOT NULL,
  body VARCHAR(1000000) NOT NULL,
  received_at BIGINT NOT NULL,
  PRIMARY KEY (risk_point_id, position)
);

CREATE TABLE lf_risk_custom (
  unit_id UUID NOT NULL,
  risk_point_id UUID NOT NULL,
  field_key VARCHAR(64) NOT NULL,
  value_type VARCHAR(8) NOT NULL,
  value_text VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (risk_point_id, field_key)
);

CREATE INDEX lf_power_item_post_unit ON lf_power_item_post (unit_id);
CREATE INDEX lf_process_step_unit ON lf_process_step (unit_id);
CREATE INDEX lf_process_flow_unit ON lf_process_flow (unit_id);
CREATE INDEX lf_risk_source_unit ON lf_risk_source (unit_id);
CREATE INDEX lf_risk_rule_unit ON lf_risk_rule (unit_id);
CREATE INDEX lf_risk_review_unit ON lf_risk_review (unit_id);
CREATE INDEX lf_risk_comment_unit ON lf_risk_comment (unit_id);
CREATE INDEX lf_risk_custom_unit ON lf_risk_custom (unit_id);

CREATE TABLE lf_journal (
  unit_id UUID NOT NULL,
  sequence BIGINT NOT NULL,
  event_type VARCHAR(64) NOT NULL,
  actor_id VARCHAR(400) NOT NULL,
  at_ms BIGINT NOT NULL,
  payload CHARACTER LARGE OBJECT NOT NULL,
  previous_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL,
  PRIMARY KEY (unit_id, sequence)
);

CREATE TABLE lf_journal_head (
  unit_id UUID NOT NULL PRIMARY KEY,
  sequence BIGINT NOT NULL,
  hash CHAR(64) NOT NULL
);
