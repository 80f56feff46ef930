-- Lianfang schema version 1: the organisation model, flow charts, risk points with their grades and review, and the
-- per-unit hash-chained journal. Every table carries its unit (ARCHITECTURE.md decision 9). Instants are epoch
-- milliseconds (BIGINT), days are DATE; child tables are indexed by unit, as lists are read a unit at a time.
-- Apply with JdbcSchema.install, or with your own Flyway or Liquibase.

CREATE TABLE lf_unit (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  code VARCHAR(64) NOT NULL,
  name VARCHAR(400) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  parent_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  version BIGINT NOT NULL,
  CONSTRAINT lf_unit_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX lf_unit_parent ON lf_unit (parent_id);

CREATE TABLE lf_post (
  post_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
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
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_official (
  official_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  staff_number VARCHAR(64) NOT NULL,
  name VARCHAR(400) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT lf_official_number UNIQUE (unit_id, staff_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_tenure (
  tenure_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  post_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  official_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  start_day DATE NOT NULL,
  end_day DATE,
  version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX lf_tenure_unit ON lf_tenure (unit_id);
CREATE INDEX lf_tenure_post ON lf_tenure (post_id);
CREATE INDEX lf_tenure_official ON lf_tenure (official_id);

CREATE TABLE lf_power_item (
  power_item_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  code VARCHAR(64) NOT NULL,
  name VARCHAR(400) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  legal_basis MEDIUMTEXT NOT NULL,
  boundary MEDIUMTEXT NOT NULL,
  responsibility MEDIUMTEXT NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT lf_power_item_code UNIQUE (unit_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_power_item_post (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  power_item_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  post_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (power_item_id, post_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_process (
  process_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  code VARCHAR(64) NOT NULL,
  name VARCHAR(400) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT lf_process_code UNIQUE (unit_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_process_step (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  process_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  step_code VARCHAR(64) NOT NULL,
  name VARCHAR(400) NOT NULL,
  post_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  powers MEDIUMTEXT,
  PRIMARY KEY (process_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_process_flow (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  process_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  from_code VARCHAR(64) NOT NULL,
  to_code VARCHAR(64) NOT NULL,
  PRIMARY KEY (process_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_risk_point (
  risk_point_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  code VARCHAR(64) NOT NULL,
  post_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  step_process_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  step_code VARCHAR(64),
  power_item_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  category VARCHAR(16) NOT NULL,
  description MEDIUMTEXT NOT NULL,
  manifestation MEDIUMTEXT NOT NULL,
  method VARCHAR(16) NOT NULL,
  channel VARCHAR(32) NOT NULL,
  owner_direct CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  owner_head CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  owner_leader CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  state VARCHAR(16) NOT NULL,
  g_probability INT,
  g_harm INT,
  g_major_matter BOOLEAN,
  g_common_problem BOOLEAN,
  g_level VARCHAR(16),
  g_policy_name VARCHAR(64),
  g_policy_version VARCHAR(64),
  g_policy_parameters MEDIUMTEXT,
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
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX lf_risk_point_post ON lf_risk_point (post_id);

CREATE TABLE lf_risk_source (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  risk_point_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  kind VARCHAR(32) NOT NULL,
  description MEDIUMTEXT NOT NULL,
  PRIMARY KEY (risk_point_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_risk_rule (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  risk_point_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  code VARCHAR(400) NOT NULL,
  result VARCHAR(16) NOT NULL,
  zh MEDIUMTEXT NOT NULL,
  en MEDIUMTEXT NOT NULL,
  PRIMARY KEY (risk_point_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_risk_review (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  risk_point_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  from_state VARCHAR(16) NOT NULL,
  action VARCHAR(16) NOT NULL,
  to_state VARCHAR(16) NOT NULL,
  actor_id VARCHAR(400) NOT NULL,
  at_ms BIGINT NOT NULL,
  note MEDIUMTEXT NOT NULL,
  PRIMARY KEY (risk_point_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_risk_comment (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  risk_point_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  author_id VARCHAR(400) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  received_at BIGINT NOT NULL,
  PRIMARY KEY (risk_point_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_risk_custom (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  risk_point_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  field_key VARCHAR(64) NOT NULL,
  value_type VARCHAR(8) NOT NULL,
  value_text MEDIUMTEXT NOT NULL,
  PRIMARY KEY (risk_point_id, field_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX lf_power_item_post_unit ON lf_power_item_post (unit_id);
CREATE INDEX lf_process_step_unit ON lf_process_step (unit_id);
CREATE INDEX lf_process_flow_unit ON lf_process_flow (unit_id);
CREATE INDEX lf_risk_source_unit ON lf_risk_source (unit_id);
CREATE INDEX lf_risk_rule_unit ON lf_risk_rule (unit_id);
CREATE INDEX lf_risk_review_unit ON lf_risk_review (unit_id);
CREATE INDEX lf_risk_comment_unit ON lf_risk_comment (unit_id);
CREATE INDEX lf_risk_custom_unit ON lf_risk_custom (unit_id);

CREATE TABLE lf_journal (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  sequence BIGINT NOT NULL,
  event_type VARCHAR(64) NOT NULL,
  actor_id VARCHAR(400) NOT NULL,
  at_ms BIGINT NOT NULL,
  payload LONGTEXT NOT NULL,
  previous_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (unit_id, sequence)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE lf_journal_head (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  sequence BIGINT NOT NULL,
  hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
