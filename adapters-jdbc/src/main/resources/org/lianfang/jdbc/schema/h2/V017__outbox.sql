-- Lianfang schema version 17: the outbox (ARCHITECTURE.md decision 4; issue 12).
--
-- One row per notification waiting to be delivered, written in the transaction of the change that raised it and
-- deleted once delivered: the notification (idempotency key, unit, recipient, kind, link, subject and body in Chinese
-- and English, when raised), and where its delivery stands (failed attempts, the next attempt's time, the dispatcher
-- holding it and until when, the last error, when it was parked as a dead letter). Instants are epoch milliseconds.
-- Dispatchers claim ready rows by the next attempt's time (FOR UPDATE SKIP LOCKED), hence its index.

CREATE TABLE lf_outbox (
  outbox_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  idempotency_key VARCHAR(200) NOT NULL,
  recipient VARCHAR(200) NOT NULL,
  kind VARCHAR(64) NOT NULL,
  link VARCHAR(200) NOT NULL,
  subject_zh VARCHAR(1000000) NOT NULL,
  subject_en VARCHAR(1000000) NOT NULL,
  body_zh VARCHAR(1000000) NOT NULL,
  body_en VARCHAR(1000000) NOT NULL,
  created_at BIGINT NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at BIGINT NOT NULL,
  claimed_by VARCHAR(200),
  lease_until BIGINT,
  last_error VARCHAR(1000000),
  parked_at BIGINT,
  CONSTRAINT lf_outbox_key UNIQUE (idempotency_key)
);
CREATE INDEX lf_outbox_next ON lf_outbox (next_attempt_at);
CREATE INDEX lf_outbox_parked ON lf_outbox (parked_at);
