-- Lianfang schema version 31: keys for a sharded cluster (issue 16; ARCHITECTURE.md decision 9).
--
-- Every primary key and every unique key now includes unit_id, so that a database that shards the tables by unit
-- (Apache ShardingSphere, Citus, a distributed database) can enforce each key on each shard: the key of a table that
-- had none with its unit is the old key followed by unit_id (reads by the old key still use the key's index). lf_unit
-- keeps its keys (a sharded cluster broadcasts it: its codes are unique across all units), as lf_archive and
-- lf_schema_history do (settings, broadcast too).
--
-- The list columns named position are renamed ordinal: POSITION is a keyword of ShardingSphere's PostgreSQL grammar
-- (the POSITION(a IN b) function), which refuses it as a column name, unquoted or not in 5.5.

ALTER TABLE lf_accountability RENAME COLUMN position TO ordinal;
ALTER TABLE lf_appraisal_comment RENAME COLUMN position TO ordinal;
ALTER TABLE lf_appraisal_item RENAME COLUMN position TO ordinal;
ALTER TABLE lf_case_mark RENAME COLUMN position TO ordinal;
ALTER TABLE lf_check_evidence RENAME COLUMN position TO ordinal;
ALTER TABLE lf_check_row RENAME COLUMN position TO ordinal;
ALTER TABLE lf_control_evidence RENAME COLUMN position TO ordinal;
ALTER TABLE lf_control_measure_point RENAME COLUMN position TO ordinal;
ALTER TABLE lf_cycle_step RENAME COLUMN position TO ordinal;
ALTER TABLE lf_education_evidence RENAME COLUMN position TO ordinal;
ALTER TABLE lf_education_ref RENAME COLUMN position TO ordinal;
ALTER TABLE lf_evaluation_case RENAME COLUMN position TO ordinal;
ALTER TABLE lf_finding_point RENAME COLUMN position TO ordinal;
ALTER TABLE lf_inspection_scope RENAME COLUMN position TO ordinal;
ALTER TABLE lf_process_flow RENAME COLUMN position TO ordinal;
ALTER TABLE lf_process_step RENAME COLUMN position TO ordinal;
ALTER TABLE lf_rectification_point RENAME COLUMN position TO ordinal;
ALTER TABLE lf_reg_control_evidence RENAME COLUMN position TO ordinal;
ALTER TABLE lf_reg_control_measure_point RENAME COLUMN position TO ordinal;
ALTER TABLE lf_reg_risk_comment RENAME COLUMN position TO ordinal;
ALTER TABLE lf_reg_risk_review RENAME COLUMN position TO ordinal;
ALTER TABLE lf_reg_risk_rule RENAME COLUMN position TO ordinal;
ALTER TABLE lf_reg_risk_source RENAME COLUMN position TO ordinal;
ALTER TABLE lf_report_ref RENAME COLUMN position TO ordinal;
ALTER TABLE lf_risk_comment RENAME COLUMN position TO ordinal;
ALTER TABLE lf_risk_review RENAME COLUMN position TO ordinal;
ALTER TABLE lf_risk_rule RENAME COLUMN position TO ordinal;
ALTER TABLE lf_risk_source RENAME COLUMN position TO ordinal;
ALTER TABLE lf_warning_point RENAME COLUMN position TO ordinal;
ALTER TABLE lf_warning_round RENAME COLUMN position TO ordinal;

ALTER TABLE lf_accountability DROP PRIMARY KEY, ADD PRIMARY KEY (finding_id, ordinal, unit_id);
ALTER TABLE lf_appraisal_comment DROP PRIMARY KEY, ADD PRIMARY KEY (round_id, ordinal, unit_id);
ALTER TABLE lf_appraisal_item DROP PRIMARY KEY, ADD PRIMARY KEY (round_id, ordinal, unit_id);
ALTER TABLE lf_appraisal_round DROP PRIMARY KEY, ADD PRIMARY KEY (round_id, unit_id);
ALTER TABLE lf_case DROP PRIMARY KEY, ADD PRIMARY KEY (case_id, unit_id);
ALTER TABLE lf_case_mark DROP PRIMARY KEY, ADD PRIMARY KEY (case_id, mark_list, ordinal, unit_id);
ALTER TABLE lf_check_evidence DROP PRIMARY KEY, ADD PRIMARY KEY (check_id, row_position, ordinal, unit_id);
ALTER TABLE lf_check_row DROP PRIMARY KEY, ADD PRIMARY KEY (check_id, ordinal, unit_id);
ALTER TABLE lf_control_evidence DROP PRIMARY KEY, ADD PRIMARY KEY (measure_id, ordinal, unit_id);
ALTER TABLE lf_control_measure DROP PRIMARY KEY, ADD PRIMARY KEY (measure_id, unit_id);
ALTER TABLE lf_control_measure_point DROP PRIMARY KEY, ADD PRIMARY KEY (measure_id, ordinal, unit_id);
ALTER TABLE lf_cycle DROP PRIMARY KEY, ADD PRIMARY KEY (cycle_id, unit_id);
ALTER TABLE lf_cycle_step DROP PRIMARY KEY, ADD PRIMARY KEY (cycle_id, ordinal, unit_id);
ALTER TABLE lf_disclosure_channel DROP PRIMARY KEY, ADD PRIMARY KEY (disclosure_id, channel, unit_id);
ALTER TABLE lf_disclosure_field DROP PRIMARY KEY, ADD PRIMARY KEY (disclosure_id, field, unit_id);
ALTER TABLE lf_due DROP PRIMARY KEY, ADD PRIMARY KEY (record_id, what, unit_id);
ALTER TABLE lf_education_activity DROP PRIMARY KEY, ADD PRIMARY KEY (activity_id, unit_id);
ALTER TABLE lf_education_evidence DROP PRIMARY KEY, ADD PRIMARY KEY (activity_id, ordinal, unit_id);
ALTER TABLE lf_education_ref DROP PRIMARY KEY, ADD PRIMARY KEY (activity_id, kind, ordinal, unit_id);
ALTER TABLE lf_evaluation DROP PRIMARY KEY, ADD PRIMARY KEY (evaluation_id, unit_id);
ALTER TABLE lf_evaluation_case DROP PRIMARY KEY, ADD PRIMARY KEY (evaluation_id, ordinal, unit_id);
ALTER TABLE lf_finding_point DROP PRIMARY KEY, ADD PRIMARY KEY (finding_id, ordinal, unit_id);
ALTER TABLE lf_inspection_finding DROP PRIMARY KEY, ADD PRIMARY KEY (finding_id, unit_id);
ALTER TABLE lf_inspection_scope DROP PRIMARY KEY, ADD PRIMARY KEY (inspection_id, ordinal, unit_id);
ALTER TABLE lf_monthly_check DROP PRIMARY KEY, ADD PRIMARY KEY (check_id, unit_id);
ALTER TABLE lf_official DROP PRIMARY KEY, ADD PRIMARY KEY (official_id, unit_id);
ALTER TABLE lf_outbox DROP PRIMARY KEY, ADD PRIMARY KEY (outbox_id, unit_id);
ALTER TABLE lf_post DROP PRIMARY KEY, ADD PRIMARY KEY (post_id, unit_id);
ALTER TABLE lf_power_disclosure DROP PRIMARY KEY, ADD PRIMARY KEY (disclosure_id, unit_id);
ALTER TABLE lf_power_item DROP PRIMARY KEY, ADD PRIMARY KEY (power_item_id, unit_id);
ALTER TABLE lf_power_item_post DROP PRIMARY KEY, ADD PRIMARY KEY (power_item_id, post_id, unit_id);
ALTER TABLE lf_process DROP PRIMARY KEY, ADD PRIMARY KEY (process_id, unit_id);
ALTER TABLE lf_process_flow DROP PRIMARY KEY, ADD PRIMARY KEY (process_id, ordinal, unit_id);
ALTER TABLE lf_process_step DROP PRIMARY KEY, ADD PRIMARY KEY (process_id, ordinal, unit_id);
ALTER TABLE lf_rectification_item DROP PRIMARY KEY, ADD PRIMARY KEY (item_id, unit_id);
ALTER TABLE lf_rectification_point DROP PRIMARY KEY, ADD PRIMARY KEY (item_id, ordinal, unit_id);
ALTER TABLE lf_report DROP PRIMARY KEY, ADD PRIMARY KEY (report_id, unit_id);
ALTER TABLE lf_report_ref DROP PRIMARY KEY, ADD PRIMARY KEY (report_id, ref_list, ordinal, unit_id);
ALTER TABLE lf_risk_comment DROP PRIMARY KEY, ADD PRIMARY KEY (risk_point_id, ordinal, unit_id);
ALTER TABLE lf_risk_custom DROP PRIMARY KEY, ADD PRIMARY KEY (risk_point_id, field_key, unit_id);
ALTER TABLE lf_risk_point DROP PRIMARY KEY, ADD PRIMARY KEY (risk_point_id, unit_id);
ALTER TABLE lf_risk_review DROP PRIMARY KEY, ADD PRIMARY KEY (risk_point_id, ordinal, unit_id);
ALTER TABLE lf_risk_rule DROP PRIMARY KEY, ADD PRIMARY KEY (risk_point_id, ordinal, unit_id);
ALTER TABLE lf_risk_source DROP PRIMARY KEY, ADD PRIMARY KEY (risk_point_id, ordinal, unit_id);
ALTER TABLE lf_self_check DROP PRIMARY KEY, ADD PRIMARY KEY (report_id, unit_id);
ALTER TABLE lf_service_commitment DROP PRIMARY KEY, ADD PRIMARY KEY (commitment_id, unit_id);
ALTER TABLE lf_special_inspection DROP PRIMARY KEY, ADD PRIMARY KEY (inspection_id, unit_id);
ALTER TABLE lf_tenure DROP PRIMARY KEY, ADD PRIMARY KEY (tenure_id, unit_id);
ALTER TABLE lf_warning DROP PRIMARY KEY, ADD PRIMARY KEY (warning_id, unit_id);
ALTER TABLE lf_warning_point DROP PRIMARY KEY, ADD PRIMARY KEY (warning_id, ordinal, unit_id);
ALTER TABLE lf_warning_round DROP PRIMARY KEY, ADD PRIMARY KEY (warning_id, ordinal, unit_id);

ALTER TABLE lf_outbox DROP INDEX lf_outbox_key, ADD CONSTRAINT lf_outbox_key UNIQUE (idempotency_key, unit_id);
