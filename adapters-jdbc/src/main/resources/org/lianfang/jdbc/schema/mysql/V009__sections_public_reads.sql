-- Lianfang schema version 9: sections and bounded public reads (issue 10, finding 13 and the public reads).
--
-- A post may belong to a section (科室) of its unit, whose head is granted the section's posts; NULL is no section,
-- as for every post written before this version. The published points of a unit are read a page at a time, by state
-- and id, so one anonymous read touches one page of rows, not every point of a city.

ALTER TABLE lf_post ADD COLUMN section VARCHAR(400);
CREATE INDEX lf_risk_point_state ON lf_risk_point (unit_id, state, risk_point_id);
