-- Processing (#7): the runtime of a dossier's processing — DOS-3 … DOS-7, EVAL-3.
--
-- processing_case: one per received dossier, from the moment processing starts. It holds the appointment as a
-- pausable countdown (a supplement request pauses it; the due instant moves by the working time paused), the
-- counters the law cares about (supplement requests; the one apology with its new appointment) and the
-- optimistic version every action checks, so two officers acting at once cannot both succeed.
CREATE TABLE processing_case (
    dossier_id             UUID PRIMARY KEY REFERENCES dossier (id),
    dossier_code           TEXT        NOT NULL UNIQUE,
    procedure_code         TEXT        NOT NULL,
    lead_agency            TEXT        NOT NULL,
    receiving_agency       TEXT        NOT NULL,
    received_at            TIMESTAMPTZ NOT NULL,
    original_due_at        TIMESTAMPTZ NOT NULL,
    due_at                 TIMESTAMPTZ NOT NULL,
    paused_since           TIMESTAMPTZ,
    paused_minutes         BIGINT      NOT NULL DEFAULT 0 CHECK (paused_minutes >= 0),
    supplement_requests    INTEGER     NOT NULL DEFAULT 0 CHECK (supplement_requests >= 0),
    apology_at             TIMESTAMPTZ,
    apology_agency         TEXT,
    apology_reason         TEXT CHECK (length(apology_reason) <= 2000),
    state                  TEXT        NOT NULL CHECK (state IN ('ACTIVE', 'PAUSED', 'RESULT_READY', 'RETURNED',
                                           'WITHDRAWN', 'STOPPED')),
    result_ready_at        TIMESTAMPTZ,
    timeliness             TEXT CHECK (timeliness IN ('EARLY', 'ON_TIME', 'LATE')),
    result_file            UUID,
    result_signed          BOOLEAN     NOT NULL DEFAULT FALSE,
    return_method          TEXT CHECK (return_method IN ('DESK', 'POST', 'ONLINE')),
    ended_at               TIMESTAMPTZ,
    started_at             TIMESTAMPTZ NOT NULL,
    row_version            INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT processing_case_pause_ck CHECK ((state = 'PAUSED') = (paused_since IS NOT NULL)),
    CONSTRAINT processing_case_apology_ck CHECK ((apology_at IS NULL) = (apology_agency IS NULL)),
    CONSTRAINT processing_case_result_ck CHECK (state NOT IN ('RESULT_READY', 'RETURNED')
        OR (result_ready_at IS NOT NULL AND timeliness IS NOT NULL))
);
CREATE INDEX processing_case_due_idx ON processing_case (due_at) WHERE state IN ('ACTIVE', 'PAUSED');

-- processing_step: one row per step a dossier has been at (the hand-overs of Form 05). The definition version
-- is the one the dossier started with (or the transfer target's); a step at another agency remembers where the
-- dossier returns. At most one step of a dossier is open at a time (partial unique index).
CREATE TABLE processing_step (
    id                 BIGSERIAL PRIMARY KEY,
    dossier_id         UUID        NOT NULL REFERENCES processing_case (dossier_id),
    definition_id      UUID        NOT NULL,
    definition_version INTEGER     NOT NULL,
    step_index         INTEGER     NOT NULL CHECK (step_index >= 0),
    step_name          TEXT        NOT NULL,
    role               TEXT        NOT NULL,
    agency_code        TEXT        NOT NULL,
    unit_code          TEXT        NOT NULL,
    assignee           TEXT,
    allotted_minutes   BIGINT      NOT NULL CHECK (allotted_minutes >= 0),
    started_at         TIMESTAMPTZ NOT NULL,
    due_at             TIMESTAMPTZ NOT NULL,
    paused_minutes     BIGINT      NOT NULL DEFAULT 0 CHECK (paused_minutes >= 0),
    ended_at           TIMESTAMPTZ,
    ended_by           TEXT,
    outcome            TEXT,
    actions            TEXT        NOT NULL,
    timeliness         TEXT CHECK (timeliness IN ('EARLY', 'ON_TIME', 'LATE')),
    return_definition_id      UUID,
    return_definition_version INTEGER,
    return_step_index         INTEGER,
    return_agency             TEXT,
    CONSTRAINT processing_step_end_ck CHECK ((ended_at IS NULL) = (outcome IS NULL))
);
CREATE UNIQUE INDEX processing_step_one_open_idx ON processing_step (dossier_id) WHERE ended_at IS NULL;
CREATE INDEX processing_step_inbox_idx ON processing_step (unit_code, due_at) WHERE ended_at IS NULL;
CREATE INDEX processing_step_dossier_idx ON processing_step (dossier_id, id);

-- Accountability (EVAL-3): an applicant's comment about the handling, attached to the agency and officer
-- responsible at the time, tracked until an officer answers it.
CREATE TABLE processing_comment (
    id            UUID PRIMARY KEY,
    dossier_id    UUID        NOT NULL REFERENCES processing_case (dossier_id),
    account_id    UUID        NOT NULL,
    text          TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    agency_code   TEXT        NOT NULL,
    officer       TEXT,
    step_name     TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    answer        TEXT CHECK (length(answer) <= 2000),
    answered_by   TEXT,
    answered_at   TIMESTAMPTZ,
    CONSTRAINT processing_comment_answer_ck CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX processing_comment_open_idx ON processing_comment (agency_code, created_at) WHERE answered_at IS NULL;
