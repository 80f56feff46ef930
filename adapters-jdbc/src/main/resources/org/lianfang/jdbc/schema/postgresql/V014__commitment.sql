-- Lianfang schema version 14: service commitments (服务承诺, P-17; issue 11, fourth step).
--
-- A service commitment of one unit: what it promises (dimension, content, target, time limit in working days, holder,
-- post, period) and where it is in its life (state, the day of each step, the verdict of 评诺 and what was said in
-- public, or why it was withdrawn), in one row of lf_service_commitment. Enums are stored by constant name.

CREATE TABLE lf_service_commitment (
  commitment_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  dimension VARCHAR(32) NOT NULL,
  content TEXT NOT NULL,
  target TEXT NOT NULL,
  time_limit_days INT,
  holder UUID NOT NULL,
  post_id UUID,
  from_day DATE NOT NULL,
  until_day DATE NOT NULL,
  proposed DATE NOT NULL,
  state VARCHAR(32) NOT NULL,
  reviewed DATE,
  published DATE,
  started DATE,
  ended DATE,
  verdict VARCHAR(32),
  explanation TEXT,
  version BIGINT NOT NULL
);
CREATE INDEX lf_service_commitment_unit ON lf_service_commitment (unit_id);
