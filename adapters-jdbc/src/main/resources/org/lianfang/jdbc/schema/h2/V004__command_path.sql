-- Lianfang schema version 4: what the command path reads without scanning a unit (issue 9).
--
-- The numbers of generated codes (a risk point's 昆明-0001), one counter per unit and series, so that numbering the
-- next code moves one row instead of counting the unit's records. A command takes the next number by updating its
-- row, which also holds a second command numbering in the same unit until the first one ends, so two commands never
-- take the same code. A unit's row is created when it first numbers a code, starting after the records it already
-- has (those loaded in bulk or from a ledger).

CREATE TABLE lf_code_counter (
  unit_id UUID NOT NULL,
  series VARCHAR(32) NOT NULL,
  last_number BIGINT NOT NULL,
  PRIMARY KEY (unit_id, series)
);

-- The power items a post exercises, which grading reads for the post's facts, found by the post.
CREATE INDEX lf_power_item_post_post ON lf_power_item_post (post_id);
