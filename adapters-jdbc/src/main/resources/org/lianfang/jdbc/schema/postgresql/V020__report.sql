-- Lianfang schema version 20: reports (检举控告 / 信访, P-19; issue 12).
--
-- A report concerning one unit: what came in (channel, day received, the post and official it concerns, content,
-- the reporter's name and contact for a real-name report, the seal kept with them, P-11) and where it is (forwarded
-- with the body it went to, accepted, the reporter told of the acceptance, the disposal with its way and note, the
-- close with its result, the reporter told the result), in one row of lf_report; the risk points it names, and the
-- points and warnings its triage linked it to, each list in order, in lf_report_ref (ref_list 0: named points,
-- 1: linked points, 2: linked warnings). The content and the reporter are kept like every other text: a database
-- administrator can read them, as with the rest of the record; the host restricts the database as it restricts the
-- discipline body's files. Enums are stored by constant name. The child table is indexed by unit, as lists are read
-- a unit at a time.

CREATE TABLE lf_report (
  report_id UUID NOT NULL PRIMARY KEY,
  unit_id UUID NOT NULL,
  channel VARCHAR(32) NOT NULL,
  received DATE NOT NULL,
  post_id UUID,
  official_id UUID,
  content TEXT NOT NULL,
  reporter_name TEXT,
  reporter_contact TEXT,
  seal VARCHAR(32) NOT NULL,
  forwarded_day DATE,
  forwarded_to TEXT,
  accepted DATE,
  acceptance_told DATE,
  disposal_day DATE,
  disposal_way VARCHAR(32),
  disposal_note TEXT,
  closed_day DATE,
  closed_result TEXT,
  result_told DATE,
  version BIGINT NOT NULL
);
CREATE INDEX lf_report_unit ON lf_report (unit_id);

CREATE TABLE lf_report_ref (
  unit_id UUID NOT NULL,
  report_id UUID NOT NULL,
  ref_list INT NOT NULL,
  position INT NOT NULL,
  ref_id UUID NOT NULL,
  PRIMARY KEY (report_id, ref_list, position)
);
CREATE INDEX lf_report_ref_unit ON lf_report_ref (unit_id);
