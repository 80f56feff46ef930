-- Lianfang schema version 18: the deadlines the tick watches (ARCHITECTURE.md decision 5; issue 12).
--
-- One row per record and kind of deadline (a warning's reply, its verification, a rectification item's last day),
-- kept by the commands that set, move or meet it: the unit, the record's link key, the last day, whom to remind (one
-- per line), what the record is in Chinese and English, and the instant of its next alert (epoch milliseconds),
-- indexed, so that a tick reads only the deadlines whose alert has come (FOR UPDATE SKIP LOCKED) and never every
-- record of a city.

CREATE TABLE lf_due (
  record_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  what VARCHAR(32) NOT NULL,
  unit_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  link VARCHAR(200) NOT NULL,
  due DATE NOT NULL,
  recipients MEDIUMTEXT NOT NULL,
  title_zh MEDIUMTEXT NOT NULL,
  title_en MEDIUMTEXT NOT NULL,
  next_alert_at BIGINT NOT NULL,
  PRIMARY KEY (record_id, what)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX lf_due_next ON lf_due (next_alert_at);
