-- Lianfang schema version 22: a step's own time limit (环节时限, P-20: YELLOW when a case or a step is overdue).
--
-- A step of a case under electronic supervision may carry the working time promised for it, in minutes, in the
-- steps' rows of lf_case_mark (mark_list 0); NULL for a step with no limit of its own, for the other lists, and for
-- every row written before this version.
ALTER TABLE lf_case_mark ADD COLUMN limit_minutes BIGINT;
