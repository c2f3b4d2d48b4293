-- Questions, feedback and petitions (QĐ 1649 Chapter III). The asker's personal data (Art. 17) lives apart
-- from the text, in feedback_asker; the identity document number only sealed (AES-GCM) with a keyed hash.

CREATE TABLE feedback_asker (
    id                  uuid PRIMARY KEY,
    kind                text        NOT NULL CHECK (kind IN ('INDIVIDUAL', 'ORGANISATION')),
    full_name           text        NOT NULL CHECK (btrim(full_name) <> ''),
    organisation_name   text,
    position            text,
    id_document_kind    text CHECK (id_document_kind IN ('CITIZEN_ID', 'ID_CARD', 'PASSPORT')),
    id_number_sealed    bytea,
    id_number_hash      bytea,
    address             text        NOT NULL CHECK (btrim(address) <> ''),
    phone               text        NOT NULL CHECK (phone ~ '^\+?[0-9]{9,12}$'),
    email               text,
    account_id          uuid,
    consent_version     text        NOT NULL,
    consent_at          timestamptz NOT NULL,
    CONSTRAINT feedback_asker_individual_has_id CHECK (kind <> 'INDIVIDUAL'
        OR (id_document_kind IS NOT NULL AND id_number_sealed IS NOT NULL AND id_number_hash IS NOT NULL)),
    CONSTRAINT feedback_asker_organisation_complete CHECK (kind <> 'ORGANISATION'
        OR (btrim(coalesce(organisation_name, '')) <> '' AND btrim(coalesce(position, '')) <> ''))
);
CREATE INDEX feedback_asker_id_hash ON feedback_asker (id_number_hash);

-- the public reference of an item, PA-<year>-<number>
CREATE SEQUENCE feedback_reference_seq;

CREATE TABLE feedback_question (
    id                  uuid PRIMARY KEY,
    reference           text        NOT NULL UNIQUE,
    kind                text        NOT NULL CHECK (kind IN ('QUESTION', 'FEEDBACK', 'PETITION')),
    asker_id            uuid        NOT NULL REFERENCES feedback_asker (id),
    account_id          uuid,
    access_token_hash   bytea       NOT NULL UNIQUE,
    parent_id           uuid REFERENCES feedback_question (id),
    procedure_code      text,
    sector_code         text,
    concerned_agency    text,
    title               text        NOT NULL CHECK (btrim(title) <> ''),
    body                text        NOT NULL CHECK (btrim(body) <> ''),
    stage               text        NOT NULL CHECK (stage IN ('SUBMITTED', 'FORWARDED', 'RETURNED',
                                                              'AWAITING_APPROVAL', 'ANSWERED')),
    submitted_at        timestamptz NOT NULL,
    forward_due_at      timestamptz NOT NULL,
    forwarded_at        timestamptz,
    agency_code         text,
    co_agencies         text[]      NOT NULL DEFAULT '{}',
    answer_due_at       timestamptz,
    return_due_at       timestamptz,
    interim_reply       text,
    interim_reply_at    timestamptz,
    answered_at         timestamptz,
    published_at        timestamptz,
    published_title     text,
    published_body      text,
    published_answer    text,
    search_text         text,
    version             integer     NOT NULL DEFAULT 0,
    CONSTRAINT feedback_question_forwarded_has_agency CHECK (stage IN ('SUBMITTED', 'RETURNED')
        OR (agency_code IS NOT NULL AND forwarded_at IS NOT NULL AND answer_due_at IS NOT NULL)),
    CONSTRAINT feedback_question_coordination_names_agencies CHECK (cardinality(co_agencies) = 0
        OR agency_code IS NOT NULL),
    CONSTRAINT feedback_question_extension_needs_interim CHECK (interim_reply_at IS NULL
        OR btrim(coalesce(interim_reply, '')) <> ''),
    CONSTRAINT feedback_question_published_when_answered CHECK (published_at IS NULL
        OR (stage = 'ANSWERED' AND published_title IS NOT NULL AND published_body IS NOT NULL
            AND published_answer IS NOT NULL))
);
CREATE INDEX feedback_question_stage ON feedback_question (stage, forward_due_at);
CREATE INDEX feedback_question_agency ON feedback_question (agency_code, stage);
CREATE INDEX feedback_question_account ON feedback_question (account_id);
CREATE INDEX feedback_question_parent ON feedback_question (parent_id);

-- every transition, with who did it: the item's history
CREATE TABLE feedback_history (
    id          bigserial PRIMARY KEY,
    question_id uuid        NOT NULL REFERENCES feedback_question (id),
    at          timestamptz NOT NULL,
    action      text        NOT NULL,
    actor       text        NOT NULL,
    agency_code text,
    note        text
);
CREATE INDEX feedback_history_question ON feedback_history (question_id, at);

-- returns by agencies that are not competent (Art. 19.2.b), counted per agency
CREATE TABLE feedback_return (
    id          bigserial PRIMARY KEY,
    question_id uuid        NOT NULL REFERENCES feedback_question (id),
    agency_code text        NOT NULL,
    returned_at timestamptz NOT NULL,
    late        boolean     NOT NULL,
    reason      text        NOT NULL CHECK (btrim(reason) <> '')
);
CREATE INDEX feedback_return_agency ON feedback_return (agency_code);
