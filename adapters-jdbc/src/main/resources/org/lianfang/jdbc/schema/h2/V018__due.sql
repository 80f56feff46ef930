-- Lianfang schema version 18: the deadlines the tick watches (ARCHITECTURE.md decision 5; issue 12).
--
-- One row per record and kind of deadline (a warning's reply, its verification, a rectification item's last day),
-- kept by the commands that set, move or meet it: the unit, the record's link key, the last day, whom to remind (one
-- per line), what the record is in Chinese and English, and the instant of its next alert (epoch milliseconds),
-- indexed, so that a tick reads only the deadlines whose alert has come (FOR UPDATE SKIP LOCKED) and never every
-- record of a city.

CREATE TABLE lf_due (
  record_id UUID NOT NULL,
  what VARCHAR(32) NOT NULL,
  unit_id UUID NOT NULL,
  link VARCHAR(200) NOT NULL,
  due DATE NOT NULL,
  recipients VARCHAR(1000000) NOT NULL,
  title_zh VARCHAR(1000000) NOT NULL,
  title_en VARCHAR(1000000) NOT NULL,
  next_alert_at BIGINT NOT NULL,
  PRIMARY KEY (record_id, what)
);
CREATE INDEX lf_due_next ON lf_due (next_alert_at);
