-- Lianfang schema version 15: warnings on the third defense line (预警, P-8, P-18; issue 12, first aggregate).
--
-- A warning of one unit: whom it is addressed to (a post, an official) and its notice (number, origin, facts,
-- requirements, approver) and how it ended (closed, transferred or cancelled, on a day, with a reason), in one row of
-- lf_warning; each round at one level (issued, reply due, acknowledged, the latest reply, its return, accepted with
-- the verification deadline, the verification) in lf_warning_round by position; the risk points it concerns, in
-- order, in lf_warning_point. Enums are stored by constant name. Child tables are indexed by unit, as lists are read
-- a unit at a time.

CREATE TABLE lf_warning (
  warning_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  post_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  official_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  notice_number MEDIUMTEXT NOT NULL,
  origin VARCHAR(32) NOT NULL,
  facts MEDIUMTEXT NOT NULL,
  requirements MEDIUMTEXT NOT NULL,
  approver CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  end_state VARCHAR(32),
  end_day DATE,
  end_reason MEDIUMTEXT,
  version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_warning_unit ON lf_warning (unit_id);

CREATE TABLE lf_warning_round (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  warning_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  warning_level VARCHAR(32) NOT NULL,
  issued DATE NOT NULL,
  reply_due DATE NOT NULL,
  acknowledged DATE,
  reply_day DATE,
  self_analysis MEDIUMTEXT,
  pledge MEDIUMTEXT,
  plan MEDIUMTEXT,
  returned_day DATE,
  returned_reason MEDIUMTEXT,
  accepted DATE,
  verify_by DATE,
  verified_day DATE,
  verification_passed BOOLEAN,
  verification_note MEDIUMTEXT,
  PRIMARY KEY (warning_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_warning_round_unit ON lf_warning_round (unit_id);

CREATE TABLE lf_warning_point (
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  warning_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  point_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (warning_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_warning_point_unit ON lf_warning_point (unit_id);
