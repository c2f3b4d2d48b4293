-- Processing (#14): a case's state is its dossier's status (DossierStatus, read through the dossier module's
-- API), not a second state kept in step by hand, so processing_case.state goes. What the processing module's own
-- queries need is in the case's instants: a case is in progress (running or paused) while it has neither a result
-- (result_ready_at) nor an end (ended_at), and paused while paused_since is set. The constraints that named the
-- state say the same with those columns.
DROP INDEX processing_case_due_idx;
ALTER TABLE processing_case
    DROP CONSTRAINT processing_case_pause_ck,
    DROP CONSTRAINT processing_case_result_ck,
    DROP COLUMN state;
ALTER TABLE processing_case
    ADD CONSTRAINT processing_case_pause_ck CHECK (paused_since IS NULL OR (result_ready_at IS NULL AND ended_at IS NULL)),
    ADD CONSTRAINT processing_case_result_ck CHECK ((result_ready_at IS NULL) = (timeliness IS NULL)),
    ADD CONSTRAINT processing_case_return_ck CHECK (return_method IS NULL OR (result_ready_at IS NOT NULL AND ended_at IS NOT NULL));
-- the Centre's late list: cases in progress past their appointment
CREATE INDEX processing_case_due_idx ON processing_case (due_at) WHERE result_ready_at IS NULL AND ended_at IS NULL;
