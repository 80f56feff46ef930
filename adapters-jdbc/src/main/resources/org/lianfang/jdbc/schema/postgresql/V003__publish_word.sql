-- Lianfang schema version 3: 公示 is "publish" in the code (issue 8; "post" means only 岗位), so the review states
-- and actions stored by name follow: POSTED becomes PUBLISHED and POST becomes PUBLISH. Journals written before
-- journal format 1 (docs/journal-format.md) do not verify under it and must be rebuilt.

UPDATE lf_risk_point SET state = 'PUBLISHED' WHERE state = 'POSTED';

UPDATE lf_risk_review SET from_state = 'PUBLISHED' WHERE from_state = 'POSTED';

UPDATE lf_risk_review SET to_state = 'PUBLISHED' WHERE to_state = 'POSTED';

UPDATE lf_risk_review SET action = 'PUBLISH' WHERE action = 'POST';
