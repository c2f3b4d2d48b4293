-- Satisfaction surveys (EVAL-4): the Centre defines a survey (the five items of Circular 32/2017 and questions
-- about agencies and officers), applicants answer each item on a 1–5 scale, results are tallied.
CREATE TABLE feedback_survey (
    id         uuid PRIMARY KEY,
    title      text        NOT NULL CHECK (btrim(title) <> ''),
    opens_on   date        NOT NULL,
    closes_on  date        NOT NULL,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL,
    CHECK (closes_on >= opens_on)
);

CREATE TABLE feedback_survey_item (
    survey_id uuid    NOT NULL REFERENCES feedback_survey (id),
    ordinal   integer NOT NULL CHECK (ordinal > 0),
    subject   text    NOT NULL CHECK (subject IN ('SERVICE', 'AGENCY', 'OFFICER')),
    text      text    NOT NULL CHECK (btrim(text) <> ''),
    PRIMARY KEY (survey_id, ordinal)
);

CREATE TABLE feedback_survey_response (
    id           uuid PRIMARY KEY,
    survey_id    uuid        NOT NULL REFERENCES feedback_survey (id),
    agency_code  text,
    submitted_at timestamptz NOT NULL
);
CREATE INDEX feedback_survey_response_survey ON feedback_survey_response (survey_id);

CREATE TABLE feedback_survey_answer (
    response_id uuid    NOT NULL REFERENCES feedback_survey_response (id),
    survey_id   uuid    NOT NULL,
    ordinal     integer NOT NULL,
    score       integer NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, ordinal),
    FOREIGN KEY (survey_id, ordinal) REFERENCES feedback_survey_item (survey_id, ordinal)
);
