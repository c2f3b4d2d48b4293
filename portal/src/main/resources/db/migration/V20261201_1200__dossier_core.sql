-- Dossier (#6): the dossier aggregate, its components checklist and its history; the per-agency, per-day
-- counter behind the dossier code (REGULATORY-FACTS §1).
--
-- A row exists from the moment the applicant submits online, or the desk receives, refuses or asks for a
-- supplement; a draft is not a dossier (see dossier_draft). The code is issued once, on receipt, and never
-- changes (trigger below). Personal ID numbers are kept only as a keyed hash (matching), the last 4 digits
-- (display) and an AES-GCM ciphertext bound to the dossier id (the slips print the number).
CREATE TABLE dossier (
    id                  UUID PRIMARY KEY,
    code                TEXT UNIQUE CHECK (code ~ '^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}-[0-9]{6}-[0-9]{4,}$'),
    procedure_code      TEXT        NOT NULL CHECK (procedure_code ~ '^[0-9]\.[0-9]{6}$'),
    procedure_version   INTEGER     NOT NULL CHECK (procedure_version >= 1),
    procedure_name      TEXT        NOT NULL,
    case_code           TEXT        NOT NULL,
    case_name           TEXT        NOT NULL,
    receiving_agency    TEXT        NOT NULL,
    competent_agency    TEXT        NOT NULL,
    channel             SMALLINT    NOT NULL REFERENCES ref_submission_channel (code),
    status              TEXT        NOT NULL CHECK (status IN ('SUBMITTED', 'AWAITING_COMPLETION', 'NOT_ACCEPTED',
                                        'RECEIVED', 'IN_PROCESSING', 'WAITING_FOR_SUPPLEMENT', 'WAITING_FOR_PAYMENT',
                                        'WITHDRAWN', 'STOPPED', 'RESULT_READY', 'RESULT_RETURNED')),
    national_status     SMALLINT    NOT NULL REFERENCES ref_national_dossier_status (code),
    applicant_kind      TEXT        NOT NULL CHECK (applicant_kind IN ('PERSON', 'ORGANISATION')),
    applicant_name      TEXT        NOT NULL CHECK (length(applicant_name) BETWEEN 1 AND 300),
    applicant_id_hash   BYTEA,
    applicant_id_last4  TEXT,
    applicant_id_sealed BYTEA,
    applicant_address   TEXT        NOT NULL DEFAULT '' CHECK (length(applicant_address) <= 500),
    applicant_phone     TEXT        NOT NULL DEFAULT '' CHECK (length(applicant_phone) <= 20),
    applicant_email     TEXT        NOT NULL DEFAULT '' CHECK (length(applicant_email) <= 254),
    submitter_name      TEXT        CHECK (length(submitter_name) <= 200),
    submitter_phone     TEXT        CHECK (length(submitter_phone) <= 20),
    owner_account       UUID,
    summary             TEXT        NOT NULL DEFAULT '' CHECK (length(summary) <= 1000),
    form_data           JSONB       NOT NULL DEFAULT '{}'::jsonb,
    sets                INTEGER     NOT NULL DEFAULT 1 CHECK (sets BETWEEN 1 AND 99),
    fees_due_vnd        BIGINT      NOT NULL DEFAULT 0 CHECK (fees_due_vnd >= 0),
    time_limit          TEXT        NOT NULL DEFAULT '',
    submitted_at        TIMESTAMPTZ,
    received_at         TIMESTAMPTZ,
    due_at              TIMESTAMPTZ,
    received_by         TEXT,
    decided_at          TIMESTAMPTZ,
    decided_by          TEXT,
    decision_reason     TEXT        CHECK (length(decision_reason) <= 2000),
    decision_items      JSONB       NOT NULL DEFAULT '[]'::jsonb,
    idempotency_key     TEXT UNIQUE CHECK (length(idempotency_key) <= 100),
    external_id         TEXT UNIQUE CHECK (length(external_id) <= 100),
    created_at          TIMESTAMPTZ NOT NULL,
    row_version         INTEGER     NOT NULL DEFAULT 0,
    -- before receipt there is no code, from receipt on there is one (a withdrawal may come before or after)
    CONSTRAINT dossier_code_from_receipt_ck CHECK (
        status = 'WITHDRAWN'
        OR (status IN ('SUBMITTED', 'AWAITING_COMPLETION', 'NOT_ACCEPTED')) = (code IS NULL)),
    CONSTRAINT dossier_code_with_times_ck CHECK (code IS NULL OR (received_at IS NOT NULL AND due_at IS NOT NULL))
);
CREATE INDEX dossier_owner_idx ON dossier (owner_account, created_at DESC) WHERE owner_account IS NOT NULL;
CREATE INDEX dossier_queue_idx ON dossier (receiving_agency, status, created_at);
CREATE INDEX dossier_applicant_idx ON dossier (applicant_id_hash) WHERE applicant_id_hash IS NOT NULL;

-- The code of a dossier never changes once issued.
CREATE FUNCTION dossier_code_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.code IS NOT NULL AND NEW.code IS DISTINCT FROM OLD.code THEN
        RAISE EXCEPTION 'the code of dossier % is immutable', OLD.id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER dossier_code_immutable BEFORE UPDATE ON dossier
    FOR EACH ROW EXECUTE FUNCTION dossier_code_is_immutable();

-- One counter per receiving agency per day (the day of receipt in Asia/Ho_Chi_Minh). Incremented in the
-- receiving transaction with INSERT … ON CONFLICT DO UPDATE … RETURNING, which PostgreSQL serialises on the
-- row: correct across threads and nodes, and a rolled-back reception gives its number back.
CREATE TABLE dossier_code_counter (
    agency_code TEXT    NOT NULL,
    day         DATE    NOT NULL,
    last_value  INTEGER NOT NULL CHECK (last_value >= 1),
    PRIMARY KEY (agency_code, day)
);

-- The components checklist (thành phần hồ sơ) as received: what the desk ticked, or what was attached online.
CREATE TABLE dossier_component (
    dossier_id     UUID    NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    component_code TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    originals      INTEGER NOT NULL DEFAULT 0 CHECK (originals >= 0),
    copies         INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0),
    required       BOOLEAN NOT NULL,
    provided       BOOLEAN NOT NULL,
    PRIMARY KEY (dossier_id, component_code)
);

-- Everything that happened to a dossier, in order; never changed. applicant_visible: shown in "Hồ sơ của tôi".
CREATE TABLE dossier_history (
    id                BIGSERIAL PRIMARY KEY,
    dossier_id        UUID        NOT NULL REFERENCES dossier (id),
    occurred_at       TIMESTAMPTZ NOT NULL,
    actor             TEXT        NOT NULL,
    action            TEXT        NOT NULL,
    from_status       TEXT,
    to_status         TEXT        NOT NULL,
    note              TEXT        NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    applicant_visible BOOLEAN     NOT NULL DEFAULT TRUE
);
CREATE INDEX dossier_history_dossier_idx ON dossier_history (dossier_id, id);

CREATE FUNCTION dossier_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dossier_history is append-only';
END;
$$;
CREATE TRIGGER dossier_history_append_only BEFORE UPDATE OR DELETE ON dossier_history
    FOR EACH ROW EXECUTE FUNCTION dossier_history_is_append_only();
