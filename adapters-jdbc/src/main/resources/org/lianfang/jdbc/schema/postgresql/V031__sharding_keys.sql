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

ALTER TABLE lf_accountability DROP CONSTRAINT lf_accountability_pkey, ADD PRIMARY KEY (finding_id, ordinal, unit_id);
ALTER TABLE lf_appraisal_comment DROP CONSTRAINT lf_appraisal_comment_pkey,
  ADD PRIMARY KEY (round_id, ordinal, unit_id);
ALTER TABLE lf_appraisal_item DROP CONSTRAINT lf_appraisal_item_pkey, ADD PRIMARY KEY (round_id, ordinal, unit_id);
ALTER TABLE lf_appraisal_round DROP CONSTRAINT lf_appraisal_round_pkey, ADD PRIMARY KEY (round_id, unit_id);
ALTER TABLE lf_case DROP CONSTRAINT lf_case_pkey, ADD PRIMARY KEY (case_id, unit_id);
ALTER TABLE lf_case_mark DROP CONSTRAINT lf_case_mark_pkey, ADD PRIMARY KEY (case_id, mark_list, ordinal, unit_id);
ALTER TABLE lf_check_evidence DROP CONSTRAINT lf_check_evidence_pkey,
  ADD PRIMARY KEY (check_id, row_position, ordinal, unit_id);
ALTER TABLE lf_check_row DROP CONSTRAINT lf_check_row_pkey, ADD PRIMARY KEY (check_id, ordinal, unit_id);
ALTER TABLE lf_control_evidence DROP CONSTRAINT lf_control_evidence_pkey,
  ADD PRIMARY KEY (measure_id, ordinal, unit_id);
ALTER TABLE lf_control_measure DROP CONSTRAINT lf_control_measure_pkey, ADD PRIMARY KEY (measure_id, unit_id);
ALTER TABLE lf_control_measure_point DROP CONSTRAINT lf_control_measure_point_pkey,
  ADD PRIMARY KEY (measure_id, ordinal, unit_id);
ALTER TABLE lf_cycle DROP CONSTRAINT lf_cycle_pkey, ADD PRIMARY KEY (cycle_id, unit_id);
ALTER TABLE lf_cycle_step DROP CONSTRAINT lf_cycle_step_pkey, ADD PRIMARY KEY (cycle_id, ordinal, unit_id);
ALTER TABLE lf_disclosure_channel DROP CONSTRAINT lf_disclosure_channel_pkey,
  ADD PRIMARY KEY (disclosure_id, channel, unit_id);
ALTER TABLE lf_disclosure_field DROP CONSTRAINT lf_disclosure_field_pkey,
  ADD PRIMARY KEY (disclosure_id, field, unit_id);
ALTER TABLE lf_due DROP CONSTRAINT lf_due_pkey, ADD PRIMARY KEY (record_id, what, unit_id);
ALTER TABLE lf_education_activity DROP CONSTRAINT lf_education_activity_pkey, ADD PRIMARY KEY (activity_id, unit_id);
ALTER TABLE lf_education_evidence DROP CONSTRAINT lf_education_evidence_pkey,
  ADD PRIMARY KEY (activity_id, ordinal, unit_id);
ALTER TABLE lf_education_ref DROP CONSTRAINT lf_education_ref_pkey,
  ADD PRIMARY KEY (activity_id, kind, ordinal, unit_id);
ALTER TABLE lf_evaluation DROP CONSTRAINT lf_evaluation_pkey, ADD PRIMARY KEY (evaluation_id, unit_id);
ALTER TABLE lf_evaluation_case DROP CONSTRAINT lf_evaluation_case_pkey,
  ADD PRIMARY KEY (evaluation_id, ordinal, unit_id);
ALTER TABLE lf_finding_point DROP CONSTRAINT lf_finding_point_pkey, ADD PRIMARY KEY (finding_id, ordinal, unit_id);
ALTER TABLE lf_inspection_finding DROP CONSTRAINT lf_inspection_finding_pkey, ADD PRIMARY KEY (finding_id, unit_id);
ALTER TABLE lf_inspection_scope DROP CONSTRAINT lf_inspection_scope_pkey,
  ADD PRIMARY KEY (inspection_id, ordinal, unit_id);
ALTER TABLE lf_monthly_check DROP CONSTRAINT lf_monthly_check_pkey, ADD PRIMARY KEY (check_id, unit_id);
ALTER TABLE lf_official DROP CONSTRAINT lf_official_pkey, ADD PRIMARY KEY (official_id, unit_id);
ALTER TABLE lf_outbox DROP CONSTRAINT lf_outbox_pkey, ADD PRIMARY KEY (outbox_id, unit_id);
ALTER TABLE lf_post DROP CONSTRAINT lf_post_pkey, ADD PRIMARY KEY (post_id, unit_id);
ALTER TABLE lf_power_disclosure DROP CONSTRAINT lf_power_disclosure_pkey, ADD PRIMARY KEY (disclosure_id, unit_id);
ALTER TABLE lf_power_item DROP CONSTRAINT lf_power_item_pkey, ADD PRIMARY KEY (power_item_id, unit_id);
ALTER TABLE lf_power_item_post DROP CONSTRAINT lf_power_item_post_pkey,
  ADD PRIMARY KEY (power_item_id, post_id, unit_id);
ALTER TABLE lf_process DROP CONSTRAINT lf_process_pkey, ADD PRIMARY KEY (process_id, unit_id);
ALTER TABLE lf_process_flow DROP CONSTRAINT lf_process_flow_pkey, ADD PRIMARY KEY (process_id, ordinal, unit_id);
ALTER TABLE lf_process_step DROP CONSTRAINT lf_process_step_pkey, ADD PRIMARY KEY (process_id, ordinal, unit_id);
ALTER TABLE lf_rectification_item DROP CONSTRAINT lf_rectification_item_pkey, ADD PRIMARY KEY (item_id, unit_id);
ALTER TABLE lf_rectification_point DROP CONSTRAINT lf_rectification_point_pkey,
  ADD PRIMARY KEY (item_id, ordinal, unit_id);
ALTER TABLE lf_report DROP CONSTRAINT lf_report_pkey, ADD PRIMARY KEY (report_id, unit_id);
ALTER TABLE lf_report_ref DROP CONSTRAINT lf_report_ref_pkey, ADD PRIMARY KEY (report_id, ref_list, ordinal, unit_id);
ALTER TABLE lf_risk_comment DROP CONSTRAINT lf_risk_comment_pkey, ADD PRIMARY KEY (risk_point_id, ordinal, unit_id);
ALTER TABLE lf_risk_custom DROP CONSTRAINT lf_risk_custom_pkey, ADD PRIMARY KEY (risk_point_id, field_key, unit_id);
ALTER TABLE lf_risk_point DROP CONSTRAINT lf_risk_point_pkey, ADD PRIMARY KEY (risk_point_id, unit_id);
ALTER TABLE lf_risk_review DROP CONSTRAINT lf_risk_review_pkey, ADD PRIMARY KEY (risk_point_id, ordinal, unit_id);
ALTER TABLE lf_risk_rule DROP CONSTRAINT lf_risk_rule_pkey, ADD PRIMARY KEY (risk_point_id, ordinal, unit_id);
ALTER TABLE lf_risk_source DROP CONSTRAINT lf_risk_source_pkey, ADD PRIMARY KEY (risk_point_id, ordinal, unit_id);
ALTER TABLE lf_self_check DROP CONSTRAINT lf_self_check_pkey, ADD PRIMARY KEY (report_id, unit_id);
ALTER TABLE lf_service_commitment DROP CONSTRAINT lf_service_commitment_pkey, ADD PRIMARY KEY (commitment_id, unit_id);
ALTER TABLE lf_special_inspection DROP CONSTRAINT lf_special_inspection_pkey, ADD PRIMARY KEY (inspection_id, unit_id);
ALTER TABLE lf_tenure DROP CONSTRAINT lf_tenure_pkey, ADD PRIMARY KEY (tenure_id, unit_id);
ALTER TABLE lf_warning DROP CONSTRAINT lf_warning_pkey, ADD PRIMARY KEY (warning_id, unit_id);
ALTER TABLE lf_warning_point DROP CONSTRAINT lf_warning_point_pkey, ADD PRIMARY KEY (warning_id, ordinal, unit_id);
ALTER TABLE lf_warning_round DROP CONSTRAINT lf_warning_round_pkey, ADD PRIMARY KEY (warning_id, ordinal, unit_id);

ALTER TABLE lf_outbox DROP CONSTRAINT lf_outbox_key, ADD CONSTRAINT lf_outbox_key UNIQUE (idempotency_key, unit_id);
