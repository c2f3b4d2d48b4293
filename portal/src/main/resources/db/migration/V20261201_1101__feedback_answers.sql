-- The answer of an agency (Art. 18.3, QA-3): who answers for which agency, with citations of legal documents;
-- it is sent only after a leader of the agency or the Centre approved it.
CREATE TABLE feedback_answer (
    question_id        uuid PRIMARY KEY REFERENCES feedback_question (id),
    agency_code        text        NOT NULL,
    agency_name        text        NOT NULL,
    responder_name     text        NOT NULL CHECK (btrim(responder_name) <> ''),
    responder_position text        NOT NULL CHECK (btrim(responder_position) <> ''),
    responder_phone    text        NOT NULL CHECK (responder_phone ~ '^\+?[0-9]{9,12}$'),
    body               text        NOT NULL CHECK (btrim(body) <> ''),
    drafted_by         text        NOT NULL,
    drafted_at         timestamptz NOT NULL,
    approved_by        text,
    approved_at        timestamptz,
    CONSTRAINT feedback_answer_approval_complete CHECK ((approved_by IS NULL) = (approved_at IS NULL))
);

CREATE TABLE feedback_citation (
    question_id  uuid    NOT NULL REFERENCES feedback_answer (question_id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    number       text    NOT NULL CHECK (btrim(number) <> ''),
    issued_on    date    NOT NULL,
    issuer       text    NOT NULL CHECK (btrim(issuer) <> ''),
    title        text    NOT NULL CHECK (btrim(title) <> ''),
    PRIMARY KEY (question_id, ordinal)
);
