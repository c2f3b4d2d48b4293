-- Dossier (#6): drafts of online submissions (not dossiers yet) and their files. A draft belongs to one
-- account; submission_token is the hidden form token that makes a submission idempotent: the dossier created
-- from it carries it as dossier.idempotency_key (unique), so a double click or a retried request creates one
-- dossier.
CREATE TABLE dossier_draft (
    id                UUID PRIMARY KEY,
    account_id        UUID        NOT NULL,
    procedure_code    TEXT        NOT NULL,
    procedure_version INTEGER     NOT NULL,
    case_code         TEXT        NOT NULL,
    form_data         JSONB       NOT NULL DEFAULT '{}'::jsonb,
    applicant_id_number_sealed BYTEA,
    submission_token  TEXT        NOT NULL UNIQUE,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    submitted_dossier UUID REFERENCES dossier (id)
);
CREATE INDEX dossier_draft_account_idx ON dossier_draft (account_id, updated_at DESC);

CREATE TABLE dossier_draft_file (
    id              UUID PRIMARY KEY,
    draft_id        UUID        NOT NULL REFERENCES dossier_draft (id) ON DELETE CASCADE,
    component_code  TEXT        NOT NULL,
    file_name       TEXT        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    media_type      TEXT        NOT NULL,
    size_bytes      BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256          TEXT        NOT NULL,
    storage_key     TEXT        NOT NULL,
    source_document UUID,
    added_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT dossier_draft_file_one_per_component_uq UNIQUE (draft_id, component_code)
);
