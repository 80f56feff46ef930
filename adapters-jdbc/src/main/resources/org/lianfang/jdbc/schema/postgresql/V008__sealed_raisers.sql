-- Lianfang schema version 8: sealed raisers and comments kept (issue 10, findings 10 and 5).
--
-- Who raised a point found by colleagues (大家提), by the public (群众议) or through a public report (群众举报) is
-- sealed like a commenter (P-11): the point keeps the random seal its digest covers with the raiser, empty for every
-- other point and for points written before this version. A point that goes stale keeps the comments of its notice:
-- lf_risk_comment holds every comment a point received, in order, and the point's earlier_comments counts those of
-- the notices before the current one, so a point going stale or published again writes no comment row.

ALTER TABLE lf_risk_point ADD COLUMN raiser_seal VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE lf_risk_point ALTER COLUMN raiser_seal DROP DEFAULT;
ALTER TABLE lf_risk_point ADD COLUMN earlier_comments INTEGER NOT NULL DEFAULT 0;
ALTER TABLE lf_risk_point ALTER COLUMN earlier_comments DROP DEFAULT;
