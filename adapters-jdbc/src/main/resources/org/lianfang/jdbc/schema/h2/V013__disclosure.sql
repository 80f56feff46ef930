-- Lianfang schema version 13: the publication of power (权力公开, P-16; issue 11, third step).
--
-- A power item classified secret (涉密) keeps the basis of its classification in lf_power_item.secrecy; null when it is
-- not secret. A power disclosure of one unit publishes one of its power items: against the item's version it was
-- published from (it is stale once the item changed, P-3), from a first day to an optional last one, on the day last
-- published, withdrawn or not, in lf_power_disclosure; the published fields, by constant name with their text, in
-- lf_disclosure_field; the channels in lf_disclosure_channel. Child tables are indexed by unit, as lists are read a
-- unit at a time.

ALTER TABLE lf_power_item ADD COLUMN secrecy VARCHAR(1000000);

CREATE TABLE lf_power_disclosure (
  disclosure_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  power_item_id UUID NOT NULL,
  item_version BIGINT NOT NULL,
  from_day DATE NOT NULL,
  until_day DATE,
  published DATE NOT NULL,
  withdrawn DATE,
  withdrawal_reason VARCHAR(1000000),
  version BIGINT NOT NULL
);
CREATE INDEX lf_power_disclosure_unit ON lf_power_disclosure (unit_id);

CREATE TABLE lf_disclosure_field (
  unit_id UUID NOT NULL,
  disclosure_id UUID NOT NULL,
  field VARCHAR(32) NOT NULL,
  content VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (disclosure_id, field)
);
CREATE INDEX lf_disclosure_field_unit ON lf_disclosure_field (unit_id);

CREATE TABLE lf_disclosure_channel (
  unit_id UUID NOT NULL,
  disclosure_id UUID NOT NULL,
  channel VARCHAR(32) NOT NULL,
  PRIMARY KEY (disclosure_id, channel)
);
CREATE INDEX lf_disclosure_channel_unit ON lf_disclosure_channel (unit_id);
