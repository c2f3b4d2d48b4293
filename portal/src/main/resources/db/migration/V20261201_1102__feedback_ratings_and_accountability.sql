-- Ratings (EVAL-1): one per answered item, one per dossier; dissatisfaction opens an accountability item
-- for the agency (EVAL-3), tracked until the agency answers it.
CREATE TABLE feedback_rating (
    question_id uuid PRIMARY KEY REFERENCES feedback_question (id),
    satisfied   boolean     NOT NULL,
    reason      text,
    rated_at    timestamptz NOT NULL,
    CONSTRAINT feedback_rating_reason_when_unsatisfied CHECK (satisfied OR btrim(coalesce(reason, '')) <> '')
);

CREATE TABLE feedback_dossier_rating (
    id          uuid PRIMARY KEY,
    dossier_id  uuid        NOT NULL UNIQUE,
    account_id  uuid        NOT NULL,
    agency_code text        NOT NULL,
    level       text        NOT NULL CHECK (level IN ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED')),
    comment     text CHECK (length(comment) <= 2000),
    rated_at    timestamptz NOT NULL
);
CREATE INDEX feedback_dossier_rating_agency ON feedback_dossier_rating (agency_code);

CREATE TABLE feedback_accountability (
    id           uuid PRIMARY KEY,
    subject      text        NOT NULL CHECK (subject IN ('QUESTION', 'DOSSIER')),
    subject_id   uuid        NOT NULL,
    agency_code  text        NOT NULL,
    opened_at    timestamptz NOT NULL,
    complaint    text        NOT NULL,
    response     text,
    responded_by text,
    responded_at timestamptz,
    UNIQUE (subject, subject_id),
    CONSTRAINT feedback_accountability_answer_complete CHECK ((response IS NULL) = (responded_at IS NULL))
);
CREATE INDEX feedback_accountability_open ON feedback_accountability (agency_code) WHERE responded_at IS NULL;
