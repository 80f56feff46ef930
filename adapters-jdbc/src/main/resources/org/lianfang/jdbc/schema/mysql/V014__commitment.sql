-- Lianfang schema version 14: service commitments (服务承诺, P-17; issue 11, fourth step).
--
-- A service commitment of one unit: what it promises (dimension, content, target, time limit in working days, holder,
-- post, period) and where it is in its life (state, the day of each step, the verdict of 评诺 and what was said in
-- public, or why it was withdrawn), in one row of lf_service_commitment. Enums are stored by constant name.

CREATE TABLE lf_service_commitment (
  commitment_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  dimension VARCHAR(32) NOT NULL,
  content MEDIUMTEXT NOT NULL,
  target MEDIUMTEXT NOT NULL,
  time_limit_days INT,
  holder CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  post_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  from_day DATE NOT NULL,
  until_day DATE NOT NULL,
  proposed DATE NOT NULL,
  state VARCHAR(32) NOT NULL,
  reviewed DATE,
  published DATE,
  started DATE,
  ended DATE,
  verdict VARCHAR(32),
  explanation MEDIUMTEXT,
  version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_service_commitment_unit ON lf_service_commitment (unit_id);
